#pragma once

// Trends of an agent against the team median, and "Happiness and results":
// Spearman correlations of team pulse dimensions with team outcomes at lags
// of 0-4 weeks, within teams (analytics/WithinTeamSpearman.h), with
// Benjamini-Hochberg q values over the whole grid; and teams whose outcomes
// sit far from what their pulse predicts (learning labs). See docs/scorecard.md.
#include "analytics/Scorecard.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fb::analytics {

QString pulseDimensionLabel(int d);

struct TrendSeries final {
    Metric metric = Metric::Csat;
    std::vector<int> weeks;                   // yyyyww
    std::vector<std::optional<double>> agent; // the agent's weekly value, when its sample is enough
    std::vector<qint64> agentN;
    std::vector<std::optional<double>> team; // median of the team's agents (pulse: the team's own pulse)
    bool teamIsPooled = false;               // pulse: the team's own (publishable) pulse, not a median
};
std::vector<TrendSeries> agentTrends(const ScorecardDefinition& def, const std::vector<AgentInfo>& agents,
                                     const std::map<int, PeriodSums>& weekly, const std::vector<int>& weeks,
                                     const std::string& agentId);

struct Correlation final {
    Metric outcome = Metric::Fcr;
    int dimension = 0;         // 0-4
    int lag = 0;               // outcome this many weeks after the pulse
    std::optional<double> rho; // within teams
    size_t n = 0;              // team-weeks paired (of teams with 2 or more)
    size_t teams = 0;
    std::optional<double> p; // two-sided; exact (permutation) when n <= 10
    bool exact = false;
    std::optional<double> q; // Benjamini-Hochberg over the grid's tests
    [[nodiscard]] bool marked() const { return q && *q < 0.05; }
};

struct TeamGap final {
    std::string team;
    int weeks = 0;       // team-weeks with pulse and outcome
    double pulse = 0;    // mean weekly pulse
    double outcome = 0;  // mean weekly outcome
    double gap = 0;      // mean residual from the site-wide line outcome = a + b x pulse
    bool lab = false;    // |gap| >= one residual SD, over at least 4 weeks
    bool better = false; // the outcome is better than the pulse predicts
};

struct Happiness final {
    std::vector<int> weeks;
    std::vector<Metric> outcomes;
    std::vector<Correlation> correlations; // outcome x dimension x lag
    size_t tests = 0;                      // cells with a p value
    size_t marked = 0;                     // cells with q < 0.05
    Metric labOutcome = Metric::Fcr;
    double slope = 0, intercept = 0, residualSd = 0;
    size_t pairs = 0;
    std::vector<TeamGap> teams;
};

Happiness happiness(const ScorecardDefinition& def, const std::vector<AgentInfo>& agents,
                    const std::map<int, PeriodSums>& weekly, Metric labOutcome = Metric::Fcr, int maxLag = 4);

} // namespace fb::analytics
