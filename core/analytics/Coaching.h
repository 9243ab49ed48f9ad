#pragma once

// The coaching log (docs/coaching.md): notes, what a complete note needs,
// target metrics and their per-agent weekly values, follow-up status, the
// coaching-to-production ratio and the effectiveness of coaching measured as
// a difference in differences. Pure computation; core/store/CoachingStore.h
// reads the data.
#include "analytics/ScorecardDefinition.h"
#include "analytics/ScorecardSums.h"
#include "common/Error.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace fb::analytics {

inline constexpr int kCoachingWindowWeeks = 4; // baseline: the 4 weeks before the note's week; after: the 4 after

// One coaching note as the coaching CSV (docs/csv-formats.md) holds it.
struct CoachingNote final {
    std::string noteId;
    std::string agentId;
    std::string coach;
    QDate coachedOn;
    std::string attribute;    // the quality attribute coached (a rubric attribute)
    std::string targetMetric; // csat, fcr, qa, dpti, rework, aht, escalation or a rubric attribute
    std::optional<double> baseline;
    std::optional<double> target;
    QDate followUpOn;
    std::string stage; // define, demonstrate, practice, commit, follow_up
    std::string commitment;
    std::optional<double> minutes;
    QDate followedUpOn;  // null until the follow-up is done
    std::string outcome; // met, partly, not_met; empty until done
    // Recorded when the follow-up was completed in Floorboard (not in the CSV).
    std::optional<double> valueNow;
    qint64 valueNowN = 0;

    [[nodiscard]] bool followUpDone() const { return followedUpOn.isValid() || !outcome.empty(); }
};

const std::vector<std::string>& coachingStages();   // define ... follow_up
QString stageLabel(const std::string& stage);       // "Define", ...
const std::vector<std::string>& followUpOutcomes(); // met, partly, not_met
QString outcomeLabel(const std::string& outcome);   // "Met", "Partly met", "Not met"

// The parts of a note the form requires that are missing, in form order, as
// the user reads them ("agent", "coach", "target value", ...).
QStringList missingNoteParts(const CoachingNote& note);
// Ok, or why the note cannot be saved:
// "This note cannot be saved. Missing: coach, target value, follow-up date."
// and, once complete, "The follow-up date must be after the coaching date."
// or "The target value must differ from the baseline."
Status validateNote(const CoachingNote& note);

// What a note's target metric is: a scorecard metric measured from the weekly
// sums, or a rubric attribute (mean score on the 0-4 scale: 4 x score / scale
// maximum, so a yes/no "yes" counts 4).
struct TargetMetric final {
    bool isAttribute = false;
    Metric metric = Metric::Qa;
    std::string attribute;

    [[nodiscard]] std::string key() const;
    [[nodiscard]] QString label() const;
    [[nodiscard]] QString unitText() const; // "share 0-1", "seconds", "0-100" ...
};
// The scorecard metrics a note can target (pulse and coaching cannot).
const std::vector<Metric>& targetableMetrics();
// Parses a target metric key; rubric attributes are accepted by name.
std::optional<TargetMetric> parseTargetMetric(const std::string& key, const std::vector<std::string>& attributes);

// A rubric attribute's weekly sum for one agent: sum of 100 x score / max over
// the evaluations that scored it (not NA), and how many.
struct AttributeSum final {
    double sum = 0;
    qint64 n = 0;
    AttributeSum& operator+=(const AttributeSum& o)
    {
        sum += o.sum;
        n += o.n;
        return *this;
    }
};
struct AgentWeekData final {
    Sums sums;                                      // from the scorecard rollups
    std::map<std::string, AttributeSum> attributes; // by attribute name
};
using AgentWeeks = std::map<int, AgentWeekData>;                // by week yyyyww
using WeeklyData = std::unordered_map<std::string, AgentWeeks>; // by agent_id

struct TargetValue final {
    std::optional<double> value; // present when n > 0
    qint64 n = 0;                // surveys, interactions, evaluations... behind it
    bool enough = false;         // n >= the metric's minimum sample (scorecard definition; 1 for attributes)
};
// The metric over the weeks fromWeek..toWeek (inclusive) of one agent: sums
// added over the weeks, the rate taken once (never a mean of weekly rates).
TargetValue targetValue(const TargetMetric& m, const AgentWeeks& weeks, int fromWeek, int toWeek);
// The minimum sample of a target metric (default scorecard definition; an
// attribute needs QA's, as on the scorecard).
qint64 targetMinN(const TargetMetric& m);
// The metric on a common 0-100 "points" ruler where up is better:
// 100 x (value - floor) / (target - floor) with the default scorecard
// definition's floor and target (not clamped); attributes 25 x the 0-4 mean.
double targetPoints(const TargetMetric& m, double value);
// The factor that puts a metric value in the units of a note's baseline and
// target: 100 for a proportion metric whose baseline or target is above 1
// (written in percent, as some sources do), else 1.
double noteScale(const CoachingNote& note, const TargetMetric& m);

// Weeks of a note: baseline = W-4..W-1 and after = W+1..W+4 around W, the
// ISO week of coached_on (the note's own week is in neither).
struct NoteWindows final {
    int week = 0;
    int baselineFrom = 0, baselineTo = 0;
    int afterFrom = 0, afterTo = 0;
};
NoteWindows noteWindows(QDate coachedOn);
// The agent's baseline for a note coached on that date (what the form prefills).
TargetValue baselineFor(const TargetMetric& m, const AgentWeeks& weeks, QDate coachedOn);
// The metric's value at the follow-up: weeks after the note's week through
// the follow-up's week (none when the follow-up falls in the note's week).
TargetValue valueAtFollowUp(const TargetMetric& m, const AgentWeeks& weeks, QDate coachedOn, QDate followUp);

