#pragma once

// The rows of the Incentives page's tables as text (docs/recognition-and-incentives.md):
// pure functions over what analytics returns, unit-tested in tests/ui/tst_incentiverows.cpp.
#include "analytics/FairnessAudit.h"
#include "analytics/IncentivePayout.h"
#include "domain/Incentive.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace fb::ui {

class IncentiveRows final {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::IncentiveRows)
public:
    // Component, Part, Weight, Floor, Target, Minimum n
    static QStringList planHeaders();
    static std::vector<QStringList> plan(const IncentivePlan& plan);
    // "Green when the mean QA total is at least 68 over at least 3 evaluations; ..."
    static QString gateText(const IncentivePlan& plan);
    // Version, Published, Gate, Components, Note
    static QStringList versionHeaders();
    static std::vector<QStringList> versions(const std::vector<IncentivePlan>& versions);
    // Agent, Team, Gate, QA (n), Quality, Productivity, Payout, Explanation
    static QStringList payoutHeaders();
    static std::vector<QStringList> payouts(const IncentivePlan& plan, const std::vector<analytics::AgentPayout>& rows);
    // The three worked examples as paragraphs, ready to publish to agents.
    static QString workedExamples(const IncentivePlan& plan, const std::vector<analytics::WorkedExample>& examples);
    // Agent, Team, Payout now, Payout then, Change, Gate
    static QStringList whatIfHeaders();
    static std::vector<QStringList> whatIf(const std::vector<analytics::WhatIfRow>& rows);
    // "3 gain (+412.50 in all), 2 lose (−80.00), 43 unchanged"
    static QString whatIfSummary(const std::vector<analytics::WhatIfRow>& rows);
    // Group, Agents, Mean payout, Gate passed, vs rest, Quality, Productivity (mean scores 0-1), p, p Holm, Flag
    static QStringList auditHeaders();
    static std::vector<QStringList> audit(const analytics::FairnessAudit& audit);
    static QString componentLabel(IncentiveMetric m);
};

} // namespace fb::ui
