#pragma once

// A balanced-scorecard definition: which metrics, how each is scored, and
// how much it weighs (docs/scorecard.md). Definitions are stored with a
// version (core/store/ScorecardStore.h) so past scorecards can be reproduced.
#include "common/Error.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace fb::analytics {

// The metrics Floorboard knows how to measure; a definition picks and tunes them.
enum class Metric { Csat, Fcr, Qa, Dpti, Rework, Aht, Escalation, Pulse, Coaching };
enum class Perspective { Customer, Quality, Efficiency, People };

const std::vector<Metric>& allMetrics();
std::string metricKey(Metric m); // "csat", "fcr", ...
std::optional<Metric> metricFromKey(const std::string& key);
QString metricLabel(Metric m);       // "CSAT", "First-contact resolution", ...
QString metricDescription(Metric m); // what the value is
// How the metric's value is shown to people: proportions as percent, etc.
enum class Unit { Proportion, Points, PerThousand, Seconds, PulsePoints };
Unit metricUnit(Metric m);
bool isProportion(Metric m);

std::string perspectiveKey(Perspective p); // "customer", ...
std::optional<Perspective> perspectiveFromKey(const std::string& key);
QString perspectiveLabel(Perspective p);

struct MetricDef final {
    Metric metric = Metric::Csat;
    Perspective perspective = Perspective::Customer;
    double floor = 0;  // score 0 at and beyond the floor
    double target = 1; // score 100 at and beyond the target
    double weight = 0;
    qint64 minN = 1; // minimum sample for the metric to count
    // Lower is better when the floor lies above the target.
    [[nodiscard]] bool lowerIsBetter() const { return floor > target; }
};

struct ScorecardDefinition final {
    int version = 0; // 0 until stored
    QString createdAt;
    QString note;
    double gateQaMin = 80;          // quality gate: green when qa >= this
    std::vector<MetricDef> metrics; // in display/CSV order

    [[nodiscard]] const MetricDef* find(Metric m) const;
    [[nodiscard]] double totalWeight() const;
};

// The default definition (stored as version 1 by schema migration 2).
const ScorecardDefinition& defaultDefinition();

// Floors differ from targets, weights >= 0 and finite, min n >= 1, each metric once, some weight > 0.
Status validate(const ScorecardDefinition& def);

} // namespace fb::analytics
