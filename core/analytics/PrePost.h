#pragma once

// The pre/post comparison of a friction-to-flow program (docs/friction-to-flow.md).
// Pre is weeks 1-2 of the program, post weeks 7-8, over the interactions of
// the program's teams' agents. One pass over those interactions fills every
// cell the program needs: pre, post, each of the eight weeks, and for each
// fix the four attribution cells (in/out of its scope, before/on-or-after its date).
#include "analytics/ProportionTests.h"
#include "domain/Program.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <string>
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
    // Variance of the value as attribution uses it: p(1-p)/n, 10^6 defects/n^2, s^2/n.
    [[nodiscard]] std::optional<double> variance(ProgramMetric m) const;
};

struct FixCells final {
    ProgramFix fix;
    CellSums inBefore, inAfter, outBefore, outAfter;
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

private:
    QDate m_start;
    qint64 m_startJd = 0;
    std::string m_lastDay;
    int m_lastOffset = -1;
};

struct MetricComparison final {
    ProgramMetric metric = ProgramMetric::Fcr;
    qint64 nPre = 0;
    qint64 nPost = 0;
    std::optional<TwoSample> stats; // nullopt when a side has no data
};
std::vector<MetricComparison> comparePrePost(const CellSums& pre, const CellSums& post);

} // namespace fb::analytics
