#pragma once

// Payouts of an incentive plan (docs/recognition-and-incentives.md,
// "Incentives"). Each component is a straight line between its floor and its
// target, clamped to 0..1 (the scorecard's metricScore / 100); the quality
// components always count, the productivity ones only when the quality gate is
// green. Score = (sum of counted weight x component) / (sum of all weights);
// per agent: payout = amount x score; pool: payout = amount x score / sum of scores.
#include "analytics/ScorecardSums.h"
#include "common/Format.h"
#include "domain/Incentive.h"

#include <QDate>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace fb::analytics {

// An agent of the period with the attributes the fairness audit groups by.
struct IncentiveAgent final {
    std::string id;
    std::string name;
    std::string team;
    std::string site;
    std::string shift;
    std::string supervisor;
    QDate hireDate; // invalid when unknown
    Sums sums;      // the period's sums (interactions, QA)
};

struct ComponentResult final {
    IncentiveMetric metric = IncentiveMetric::Qa;
    IncentivePart part = IncentivePart::Quality;
    double weight = 0;
    qint64 n = 0;                // evaluations, surveys, FCR-known contacts or contacts
    std::optional<double> value; // present when n > 0
    bool enough = false;         // n >= the component's minimum
    double score = 0;            // 0..1; 0 when not enough data
    bool counted = false;        // false for productivity behind a red gate
};

struct AgentPayout final {
    IncentiveAgent agent;
    bool gateGreen = false;
    qint64 gateEvaluations = 0;
    std::optional<double> qaMean;
    std::vector<ComponentResult> components; // in plan order
    double qualityScore = 0;                 // 0..1 over the quality weights (0 when the plan has none)
    std::optional<double> productivityScore; // 0..1 over the productivity weights, earned even when locked
    double score = 0;                        // 0..1: counted weight x component / all weights
    double payout = 0;
};

// Value of a component from the period's sums; n is its sample.
ComponentResult measureComponent(const IncentiveComponent& c, const Sums& s);
// Payouts of every agent (in the order given).
std::vector<AgentPayout> computePayouts(const IncentivePlan& plan, const std::vector<IncentiveAgent>& agents);
// "QA 86.0 (5 evaluations) → 0.80 × 0.40; gate green (...), so the volume part counts: ...; score ... → payout ..."
QString explainPayout(const IncentivePlan& plan, const AgentPayout& p, const format::Style& style = format::screen());

// Three agents that show how the plan works, chosen from the site's data:
// the gate red while the volume would have paid, the gate green below target,
// and the gate green with the highest score. A kind is missing when no agent fits.
struct WorkedExample final {
    enum class Kind { GateRed, GreenBelowTarget, GreenBest } kind = Kind::GateRed;
    AgentPayout payout;
};
std::vector<WorkedExample> workedExamples(const std::vector<AgentPayout>& payouts);

// What-if: the same agents under two versions of a plan (before publishing).
struct WhatIfRow final {
    std::string id;
    std::string name;
    std::string team;
    double before = 0;
    double after = 0;
    bool gateBefore = false;
    bool gateAfter = false;
    [[nodiscard]] double change() const { return after - before; }
};
// Sorted by change, the largest gain first; agents matched by id.
std::vector<WhatIfRow> whatIf(const std::vector<AgentPayout>& before, const std::vector<AgentPayout>& after);

} // namespace fb::analytics
