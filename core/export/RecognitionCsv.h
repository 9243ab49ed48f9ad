#pragma once

// The CSV files of recognition (docs/recognition-and-incentives.md):
// coverage, unseen at target, fixers and the huddle list, laid out from what
// analytics returns.
#include "analytics/Recognition.h"
#include "export/ReportCsv.h"

namespace fb::exporting {

// team,week,agents,recognised,share,recognitions,unseen_at_target
// (week as 2026-W05; share empty for a team without agents)
ReportTable coverageCsv(const analytics::Coverage& coverage);
// team,agent_id,name,last_recognised,behavior,measure,value,target,n (one row per behaviour at target)
ReportTable unseenCsv(const analytics::Coverage& coverage);
// agent_id,name,team,tickets_fixed,ticket_id,fixed_on,title,fix_what (one row per fixed ticket)
ReportTable fixersCsv(const std::vector<analytics::Fixer>& fixers);
// name,measure (the behaviour list, in its order; what `recognition behaviors --set` reads back)
ReportTable behaviorsCsv(const std::vector<RecognitionBehavior>& behaviors);
// given_on,agent_id,name,team,behavior,from,from_role,visibility,evidence,outcome
ReportTable huddleCsv(const std::vector<analytics::HuddleRow>& rows);

} // namespace fb::exporting
