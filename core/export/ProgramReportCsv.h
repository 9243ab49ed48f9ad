#pragma once

// The CSV files of a friction-to-flow program report (docs/friction-to-flow.md).
#include "analytics/ProgramReport.h"
#include "export/ReportCsv.h"

namespace fb::exporting {

ReportTable prePostCsv(const std::vector<analytics::MetricComparison>& rows);   // metric,pre,post,... p_value
ReportTable attributionCsv(const std::vector<analytics::AttributionRow>& rows); // fix,metric,did,... note
ReportTable weeklyCsv(const analytics::ProgramReport& r);      // week,iso_week,phase,interactions,values and n
ReportTable fixesCsv(const analytics::ProgramReport& r);       // id,fixed_on,friction,what,owner,scope
ReportTable frictionsCsv(const analytics::ProgramReport& r);   // rank,friction,tickets,agents,dimension,confirmed
ReportTable pulseCsv(const analytics::ProgramReport& r);       // dimension,before,n_before,after,n_after
ReportTable recognitionCsv(const analytics::ProgramReport& r); // week,behavior,count
ReportTable youSaidCsv(const analytics::ProgramReport& r);     // ticket,status,decided_on,friction,title,fix,text

} // namespace fb::exporting