// Follow-up queue.
enum class FollowUpStatus { Done, Overdue, DueThisWeek, Upcoming };
// Overdue: not done and the date is before today; due this week: today up to
// Sunday of today's ISO week; upcoming: later.
FollowUpStatus followUpStatus(const CoachingNote& note, QDate today);
QString followUpStatusLabel(FollowUpStatus s);

// Coaching effectiveness.
enum class Grouping { Coach, Attribute, Team };
inline constexpr qint64 kSmallEffectGroup = 5; // fewer measured notes: "small sample"
inline constexpr const char* kMethodCoachingAncova = "ancova_note_baseline_cluster_team_cr1_t";
std::optional<Grouping> groupingFromKey(const std::string& key); // coach, attribute, team

struct EffectInput final {
    std::vector<CoachingNote> notes;                     // all notes (the control test looks at all)
    std::unordered_map<std::string, std::string> teamOf; // agent_id -> team
    WeeklyData data;                                     // per agent per week
    std::vector<std::string> attributes;                 // rubric attribute names (target metrics)
};

// One agent measured over a note's two windows, in points.
struct MeasuredAgent final {
    std::string agent;
    double baseline = 0; // the baseline window's value
    double change = 0;   // after - baseline
};

// One note's measurement.
struct NoteEffect final {
    std::string noteId;
    std::string group;
    std::string team; // the coached agent's (the cluster of the intervals)
    bool done = false;
    bool met = false;
    // A window reaches past the data (before its first week or after its
    // last): the note is left out of the measurement, and counted.
    bool cut = false;
    std::optional<double> baseline;      // points, the coached agent's baseline window
    std::optional<double> change;        // points, after - baseline window
    std::optional<double> controlChange; // points, mean over the control agents
    int controls = 0;                    // control agents measured
    std::vector<MeasuredAgent> controlAgents;
    [[nodiscard]] std::optional<double> did() const
    {
        if (change && controlChange)
            return *change - *controlChange;
        return std::nullopt;
    }
};

struct EffectRow final {
    std::string group;
    qint64 notes = 0;               // notes coached in the period
    qint64 followUpsDone = 0;       // of those, follow-ups done
    qint64 met = 0;                 // of those, met
    std::optional<double> metShare; // met / followUpsDone
    qint64 measured = 0;            // notes with both a change and a control change
    qint64 cut = 0;                 // notes left out because a window reaches past the data
    // change and control_change: means over the measured notes, points. did:
    // the coached agents' change against their controls' adjusted for the
    // baseline (ANCOVA with one intercept per note); its 95% interval
    // cluster-robust by team, t with teams - 1 df (analytics/ClusterOls.h).
    std::optional<double> change, controlChange, did, didLow, didHigh;
    qint64 teams = 0; // teams of the measured notes
    QString note;     // why did or its interval is missing, empty otherwise
    [[nodiscard]] bool smallSample() const { return measured < kSmallEffectGroup; }
};

// Notes with coached_on in [from, to] (either may be null = open).
std::vector<NoteEffect> noteEffects(const EffectInput& in, QDate from, QDate to, Grouping by);
std::vector<EffectRow> effectiveness(const EffectInput& in, QDate from, QDate to, Grouping by);

// Coaching-to-production ratio per team and week.
struct RatioCell final {
    std::string team;
    int week = 0;
    double coachingMinutes = 0;
    double handledMinutes = 0;
    std::optional<double> ratio; // coaching / handled; none without handled minutes
    qint64 defects = 0;
    qint64 interactions = 0;
    std::optional<double> dpti;      // this week
    std::optional<double> priorDpti; // the 4 weeks before, pooled
    bool underFloor = false;
    bool defectsRecur = false; // defects > 0 and dpti >= the prior 4 weeks' dpti
    bool flagged = false;      // underFloor && defectsRecur
};
// Coaching time that is not a note: a peer-mentoring session counts for the
// mentee's team in the week it was held (docs/mentoring.md).
struct CoachingMinutes final {
    std::string agentId; // the one coached: the mentee
    QDate on;
    double minutes = 0;
};
std::vector<RatioCell> coachingRatios(const std::vector<CoachingNote>& notes,
                                      const std::unordered_map<std::string, std::string>& teamOf,
                                      const WeeklyData& data, int fromWeek, int toWeek, double floor,
                                      const std::vector<CoachingMinutes>& mentoring = {});
// Least-squares slope of the ratio per week over a team's cells (nullopt below 3 weeks with a ratio).
std::optional<double> ratioSlope(const std::vector<RatioCell>& teamCells);

// Agent quality profile: per rubric attribute the agent's mean against the team's.
struct AttributeProfile final {
    std::string attribute;
    std::optional<double> agentMean; // 0-100
    qint64 agentN = 0;
    std::optional<double> teamMean; // the other agents of the team, pooled
    qint64 teamN = 0;
    std::optional<double> agentRecent, agentEarlier; // last half vs first half of the weeks
    std::optional<double> teamRecent, teamEarlier;
    [[nodiscard]] std::optional<double> gap() const
    {
        if (agentMean && teamMean)
            return *agentMean - *teamMean;
        return std::nullopt;
    }
    bool weakest = false;
};
std::vector<AttributeProfile> qualityProfile(const std::string& agentId, const std::vector<std::string>& attributes,
                                             const std::unordered_map<std::string, std::string>& teamOf,
                                             const WeeklyData& data, int fromWeek, int toWeek);

} // namespace fb::analytics
