#pragma once

// The CSV files of incentive plans, payouts, what-if and the fairness audit
// (docs/recognition-and-incentives.md, docs/csv-formats.md "Incentive plans").
#include "analytics/FairnessAudit.h"
#include "analytics/IncentivePayout.h"
#include "domain/Incentive.h"
#include "export/ReportCsv.h"

namespace fb::exporting {

// One row per component, the plan's own cells repeated on each:
// plan,version,period,amount_kind,amount,gate_qa_min,gate_min_evaluations,component,weight,floor,target,min_n,note
ReportTable incentivePlanCsv(const IncentivePlan& plan);
extern const std::vector<std::string> kIncentivePlanColumns;
// agent_id,name,team,period,gate,quality_score,productivity_score,payout,explanation
ReportTable incentivePayoutCsv(const IncentivePlan& plan, const QString& period,
                               const std::vector<analytics::AgentPayout>& payouts);
// group,agents,payout_mean,gate_pass_rate,difference_vs_rest,p_value,p_holm,flag
ReportTable fairnessAuditCsv(const analytics::FairnessAudit& audit);
// agent_id,name,team,payout_before,payout_after,change,gate_before,gate_after
ReportTable incentiveWhatIfCsv(const std::vector<analytics::WhatIfRow>& rows);

} // namespace fb::exporting
