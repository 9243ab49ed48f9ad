#pragma once

// Everything scorecards read and write (docs/scorecard.md): agents, the
// per-agent per-week sums of interactions (interaction_rollups), QA totals,
// pulses and coaching follow-ups per period, and versioned definitions.
#include "analytics/Scorecard.h"
#include "common/Error.h"

#include <QString>

#include <map>
#include <string>
#include <vector>

namespace fb::store {

class Database;

Result<std::vector<analytics::AgentInfo>> scorecardAgents(Database& db);
Result<std::vector<std::string>> scorecardTeams(Database& db);
// The weeks (yyyyww, ascending) that hold interaction rollups.
Result<std::vector<int>> rollupWeeks(Database& db);

// Brings the derived people_rollups/team_pulse_rollups cache up to date when
// QA, pulses, coaching or rubrics changed since it was built. Returns false
// (and leaves it) when the database cannot be written; loads then compute
// from the source tables directly, with the same result.
Result<bool> refreshScorecardCache(Database& db);

// Sums of the weeks fromWeek..toWeek (yyyyww, inclusive). team restricts
// agents to one team (and team pulses to that team); empty = all.
Result<analytics::PeriodSums> loadPeriodSums(Database& db, int fromWeek, int toWeek, const std::string& team = {});
// The same per week.
Result<std::map<int, analytics::PeriodSums>> loadWeeklySums(Database& db, int fromWeek, int toWeek,
                                                            const std::string& team = {});

// Definitions. version 0 = the latest.
Result<analytics::ScorecardDefinition> scorecardDefinition(Database& db, int version = 0);
struct DefinitionVersion final {
    int version = 0;
    QString createdAt;
    QString note;
};
Result<std::vector<DefinitionVersion>> scorecardDefinitionVersions(Database& db);
// Validates and stores def as a new version (latest + 1); returns it.
Result<int> saveScorecardDefinition(Database& db, const analytics::ScorecardDefinition& def);

struct CoachingMark final {
    QString noteId;
    QString coachedOn;
    QString attribute;
    QString targetMetric;
    QString followUpOn;
    QString followedUpOn;
    QString stage;
    QString outcome;
};
// Coaching notes of an agent coached between the two dates (inclusive, "YYYY-MM-DD").
Result<std::vector<CoachingMark>> coachingMarks(Database& db, const std::string& agentId, const QString& from,
                                                const QString& to);

} // namespace fb::store
