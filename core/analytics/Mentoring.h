#pragma once

// Peer mentoring (docs/mentoring.md): who needs a mentor in a behaviour, who
// can mentor it, and the pairs that maximise the total expected benefit.
// Pure computation over domain values; core/store/MentoringStore.h reads them.
#include "analytics/Coaching.h"
#include "analytics/ScorecardDefinition.h"
#include "common/Format.h"
#include "domain/Mentoring.h"

#include <QDate>
#include <QString>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fb::analytics {

inline constexpr int kMentoringWindowWeeks = 4; // the behaviour is measured over the last 4 complete weeks
inline constexpr int kMentorStableWeeks = 3;    // a mentor is in the top fifth in at least 3 of those weeks

struct MentoringAgent final {
    std::string id;
    std::string name;
    std::string team;
    std::string site;
    std::string shift;
    bool active = true; // status is not 'left'
};

struct MentoringInput final {
    std::vector<MentoringAgent> agents;
    WeeklyData data;                     // per agent per week, spanning the window
    ScorecardDefinition definition;      // floors, minimum samples, the quality gate
    std::vector<MentoringPair> pairs;    // every stored pair (active ones block, failed ones forbid)
    std::map<std::string, int> capacity; // per mentor, where it differs from the default
    // Former mentees at target for 4 weeks since their pair in the behaviour
    // ended (payForwardCandidates), agent -> that pair: named in a mentor's
    // reason, never a way around the mentor rules.
    std::map<std::string, std::string> payForward;
};

struct MentoringOptions final {
    int fromWeek = 0; // yyyyww, the window's first week
    int toWeek = 0;   // yyyyww, its last week
    std::string team; // empty: every team
    int defaultCapacity = kMentoringDefaultCapacity;
    double shiftPenalty = 5; // points off a pair's benefit when the two work different shifts
    double sitePenalty = 5;  // ... different sites
    bool crossTeam = false;  // the lead allows pairs across teams
};

// One agent's standing in the behaviour over the window.
struct MentoringCandidate final {
    std::string agentId;
    double value = 0;  // in the behaviour's unit (score 0-4 for attributes)
    qint64 n = 0;      // surveys, interactions or evaluations behind it
    double points = 0; // on the common 0-100 ruler, up = better (targetPoints)
    bool belowFloor = false;
    bool bottomFifth = false;
    int topWeeks = 0;           // weeks of the window in the team's top fifth
    int weeksInWindow = 0;      // the window's length in weeks
    int spare = 0;              // mentors: capacity left
    std::string payForwardPair; // mentors: the pair after which they stayed at target (MentoringInput::payForward)
};

struct MentoringCandidates final {
    std::vector<MentoringCandidate> mentees; // by agent id
    std::vector<MentoringCandidate> mentors; // by agent id
};

// Mentees: enough data, below the floor or in the team's bottom fifth, active,
// not already a mentee in an active pair for the behaviour. Mentors: the top
// fifth in at least 3 of the window's weeks, a green quality gate, spare
// capacity, active, not a mentee in the behaviour. Fifths need at least 5
// agents of the team with enough data.
MentoringCandidates mentoringCandidates(const TargetMetric& behavior, const MentoringInput& in,
                                        const MentoringOptions& options);

struct SuggestedPair final {
    MentoringCandidate mentee;
    MentoringCandidate mentor;
    double benefit = 0; // points: the gap minus the penalties
    bool sameShift = true;
    bool sameSite = true;
    QString reason; // in words, for the lead
};

// One pair's benefit (the gap in points minus the penalties) and its reason in words.
SuggestedPair describePair(const TargetMetric& behavior, const MentoringCandidate& mentee,
                           const MentoringCandidate& mentor, const MentoringAgent& menteeAgent,
                           const MentoringAgent& mentorAgent, const MentoringOptions& options,
                           const format::Style& style = format::screen());

// The pairs that maximise the total benefit (maxWeightAssignment), by mentee id.
std::vector<SuggestedPair> suggestPairs(const TargetMetric& behavior, const MentoringInput& in,
                                        const MentoringOptions& options, const format::Style& style = format::screen());

// Why a pair is forbidden, or empty when it is allowed: the same person, a
// previous pair of the two in the behaviour that ended without success, or
// different teams unless allowed.
QString forbiddenReason(const MentoringAgent& mentee, const MentoringAgent& mentor, const std::string& behavior,
                        const std::vector<MentoringPair>& pairs, bool crossTeam);

// The default window's last week: the last complete week before today, or
// the last week with data when the data end earlier (an old export, the demo).
int defaultMentoringWeek(QDate today, const std::vector<int>& dataWeeks);

// A behaviour's value as a person reads it: "3.6 of 4", "82 %", "412 s".
QString behaviorValueText(const TargetMetric& behavior, double value, const format::Style& style = format::screen());

} // namespace fb::analytics
