#pragma once

// An incentive plan (docs/recognition-and-incentives.md, "Incentives"): the
// period it pays for, the amount, the components with their weights, floors
// and targets, and the quality gate that must be green before the
// productivity components count. Plans are versioned like scorecard
// definitions (store/IncentiveStore.h): a published version never changes,
// so a payout or an audit can always name the rules it used.
#include "common/Error.h"

#include <QDate>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace fb {

// What a component measures over the period, from the scorecard's sums.
enum class IncentiveMetric {
    Qa,         // mean QA total, 0-100 points, per evaluation
    Csat,       // share of surveys answered 4-5
    Fcr,        // share of contacts with known outcome resolved at first contact
    Contacts,   // contacts handled in the period
    HandleTime, // mean handle time in seconds (lower is better: floor above target)
};
// Quality components always count; productivity components only behind a green gate.
enum class IncentivePart { Quality, Productivity };
enum class PeriodKind { Month, Quarter };
enum class AmountKind { PerAgent, Pool }; // per agent at a full score, or one pool shared by score

std::string incentiveMetricKey(IncentiveMetric m); // "qa", "csat", "fcr", "contacts", "aht"
std::optional<IncentiveMetric> incentiveMetricFromKey(const std::string& key);
IncentivePart incentivePartOf(IncentiveMetric m);
std::string periodKindKey(PeriodKind k); // "month", "quarter"
std::optional<PeriodKind> periodKindFromKey(const std::string& key);
std::string amountKindKey(AmountKind k); // "per_agent", "pool"
std::optional<AmountKind> amountKindFromKey(const std::string& key);

struct IncentiveComponent final {
    IncentiveMetric metric = IncentiveMetric::Qa;
    double weight = 0;
    double floor = 0;  // 0 of the component at and beyond the floor
    double target = 1; // 1 of the component at and beyond the target
    qint64 minN = 1;   // evaluations, surveys or contacts below which the component scores 0 ("not enough data")
};

struct IncentivePlan final {
    std::string name;
    int version = 0; // 0 until stored
    QString createdAt;
    QString note;
    PeriodKind period = PeriodKind::Quarter;
    AmountKind amountKind = AmountKind::PerAgent;
    double amount = 0;
    // The gate rule as data: green when the mean QA total of the period is at
    // least gateQaMin over at least gateMinEvaluations evaluations.
    double gateQaMin = 80;
    qint64 gateMinEvaluations = 3;
    std::vector<IncentiveComponent> components; // in display order

    [[nodiscard]] double totalWeight() const;
    [[nodiscard]] const IncentiveComponent* find(IncentiveMetric m) const;
};

// Names the first broken rule: name, amount >= 0, gate 0-100 with >= 1
// evaluation, each metric once, weights >= 0 with one > 0, floor != target.
Status validate(const IncentivePlan& plan);
// Same rules, same components, same gate (the note and version aside).
bool sameRules(const IncentivePlan& a, const IncentivePlan& b);

// A month ("2026-09") or a quarter ("2026-Q3"). Data are weekly, so a period
// holds the ISO weeks whose Thursday falls inside it (the rule ISO uses to
// give a week to a year): every week belongs to exactly one month and quarter.
struct IncentivePeriod final {
    QString label; // "2026-Q3", "2026-09"
    PeriodKind kind = PeriodKind::Quarter;
    QDate first;
    QDate last;
    int fromWeek = 0; // yyyyww, inclusive
    int toWeek = 0;
};
Result<IncentivePeriod> parseIncentivePeriod(const QString& text);

} // namespace fb
