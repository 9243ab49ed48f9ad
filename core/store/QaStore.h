#pragma once

// QA evaluations entered in Floorboard (the evaluation form): one interaction
// scored against a rubric version, with a comment per attribute; the facts
// of the interaction shown beside the form; per-attribute weekly sums for the
// agent quality view and coaching.
#include "analytics/Coaching.h"
#include "analytics/ScorecardStats.h"
#include "common/Error.h"

#include <QString>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fb::store {

class Database;

struct Evaluation final {
    std::string evaluationId; // empty: a new id is made ("E" + date + number)
    std::string agentId;
    std::string evaluator;
    QString evaluatedAt; // "YYYY-MM-DDTHH:MM:SS"
    std::string interactionId;
    int rubricVersion = 0;                         // 0: the current version
    std::vector<analytics::AttributeScore> scores; // nullopt = NA
    std::map<std::string, std::string> comments;   // per attribute
    std::string comment;
};

// Checks the scores against the rubric version (each attribute scored or NA
// where allowed, scores within the scale), then writes the evaluation, its
// scores and comments in one transaction. Returns the evaluation id.
Result<std::string> saveEvaluation(Database& db, Evaluation evaluation);
// Checks the edited evaluation as saveEvaluation does (under its own rubric
// version), keeps the stored one in record_history (RecordStore.h) and
// replaces it, scores and comments, in one transaction. `by`: who changed it.
Status updateEvaluation(Database& db, Evaluation evaluation, const std::string& by);
Result<Evaluation> loadEvaluation(Database& db, const std::string& evaluationId);
// The total of a stored evaluation under the rubric version it was scored with.
Result<std::optional<double>> evaluationTotal(Database& db, const std::string& evaluationId);

struct InteractionFacts final {
    std::string interactionId;
    std::string agentId;
    QString startedAt;
    QString channel;
    QString queue;
    std::optional<double> handleSeconds;
    std::optional<qint64> resolvedFirstContact, repeatContact, escalated, defects, csat;
    QString contactReason;
};
Result<std::optional<InteractionFacts>> interactionFacts(Database& db, const std::string& interactionId);

// Per agent and week, the sums of 100 x score / scale maximum of each
// attribute over the evaluations of weeks fromWeek..toWeek (yyyyww); scales
// come from each evaluation's own rubric version.
Status addAttributeWeeks(Database& db, int fromWeek, int toWeek, analytics::WeeklyData& into);

} // namespace fb::store
