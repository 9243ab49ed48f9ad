#pragma once

// The anonymity rule of pulse answers (docs/scorecard.md, "Anonymous pulses"),
// in this one place. The publishable unit is the (team, ISO week, dimension)
// cell of anonymous answers: a cell with fewer than kMinAnonymousAnswers
// answers contributes to nothing, at any level, window or dimension.
// Identified answers (signed by an agent) belong to that agent and always
// count. Every team, site, program or multi-week pulse figure is a sum of
// what PulseCells::publishable() returns, so the difference of any two such
// figures is a sum of whole publishable cells and identified answers, never
// a part of a suppressed cell.
#include "analytics/ScorecardSums.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace fb::analytics {

// Anonymous answers a (team, week, dimension) cell needs before it counts.
inline constexpr qint64 kMinAnonymousAnswers = 5;
// Answers a dimension mean needs before it is shown (identified ones included),
// the same small-sample floor as the pulse metric's default minimum.
inline constexpr qint64 kMinDimensionAnswers = 5;

// One response's five dimensions (role_clarity .. fairness): 1-5 or empty.
using PulseAnswers = std::array<std::optional<int>, kPulseDimensions>;

// Collects the responses of any number of (team, week) and hands back only
// what may be published. Pure: fed by the store, used by every aggregate.
class PulseCells final {
public:
    using Key = std::pair<std::string, int>; // team, ISO week (yyyyww)

    void add(const std::string& team, int week, bool identified, const PulseAnswers& answers);

    // Per (team, week), the pulse fields of Sums: identified answers plus the
    // anonymous cells of at least kMinAnonymousAnswers answers. pulseResponses
    // counts the responses with at least one answer that counts; team-weeks
    // with nothing publishable are absent.
    [[nodiscard]] std::map<Key, Sums> publishable() const;

private:
    struct TeamWeek final {
        Sums identified;
        std::array<qint64, kPulseDimensions> anonymousSum{};
        std::array<qint64, kPulseDimensions> anonymousCount{};
        std::vector<std::uint8_t> anonymousAnswered; // per anonymous response: bit d set when d is answered
    };
    std::map<Key, TeamWeek> m_teamWeeks;
};

// Mean of dimension d of publishable sums; empty below kMinDimensionAnswers.
std::optional<double> dimensionMean(qint64 sum, qint64 count);

} // namespace fb::analytics
