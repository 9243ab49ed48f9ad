#pragma once

// What a payout, what-if or fairness audit needs, loaded and computed once
// for the CLI and the Incentives page: the plan version, the period, its
// agents and their payouts (docs/recognition-and-incentives.md).
#include "analytics/FairnessAudit.h"
#include "analytics/IncentivePayout.h"
#include "common/Error.h"
#include "domain/Incentive.h"

#include <QString>

#include <string>
#include <vector>

namespace fb::store {
class Database;
}

namespace fb::reports {

struct IncentiveReport final {
    IncentivePlan plan;
    IncentivePeriod period;
    std::vector<analytics::AgentPayout> payouts;
};

// Refuses an unknown plan or version, a period that is not a month or a
// quarter, and a period of the other kind than the plan's ("the plan pays per
// quarter"), naming each.
Result<IncentiveReport> buildIncentiveReport(store::Database& db, const std::string& planName, int version,
                                             const QString& periodText);
// The same agents and period under another plan (what-if before publishing).
IncentiveReport withPlan(const IncentiveReport& report, const IncentivePlan& plan);

// The audit of every standard grouping: team, shift, site, tenure band.
std::vector<analytics::FairnessAudit> auditAll(const IncentiveReport& report,
                                               double threshold = analytics::kAuditDefaultThreshold);

} // namespace fb::reports
