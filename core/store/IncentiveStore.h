#pragma once

// Incentive plans, versioned (docs/recognition-and-incentives.md), and the
// agents of a period with the sums a payout needs.
#include "analytics/IncentivePayout.h"
#include "common/Error.h"
#include "domain/Incentive.h"

#include <QString>

#include <string>
#include <vector>

namespace fb::store {

class Database;

struct SavedPlan final {
    int version = 0;
    bool created = false; // false when the latest version already had the same rules
};
// Validates the plan and stores it as the next version of its name, unless
// the latest version has the same rules (then nothing is written).
Result<SavedPlan> saveIncentivePlan(Database& db, const IncentivePlan& plan);
// A version of a plan; 0 = the latest. Refuses an unknown name or version, naming it.
Result<IncentivePlan> incentivePlan(Database& db, const std::string& name, int version = 0);
Result<std::vector<std::string>> incentivePlanNames(Database& db);
// Every version of a plan, oldest first.
Result<std::vector<IncentivePlan>> incentivePlanVersions(Database& db, const std::string& name);

// Agents with contacts or QA evaluations in the period's weeks, by agent_id,
// with the attributes the fairness audit groups by.
Result<std::vector<analytics::IncentiveAgent>> loadIncentiveAgents(Database& db, const IncentivePeriod& period);

} // namespace fb::store
