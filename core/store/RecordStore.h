#pragma once

// Finding QA evaluations and coaching notes again, and changing them with
// their history kept (docs/gui.md, "Evaluations and notes"): filtered lists,
// newest first, with the total; an edit saves the record as it was into
// record_history before changing it; a delete saves it there too, so the
// delete can be undone exactly. Every write is one transaction.
#include "analytics/Coaching.h"
#include "common/Error.h"
#include "store/QaStore.h"

#include <QDate>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace fb::store {

class Database;

// A list shows at most this many rows; the total counts them all.
inline constexpr int kRecordListLimit = 500;

enum class RecordKind { Evaluation, CoachingNote };

struct EvaluationFilter final {
    std::string team;      // empty: every team
    std::string agentId;   // empty: every agent
    std::string evaluator; // empty: everyone
    QDate from, to;        // evaluated_at within from..to (days, inclusive); invalid: open
    enum class Result { Any, Pass, Fail } result = Result::Any; // against the quality gate
    int limit = kRecordListLimit;
};

struct EvaluationRow final {
    std::string evaluationId;
    std::string agentId, agentName, team;
    std::string evaluator;
    QString evaluatedAt; // "YYYY-MM-DDTHH:MM:SS"
    std::string interactionId;
    std::optional<double> total; // 0-100 under the evaluation's rubric version
    int edits = 0;
};

struct EvaluationList final {
    std::vector<EvaluationRow> rows;     // newest first, at most filter.limit
    qint64 total = 0;                    // every row the filter matches
    double gate = 0;                     // the quality gate pass/fail was judged against
    std::vector<std::string> evaluators; // everyone who evaluated, for the filter
};

// Evaluations matching the filter; pass means a total at or above the
// current scorecard definition's quality gate.
Result<EvaluationList> listEvaluations(Database& db, const EvaluationFilter& filter);

struct NoteFilter final {
    std::string team, agentId, coach;
    QDate from, to;           // coached_on within from..to (inclusive); invalid: open
    std::string attribute;    // the behaviour coached, or empty
    std::string targetMetric; // or empty
    enum class FollowUp { Any, Open, Done } followUp = FollowUp::Any;
    int limit = kRecordListLimit;
};

struct NoteRow final {
    analytics::CoachingNote note;
    std::string agentName, team;
    int edits = 0;
};

struct NoteList final {
    std::vector<NoteRow> rows; // newest first (coached_on, then note id)
    qint64 total = 0;
    std::vector<std::string> coaches; // everyone who coached, for the filter
};

Result<NoteList> listCoachingNotes(Database& db, const NoteFilter& filter);
Result<analytics::CoachingNote> loadCoachingNote(Database& db, const std::string& noteId);

// One earlier version of a record: what it was before `action` by `by` at `at`.
struct HistoryEntry final {
    qint64 id = 0;
    std::string action; // "edit" or "delete"
    std::string by;
    QString at;           // "YYYY-MM-DDTHH:MM:SS"
    std::string snapshot; // the record before the change (JSON)
};

// The edits of a record, oldest first (deletions that were undone are gone).
Result<std::vector<HistoryEntry>> recordHistory(Database& db, RecordKind kind, const std::string& id);
// The earlier versions, read back from a history entry's snapshot.
Result<Evaluation> evaluationSnapshot(const HistoryEntry& entry);
Result<analytics::CoachingNote> noteSnapshot(const HistoryEntry& entry);

// (updateEvaluation is in QaStore.h, beside saveEvaluation.)
// Checks the note as saveCoachingNote does and replaces the parts the form
// edits; the follow-up (date, outcome, value then) stays as it is.
Status updateCoachingNote(Database& db, const analytics::CoachingNote& note, const std::string& by);

// Deletes the record (an evaluation with its scores and comments, a note with
// its follow-up value), keeping it whole in the history.
Status deleteRecord(Database& db, RecordKind kind, const std::string& id, const std::string& by);
// Undoes the latest delete of the record: writes it back exactly as it was
// and removes that history entry.
Status undoDelete(Database& db, RecordKind kind, const std::string& id);

// "Evaluate a random sample": n contacts of a team's agents in ISO week
// `week` (yyyyww), drawn by the calibration sampler (drawSample, SampleScope)
// with `seed`, in the order drawn, each with the evaluations it already has.
struct SampledContact final {
    std::string interactionId, agentId, agentName;
    QString startedAt;
    std::vector<std::string> evaluationIds;
};
Result<std::vector<SampledContact>> sampleToEvaluate(Database& db, int n, quint64 seed, const std::string& team,
                                                     int week);

} // namespace fb::store
