#include "reports/IncentiveReportBuilder.h"

#include "store/IncentiveStore.h"

#include <QCoreApplication>

namespace fb::reports {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::reports::IncentiveReportBuilder)
};

} // namespace

Result<IncentiveReport> buildIncentiveReport(store::Database& db, const std::string& planName, int version,
                                             const QString& periodText)
{
    auto period = parseIncentivePeriod(periodText);
    if (!period)
        return period.error();
    auto plan = store::incentivePlan(db, planName, version);
    if (!plan)
        return plan.error();
    if (plan->period != period->kind)
        return Error(plan->period == PeriodKind::Quarter
                         ? Tr::tr("the plan '%1' pays per quarter; give a quarter such as 2026-Q3")
                               .arg(QString::fromStdString(planName))
                         : Tr::tr("the plan '%1' pays per month; give a month such as 2026-09")
                               .arg(QString::fromStdString(planName)),
                     {}, 0, QStringLiteral("period"), periodText, true);
    auto agents = store::loadIncentiveAgents(db, period.value());
    if (!agents)
        return agents.error();
    IncentiveReport r{std::move(plan.value()), std::move(period.value()), {}};
    r.payouts = analytics::computePayouts(r.plan, agents.value());
    return r;
}

IncentiveReport withPlan(const IncentiveReport& report, const IncentivePlan& plan)
{
    std::vector<analytics::IncentiveAgent> agents;
    agents.reserve(report.payouts.size());
    for (const auto& p : report.payouts)
        agents.push_back(p.agent);
    return {plan, report.period, analytics::computePayouts(plan, agents)};
}

std::vector<analytics::FairnessAudit> auditAll(const IncentiveReport& report, double threshold)
{
    std::vector<analytics::FairnessAudit> out;
    for (auto by :
         {analytics::AuditBy::Team, analytics::AuditBy::Shift, analytics::AuditBy::Site, analytics::AuditBy::Tenure})
        out.push_back(analytics::fairnessAudit(report.payouts, by, report.period.last, threshold));
    return out;
}

} // namespace fb::reports
