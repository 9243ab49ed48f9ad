#pragma once

// The fairness audit of an incentive plan (docs/recognition-and-incentives.md,
// "Fairness audit"): per group of agents (team, shift, site, tenure band or
// supervisor), the mean payout, the gate pass rate and the mean component
// scores, the pass rate's difference against all other agents, Fisher's exact
// test of that 2x2 pass/fail table and Holm's adjustment over the groups
// tested. A group is flagged when |difference| >= the threshold (10
// percentage points by default) and its Holm p < 0.05. Groups of fewer than 5
// agents are not reported on their own: they are pooled into one row that is
// shown but not tested, or left out when even the pool is under 5.
#include "analytics/IncentivePayout.h"

#include <QDate>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace fb::analytics {

enum class AuditBy { Team, Shift, Site, Tenure, Supervisor };
std::string auditByKey(AuditBy by); // "team", "shift", "site", "tenure", "supervisor"
std::optional<AuditBy> auditByFromKey(const std::string& key);

inline constexpr qint64 kAuditMinGroup = 5;
inline constexpr double kAuditDefaultThreshold = 0.10;

// "under 6 months", "6-12 months", "1-2 years", "2+ years" at the period's end;
// "hire date unknown" without a hire date (or one after the end).
std::string tenureBand(const QDate& hired, const QDate& periodEnd);
// The agent's group for `by`; "(none)" when the attribute is empty.
std::string auditGroupOf(const IncentiveAgent& a, AuditBy by, const QDate& periodEnd);

struct AuditRow final {
    std::string group;
    qint64 agents = 0;
    qint64 passed = 0; // gate green
    double payoutMean = 0;
    double passRate = 0;
    double qualityMean = 0;                 // mean quality score, 0..1
    std::optional<double> productivityMean; // mean productivity score, 0..1 (earned, counted or not)
    std::optional<double> differenceVsRest; // pass rate - pass rate of every other agent
    std::optional<double> p;                // Fisher's exact test, two-sided
    std::optional<double> pHolm;            // Holm over the tested groups
    bool flag = false;
    bool pooled = false; // the groups under 5 agents, together, not tested
    int pooledGroups = 0;
};

struct FairnessAudit final {
    AuditBy by = AuditBy::Team;
    double threshold = kAuditDefaultThreshold;
    qint64 agents = 0;
    qint64 passed = 0;
    std::vector<AuditRow> rows; // groups by name, the pool last
    int smallGroupsLeftOut = 0; // groups under 5 whose pool was under 5 too
    qint64 smallAgentsLeftOut = 0;
};

FairnessAudit fairnessAudit(const std::vector<AgentPayout>& payouts, AuditBy by, const QDate& periodEnd,
                            double threshold = kAuditDefaultThreshold);

} // namespace fb::analytics
