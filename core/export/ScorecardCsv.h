#pragma once

// The CSV files of the balanced scorecard and of coaching effectiveness
// (docs/scorecard.md, docs/coaching.md).
#include "analytics/Coaching.h"
#include "analytics/Scorecard.h"
#include "export/ReportCsv.h"

namespace fb::exporting {

// level,id,name,team,week_from,week_to, per metric value,n,score, composite,weights_used,gate
ReportTable scorecardCsv(const analytics::Scorecard& card);
// version,metric,perspective,direction,floor,target,weight,min_n
ReportTable definitionCsv(const analytics::ScorecardDefinition& def);
// group,notes,follow_ups_done,met,met_share,change,control_change,did,did_low,did_high
ReportTable effectivenessCsv(const std::vector<analytics::EffectRow>& rows);

} // namespace fb::exporting
