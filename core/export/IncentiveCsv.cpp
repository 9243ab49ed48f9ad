#include "export/IncentiveCsv.h"

namespace fb::exporting {
namespace {

const char* gate(bool green)
{
    return green ? "green" : "red";
}

} // namespace

const std::vector<std::string> kIncentivePlanColumns = {
    "plan",      "version", "period", "amount_kind", "amount", "gate_qa_min", "gate_min_evaluations",
    "component", "weight",  "floor",  "target",      "min_n",  "note"};

ReportTable incentivePlanCsv(const IncentivePlan& plan)
{
    ReportTable t{kIncentivePlanColumns, std::vector<bool>(kIncentivePlanColumns.size(), false), {}};
    t.textMask.front() = true; // the plan's name
    t.textMask.back() = true;  // the note
    for (const IncentiveComponent& c : plan.components)
        t.rows.push_back({plan.name, std::to_string(plan.version), periodKindKey(plan.period),
                          amountKindKey(plan.amountKind), num(plan.amount), num(plan.gateQaMin),
                          std::to_string(plan.gateMinEvaluations), incentiveMetricKey(c.metric), num(c.weight),
                          num(c.floor), num(c.target), std::to_string(c.minN), plan.note.toStdString()});
    return t;
}

ReportTable incentivePayoutCsv(const IncentivePlan& plan, const QString& period,
                               const std::vector<analytics::AgentPayout>& payouts)
{
    ReportTable t{
        {"agent_id", "name", "team", "period", "gate", "quality_score", "productivity_score", "payout", "explanation"},
        {false, true, true, false, false, false, false, false, true},
        {}};
    for (const analytics::AgentPayout& p : payouts)
        t.rows.push_back({p.agent.id, p.agent.name, p.agent.team, period.toStdString(), gate(p.gateGreen),
                          num(p.qualityScore), num(p.productivityScore), num(p.payout),
                          analytics::explainPayout(plan, p, format::file()).toStdString()});
    return t;
}

ReportTable fairnessAuditCsv(const analytics::FairnessAudit& audit)
{
    ReportTable t{
        {"group", "agents", "payout_mean", "gate_pass_rate", "difference_vs_rest", "p_value", "p_holm", "flag"},
        {true, false, false, false, false, false, false, false},
        {}};
    for (const analytics::AuditRow& r : audit.rows) {
        const std::string group =
            r.pooled ? r.group + " (" + std::to_string(r.pooledGroups) + " groups, not tested)" : r.group;
        t.rows.push_back({group, std::to_string(r.agents), num(r.payoutMean), num(r.passRate), num(r.differenceVsRest),
                          num(r.p), num(r.pHolm), r.flag ? "1" : "0"});
    }
    return t;
}

ReportTable incentiveWhatIfCsv(const std::vector<analytics::WhatIfRow>& rows)
{
    ReportTable t{{"agent_id", "name", "team", "payout_before", "payout_after", "change", "gate_before", "gate_after"},
                  {false, true, true, false, false, false, false, false},
                  {}};
    for (const analytics::WhatIfRow& r : rows)
        t.rows.push_back({r.id, r.name, r.team, num(r.before), num(r.after), num(r.change()), gate(r.gateBefore),
                          gate(r.gateAfter)});
    return t;
}

} // namespace fb::exporting
