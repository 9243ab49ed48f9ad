#include "demo/DemoIncentive.h"

#include "store/IncentiveStore.h"

namespace fb::demo {

IncentivePlan demoIncentivePlan()
{
    IncentivePlan p;
    p.name = "Quality first";
    p.note = QStringLiteral("QA gate 68 over 3 evaluations unlocks the volume part");
    p.period = PeriodKind::Quarter;
    p.amountKind = AmountKind::PerAgent;
    p.amount = 600;
    p.gateQaMin = 68; // the site's median QA total: half the agents unlock the volume part
    p.gateMinEvaluations = 3;
    // Quality 60 % (QA, CSAT, FCR), volume 40 %: a full quarter's contacts of
    // a full-time demo agent (about 120 a week) reach the target.
    p.components = {{IncentiveMetric::Qa, 0.35, 55, 80, 3},
                    {IncentiveMetric::Csat, 0.15, 0.6, 0.85, 20},
                    {IncentiveMetric::Fcr, 0.1, 0.65, 0.85, 50},
                    {IncentiveMetric::Contacts, 0.4, 900, 1400, 1}};
    return p;
}

Status addDemoIncentivePlan(store::Database& db)
{
    auto saved = store::saveIncentivePlan(db, demoIncentivePlan());
    if (!saved)
        return saved.error();
    return {};
}

} // namespace fb::demo
