#pragma once

// The coaching log in the store: notes (table coaching_notes, the coaching
// CSV's columns), completed follow-ups with the metric's value then
// (coaching_follow_ups), the coaching-to-production floor (settings) and the
// per-agent weekly data coaching analytics read (docs/coaching.md).
#include "analytics/Coaching.h"
#include "analytics/Scorecard.h"
#include "common/Error.h"

#include <QDate>

#include <string>
#include <unordered_map>
#include <vector>

namespace fb::store {

class Database;

// All notes, by coached_on then note_id, with the recorded value at follow-up.
Result<std::vector<analytics::CoachingNote>> loadCoachingNotes(Database& db);
// Validates (analytics::validateNote) and inserts a new note; an empty
// noteId gets the next free "N0001"-style id. Returns the id.
Result<std::string> saveCoachingNote(Database& db, analytics::CoachingNote note);
// Records the follow-up: date, outcome (met, partly, not_met) and the metric's value then.
Status completeFollowUp(Database& db, const std::string& noteId, QDate on, const std::string& outcome,
                        const analytics::TargetValue& valueNow);

// agent_id -> team, and the agents themselves (scorecard store).
Result<std::unordered_map<std::string, std::string>> agentTeams(Database& db);
// The weekly data of weeks fromWeek..toWeek: scorecard sums per agent and
// week (loadWeeklySums) plus rubric attribute sums (addAttributeWeeks).
Result<analytics::WeeklyData> loadCoachingData(Database& db, int fromWeek, int toWeek);
// Everything effectiveness needs for notes coached between from and to
// (null = open): notes, teams, weekly data spanning their windows, attributes.
Result<analytics::EffectInput> loadEffectInput(Database& db, QDate from, QDate to);
// Names of the attributes of every rubric version (target metrics).
Result<std::vector<std::string>> rubricAttributeNames(Database& db);

// Coaching-to-production floor (default 0.02).
Result<double> coachingRatioFloor(Database& db);
Status setCoachingRatioFloor(Database& db, double floor);

} // namespace fb::store
