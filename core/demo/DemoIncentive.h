#pragma once

// The demo site's incentive plan (docs/demo-site.md, "Incentives"): a
// quarterly plan whose quality gate unlocks the volume part, stored as
// version 1 so the Incentives page and `incentive payout|audit --period
// 2026-Q3` have something to show.
#include "common/Error.h"
#include "domain/Incentive.h"

namespace fb::store {
class Database;
}

namespace fb::demo {

// The same plan as docs/examples/incentive-plan.csv.
IncentivePlan demoIncentivePlan();
Status addDemoIncentivePlan(store::Database& db);

} // namespace fb::demo
