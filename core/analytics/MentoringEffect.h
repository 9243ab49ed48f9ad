#pragma once

// The effect of peer mentoring, honestly (docs/mentoring.md, "The effect"):
// for ended pairs, the mentee's change in a measure from the 4 weeks before
// the start to the 4 weeks after the planned end, against the same change of
// comparable unmentored agents (same team, baseline in the same fifth of the
// team), as a difference in differences adjusted for the baseline, with an
// interval cluster-robust by team (analytics/ClusterOls.h). Mentees are chosen
// for a low baseline and would improve by regression to the mean alone; the
// comparison with agents of the same baseline takes that out. Pure
// computation; store::loadMentoringEffectInput reads the data.
#include "analytics/Coaching.h"
#include "analytics/Mentoring.h"
#include "domain/Mentoring.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace fb::analytics {

inline constexpr int kMentoringEffectWeeks = 4; // before: 4 weeks before the start; after: 4 after the planned end
inline constexpr qint64 kMentoringEffectMinPairs = 5; // fewer measured pairs: "not enough data"
inline constexpr const char* kMethodMentoringEffect = "did_ancova_same_team_fifth_cluster_team_cr1_t";

enum class MentoringEffectBy { Program, Behavior, Mentor, Team };
// program, behavior, mentor, team.
std::optional<MentoringEffectBy> mentoringEffectByFromKey(const std::string& key);

// What is measured: the pair's own behaviour, or the spillover to CSAT or the QA total.
enum class MentoringOutcome { Behavior, Csat, Qa };
std::optional<MentoringOutcome> mentoringOutcomeFromKey(const std::string& key); // behavior, csat, qa

struct MentoringEffectInput final {
    std::vector<MentoringAgent> agents;
    WeeklyData data;                     // per agent per week, spanning every pair's windows
    std::vector<MentoringPair> pairs;    // every stored pair; only ended ones are measured
    std::vector<std::string> attributes; // rubric attribute names (behaviours)
};

// One ended pair's measurement, in points (targetPoints).
struct PairEffect final {
    std::string pairId;
    std::string group;
    std::string team;                 // the mentee's (the cluster of the interval)
    int beforeFrom = 0, beforeTo = 0; // yyyyww
    int afterFrom = 0, afterTo = 0;
    std::optional<double> baseline;      // the mentee's before window
    std::optional<double> change;        // the mentee's after - before
    std::optional<double> controlChange; // mean over the controls
    std::vector<MeasuredAgent> controls; // same team, same fifth of the baseline, not mentored in it in the span
    QString note;                        // why the pair is not measured, empty when it is
    [[nodiscard]] bool measured() const { return change && controlChange; }
};

struct MentoringEffectRow final {
    std::string group;
    qint64 pairs = 0;    // ended pairs of the group
    qint64 measured = 0; // of those, with a change and comparable controls
    qint64 teams = 0;    // teams of the measured pairs
    // change and control_change: means over the measured pairs, points. did:
    // the mentees' change against their controls' adjusted for the baseline
    // (one intercept per pair); the 95% interval and p cluster-robust by
    // team, t with teams - 1 df. Empty with a note when there is not enough data.
    std::optional<double> change, controlChange, did, didLow, didHigh, pValue;
    // pValue adjusted with Holm over the rows of one call (one test per group:
    // reading the mentors' rows side by side is many tests); = pValue for the program.
    std::optional<double> pHolm;
    QString note; // "not enough data: ..." or why pairs were left out; empty otherwise
};

// Each ended pair (behaviour = "" for all, else only that behaviour's pairs).
std::vector<PairEffect> mentoringPairEffects(const MentoringEffectInput& in, MentoringOutcome outcome,
                                             MentoringEffectBy by, const std::string& behavior = {});
// One row per group (one "program" row for MentoringEffectBy::Program), by group.
std::vector<MentoringEffectRow> mentoringEffect(const MentoringEffectInput& in, MentoringOutcome outcome,
                                                MentoringEffectBy by, const std::string& behavior = {});

} // namespace fb::analytics
