#pragma once

// Balanced scorecards of agents, teams and the site (docs/scorecard.md).
// Pure computation over sums read by core/store/ScorecardStore.h.
#include "analytics/ScorecardDefinition.h"
#include "analytics/ScorecardSums.h"

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace fb::analytics {

enum class Level { Agent, Team, Site };
std::string levelKey(Level l); // "agent", "team", "site"
std::optional<Level> levelFromKey(const std::string& key);

struct AgentInfo final {
    std::string id;
    std::string name;
    std::string team;
    std::string site;
};

// Sums of one period: per agent (interactions, QA, coaching, the agent's
// identified pulse responses) and per team (pulse fields only: the team's
// identified answers and its publishable anonymous cells, PulseAnonymity.h).
struct PeriodSums final {
    std::unordered_map<std::string, Sums> byAgent;
    std::unordered_map<std::string, Sums> pulseByTeam;
};

// One metric of one entity.
struct MetricValue final {
    qint64 n = 0;                // sample behind the value (surveys, interactions, evaluations, responses, follow-ups)
    double numerator = 0;        // proportions: successes
    double denominator = 0;      // proportions: trials
    std::optional<double> value; // present when there is any data (n > 0)
    bool enough = false;         // n >= the metric's minimum sample
    std::optional<double> score; // 0-100, present only when enough
    // The pulse of an agent row: its team's pulse, shown beside the agent and
    // left out of the agent's composite and weights by definition (an agent
    // never has 5 identified responses; docs/scorecard.md, "Pulse on agent rows").
    bool teamValue = false;
};

struct ScoreRow final {
    Level level = Level::Agent;
    std::string id;                   // agent_id, team name or site
    std::string name;                 // agent name, team name or site
    std::string team;                 // the agent's team (agents), the team (teams), empty (site)
    std::vector<MetricValue> metrics; // in definition order
    std::optional<double> composite;
    double weightsUsed = 0;        // weights of the metrics that reached their minimum sample
    double weightsTotal = 0;       // all weights of the definition
    std::optional<bool> gateGreen; // empty when qa lacks data or has fewer than kGateMinEvaluations
    qint64 gateEvaluations = 0;    // the QA evaluations the gate looked at
    qint64 interactions = 0;
};

struct Scorecard final {
    ScorecardDefinition definition;
    Level level = Level::Agent;
    int fromWeek = 0; // yyyyww
    int toWeek = 0;
    std::vector<ScoreRow> rows;
};

// 100 x clamp((value - floor) / (target - floor), 0, 1).
double metricScore(double value, double floor, double target);
// The metric's value from sums (no minimum-sample test).
MetricValue measure(Metric m, const Sums& s);
// Measure, apply the minimum sample and score.
MetricValue evaluate(const MetricDef& def, const Sums& s);
// A pass or fail on one or two evaluations says more about the evaluator's
// day than about the agent: the gate needs at least this many in its window.
inline constexpr qint64 kGateMinEvaluations = 3;

// Fills composite, weightsUsed, weightsTotal and gate of a row from its metrics.
void finishRow(const ScorecardDefinition& def, ScoreRow& row);

// Team of a site for pulses: the site most of the team's agents are on.
std::unordered_map<std::string, std::string> teamSites(const std::vector<AgentInfo>& agents);

// The sums of each entity of a level (agents: only those with any data in
// the period; team: the sum over its agents, pulse from the team's
// publishable pulse sums; site: the sum over its agents, pulse from its teams). teamFilter
// restricts agents and teams to one team.
std::map<std::string, Sums> entitySums(const std::vector<AgentInfo>& agents, const PeriodSums& period, Level level,
                                       const std::string& teamFilter = {});

Scorecard computeScorecard(const ScorecardDefinition& def, const std::vector<AgentInfo>& agents,
                           const PeriodSums& period, Level level, int fromWeek, int toWeek,
                           const std::string& teamFilter = {});

// 95% Wilson score interval of k successes in n trials; nullopt when n = 0.
struct Interval final {
    double low = 0;
    double high = 0;
};
std::optional<Interval> wilsonInterval(double k, double n, double z = 1.959963984540054);

} // namespace fb::analytics
