#pragma once

// The pre/post comparison of a friction-to-flow program (docs/friction-to-flow.md).
// Pre is weeks 1-2 of the program, post weeks 7-8, over the interactions of
// the program's teams' agents. One pass over those interactions fills every
// cell the program needs: pre, post, each of the eight weeks, and for each
// fix the four attribution cells (in its scope / untouched by every fix,
// before / on or after its date), in total and per agent: interactions of
// one agent are not independent, so every comparison is a regression with
// cluster-robust errors by agent (analytics/ClusterOls.h) fed with the
// per-agent cells.
#include "analytics/ClusterOls.h"
#include "analytics/ProportionTests.h"
#include "domain/Program.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fb::analytics {

enum class ProgramMetric { Fcr, Dpti, Rework, Csat, Aht, Escalation };
inline constexpr std::array<ProgramMetric, 6> kProgramMetrics = {ProgramMetric::Fcr,    ProgramMetric::Dpti,
                                                                 ProgramMetric::Rework, ProgramMetric::Csat,
                                                                 ProgramMetric::Aht,    ProgramMetric::Escalation};
const char* metricKey(ProgramMetric m); // fcr, dpti, rework, csat, aht, escalation
QString metricLabel(ProgramMetric m);   // "FCR", "Defects per 1,000", ... (translated)
bool isProportion(ProgramMetric m);     // fcr, rework, csat, escalation
bool higherIsBetter(ProgramMetric m);   // fcr, csat

inline constexpr int kProgramWeeks = 8;
inline constexpr int kProgramDays = kProgramWeeks * 7;
// The phase of a program week 1..8: 0 baseline (1-2), 1 rapid fixes (3-4),
// 2 recognition (5-6), 3 comparison (7-8).
inline int phaseOfWeek(int week)
{
    return (week - 1) / 2;
}
QString phaseName(int phase);

// Sums of one cell. A proportion's n is the interactions with the value
// known (surveyed ones for csat); DPTI's and AHT's the interactions.
struct CellSums final {
    qint64 interactions = 0;
    qint64 fcrKnown = 0, fcrResolved = 0;
    qint64 repeatKnown = 0, repeats = 0;
    qint64 escalationKnown = 0, escalations = 0;
    qint64 defects = 0; // empty defects count as 0
    qint64 csatSurveyed = 0, csatTop2 = 0;
    Running handle;

    void add(const ProgramInteraction& r);
    void merge(const CellSums& o);
    [[nodiscard]] qint64 n(ProgramMetric m) const;
    [[nodiscard]] qint64 successes(ProgramMetric m) const; // proportions; defects for dpti
    // The metric's value: a proportion 0-1, defects per 1,000 interactions, or
    // mean handle seconds; nullopt when n = 0.
    [[nodiscard]] std::optional<double> value(ProgramMetric m) const;
    // The sum of the interaction-level outcome the regressions use: 1/0 for a
    // proportion, 1,000 x defects for DPTI, seconds for handle time.
    [[nodiscard]] double outcomeSum(ProgramMetric m) const;
    // This cell as one regression row (analytics/ClusterOls.h) of the metric.
    [[nodiscard]] OlsRow olsRow(ProgramMetric m, std::vector<double> x, qint64 cluster) const;
};

// A fix's cells. "out" is the untouched group: interactions outside the scope
// of every fix whose date falls inside the program (an interaction in another
// fix's scope is not a control: it moved for its own reason).
struct FixCells final {
    ProgramFix fix;
    CellSums inBefore, inAfter, outBefore, outAfter;
};

// One agent's cells (the cluster of the regressions).
struct AgentCells final {
    CellSums pre, post;
    std::vector<std::array<CellSums, 4>> fixes; // per fix: in before, in after, out before, out after
};

// The accumulator of the one pass.
class ProgramCells final {
public:
    ProgramCells(QDate start, std::vector<ProgramFix> fixes);
    void add(const ProgramInteraction& r);

    [[nodiscard]] QDate start() const { return m_start; }
    [[nodiscard]] QDate end() const { return m_start.addDays(kProgramDays); } // exclusive
    CellSums pre;                                                             // weeks 1-2
    CellSums post;                                                            // weeks 7-8
    std::array<CellSums, kProgramWeeks> weeks;
    std::vector<FixCells> fixes;
    std::vector<AgentCells> agents; // the cluster id of an agent is its index here

private:
    AgentCells& agentOf(std::string_view agent);
    QDate m_start;
    qint64 m_startJd = 0;
    std::string m_lastDay;
    int m_lastOffset = -1;
    std::vector<bool> m_touchesControls; // per fix: dated inside the program
    std::unordered_map<std::string, size_t> m_agentIndex;
    std::string m_lastAgent;
    size_t m_lastAgentIndex = 0;
};

// The method column of the CSVs, named once.
inline constexpr const char* kMethodClusterOls = "ols_cluster_agent_cr1_t";

struct MetricComparison final {
    ProgramMetric metric = ProgramMetric::Fcr;
    qint64 nPre = 0;
    qint64 nPost = 0;
    qint64 agents = 0; // G, agents with an interaction in weeks 1-2 or 7-8 with the metric known
    // pre, post, change = post - pre, relative = post / pre - 1; low/high bound
    // the change (for DPTI too: defects per 1,000), t with G-1 df in z and df.
    // nullopt when a side has no data; no interval when the regression is refused (note says why).
    std::optional<TwoSample> stats;
    std::optional<double> pHolm; // p adjusted by Holm over the table's metrics
    QString note;                // why there is no interval or p, empty otherwise
    [[nodiscard]] bool significant() const { return pHolm && *pHolm < 0.05; }
};
// Outcome on a post indicator (weeks 7-8 against 1-2), one regression per
// metric, cluster-robust by agent; p values Holm-adjusted over the six metrics.
std::vector<MetricComparison> comparePrePost(const ProgramCells& cells);

} // namespace fb::analytics
