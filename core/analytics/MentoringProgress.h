#pragma once

// After the pairing (docs/mentoring.md, "One pair, week by week" and "Pay it
// forward"): a pair's weekly series for its chart, each behaviour's target,
// and the former mentees who stayed at target long enough to mentor others.
// Pure computation over the values store::loadMentoringInput reads.
#include "analytics/Coaching.h"
#include "analytics/Mentoring.h"
#include "domain/Mentoring.h"

#include <QDate>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fb::analytics {

inline constexpr int kProgressWeeksBefore = 4;    // the chart starts 4 weeks before the pair's start
inline constexpr int kProgressWeeksAfter = 4;     // ... and runs 4 weeks past its (planned) end
inline constexpr qint64 kTeamMedianMinAgents = 5; // a team median needs 5 agents with enough data that week
inline constexpr int kPayForwardWeeks = 4;        // consecutive complete weeks at target after the pair ended

// What "good" is for a behaviour: a scorecard metric's target of the stored
// definition; for a rubric attribute the quality gate's share of the scale
// (gate 80 of 100 -> 3.2 of 4), so an agent at target in every attribute
// passes the gate.
struct BehaviorTarget final {
    double value = 0; // in the behaviour's unit (0-4 for attributes)
    bool lowerIsBetter = false;
    qint64 minN = 1; // a week counts with at least this n (the metric's minimum sample; 1 evaluation)
    [[nodiscard]] bool met(double v) const { return lowerIsBetter ? v <= value : v >= value; }
};
BehaviorTarget behaviorTarget(const TargetMetric& behavior, const ScorecardDefinition& def);

// One week's value of one agent: present only with enough data (n at least
// the minimum); n is kept either way so a gap can say why.
struct WeekValue final {
    std::optional<double> value;
    qint64 n = 0;
};

struct PairProgressWeek final {
    int week = 0; // yyyyww
    WeekValue mentee, mentor;
    std::optional<double> teamMedian; // the mentee's team without the mentee; none under 5 agents
    qint64 teamAgents = 0;            // agents behind the median
    WeekValue csat, qa;               // the mentee's CSAT (top-2 share) and QA total (0-100)
};

struct PairProgress final {
    MentoringPair pair;
    TargetMetric behavior;
    int fromWeek = 0, toWeek = 0;
    int startWeek = 0, plannedEndWeek = 0, endedWeek = 0; // endedWeek 0 while active
    qint64 minN = 1, csatMinN = 1, qaMinN = 1;            // the minimum n of a week on each line
    std::vector<PairProgressWeek> weeks;                  // fromWeek..toWeek, every week
};

// The chart's weeks: 4 before the start's week to 4 after the later of the
// planned end and the end, but not past lastWeek (the last week with data).
std::pair<int, int> pairProgressSpan(const MentoringPair& pair, int lastWeek);
// in.data must span pairProgressSpan(pair, lastWeek).
PairProgress pairProgress(const MentoringPair& pair, const TargetMetric& behavior, const MentoringInput& in,
                          int lastWeek);

struct PayForwardCandidate final {
    std::string agentId;
    std::string behavior; // key
    std::string pairId;   // the mentee's latest ended pair in the behaviour
    std::string mentorId;
    std::string outcome;
    QDate endedOn;
    int fromWeek = 0, toWeek = 0; // the first run of 4 weeks at target after the week of the end
    double target = 0;            // BehaviorTarget::value
    double weakest = 0;           // the run's week furthest from the target
    qint64 n = 0;                 // n over the run's 4 weeks
};

// The weeks a pay-forward check reads: from the week after the earliest end
// of an ended pair to lastWeek (none: {0, 0}).
std::pair<int, int> payForwardSpan(const std::vector<MentoringPair>& pairs, int lastWeek);
// Mentees of ended pairs (any outcome) at or above the behaviour's target in
// each of 4 consecutive complete weeks after the week their latest pair in
// that behaviour ended, up to lastWeek; active agents only, and not while they
// are a mentee in an active pair of the behaviour again. behavior filters
// (empty: every behaviour). By agent id, then behaviour.
std::vector<PayForwardCandidate> payForwardCandidates(const MentoringInput& in,
                                                      const std::vector<std::string>& attributes, int lastWeek,
                                                      const std::string& behavior = {});
// MentoringInput::payForward for one behaviour: agent -> pair id.
std::map<std::string, std::string> payForwardMentors(const std::vector<PayForwardCandidate>& candidates,
                                                     const std::string& behavior);

} // namespace fb::analytics
