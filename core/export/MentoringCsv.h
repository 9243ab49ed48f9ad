#pragma once

// The CSV files of peer mentoring (docs/mentoring.md): low-score triggers and
// suggested pairs, laid out from what analytics returns.
#include "analytics/Mentoring.h"
#include "analytics/MentoringEffect.h"
#include "analytics/MentoringProgress.h"
#include "analytics/MentoringTriggers.h"
#include "export/ReportCsv.h"

namespace fb::exporting {

// team,agent_id,source,dimension,value,events,n,rate,base_events,base_n,base_rate,lift,behavior
// (agent_id empty for the whole team; lift empty below the minimum n)
ReportTable triggersCsv(const std::vector<analytics::TriggerRow>& rows);
// mentee_id,mentor_id,behavior,mentee_value,mentee_n,mentor_value,mentor_n,benefit,reason
ReportTable suggestionsCsv(const std::string& behavior, const std::vector<analytics::SuggestedPair>& pairs);

// pair_id,mentee_id,mentor_id,behavior,started_on,planned_end,ended_on,outcome,sessions,minutes
ReportTable pairsCsv(const std::vector<MentoringPair>& pairs, const std::vector<MentoringSession>& sessions);

// group,pairs,measured,change,control_change,did,did_low,did_high,p_value,p_holm,teams,outcome,method,note
// (changes in points; did and its interval empty when there is not enough data, the note says why)
ReportTable mentoringEffectCsv(const std::vector<analytics::MentoringEffectRow>& rows, const std::string& outcome);

// agent_id,behavior,pair_id,mentor_id,outcome,ended_on,from_week,to_week,target,weakest,n
// (weeks as 2026-W18; target and weakest in the behaviour's unit, 0-4 for attributes)
ReportTable payForwardCsv(const std::vector<analytics::PayForwardCandidate>& rows);

} // namespace fb::exporting
