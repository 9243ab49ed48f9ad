#pragma once

// Calibration sessions in the store (SchemaCalibration.cpp): creating a
// session with its participants and sampled interactions, the participants'
// blind scores (entered or imported from CSV), the agreed scores with their
// decision notes, and the input of the session report. Participants' scores
// never reach qa_evaluations; a consensus score is written to the
// interaction's official evaluation "CAL-<session>-<interaction>".
#include "analytics/CalibrationHistory.h"
#include "analytics/CalibrationReport.h"
#include "common/Error.h"

#include <QDate>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace fb::store {

class Database;

struct CalibrationParticipant final {
    std::string name;
    std::string initials; // empty: made from the name ("Jonas Weber" -> "JW")
};

struct CalibrationUnit final {
    int position = 0; // 1-based order in the session
    std::string interactionId;
    std::string agentId; // filled from interactions on create
};

struct CalibrationSession final {
    std::string id; // letters, digits, '-' and '_'
    QDate heldOn;
    std::string facilitator;
    std::optional<std::string> anchor; // one of the participants
    std::optional<quint64> seed;       // the seed of the random draw, shown so it can be repeated
    int rubricVersion = 0;             // 0: the current version
    std::vector<CalibrationParticipant> participants;
    std::vector<CalibrationUnit> units; // on create only interactionId is read
};

enum class SamplePer { Interaction, Agent, Queue };

// Draws n interactions at random (SplitMix64 seeded by seed, identical on
// every platform): any interactions, or one interaction from each of n
// agents (queues) drawn at random. Same database + n + seed + per = same draw.
Result<std::vector<std::string>> drawSample(Database& db, int n, quint64 seed, SamplePer per = SamplePer::Interaction);

// Validates and writes the session, participants and units in one
// transaction. Returns the session as stored (rubric version, initials, agents).
Result<CalibrationSession> createSession(Database& db, CalibrationSession session);
Result<CalibrationSession> loadSession(Database& db, const std::string& sessionId);
// Adds participants to an existing session.
Status addParticipants(Database& db, const std::string& sessionId,
                       const std::vector<CalibrationParticipant>& participants);

struct CalibrationScore final {
    std::string participant;
    std::string interactionId;
    std::string attribute;
    std::optional<double> score; // nullopt = NA (where the rubric allows it)
};

// Checks every score (participant and interaction of the session, attribute
// of the session's rubric, whole number within its scale, NA only where
// allowed) and writes them all or none; a score given again replaces the old one.
Status recordScores(Database& db, const std::string& sessionId, const std::vector<CalibrationScore>& scores);

struct ScoreImportReport final {
    qint64 rows = 0;
    qint64 scores = 0;           // written (0 when there are problems)
    std::vector<Error> problems; // every bad value, with file, line, column, value
};

// Imports scores from CSV: columns evaluation_id, session, participant,
// interaction_id, then one column per rubric attribute (an empty cell = not
// scored, NA = NA). Nothing is written if any row is bad. With onlySession
// set, a row of any other session is a bad row.
Result<ScoreImportReport> importScoresCsv(Database& db, const QString& path, const std::string& onlySession = {});

struct Consensus final {
    std::string interactionId;
    std::string attribute;
    std::optional<double> score; // nullopt = NA
    std::string note;            // why; required
    QDate decidedOn;             // invalid: the session's date
};

// Records the agreed score and its note, and in the same transaction writes
// it to the interaction's official evaluation (created on the first consensus
// of the interaction). Returns the evaluation id.
Result<std::string> recordConsensus(Database& db, const std::string& sessionId, const Consensus& consensus);
// Several agreed scores (typically every attribute of one interaction) in one
// transaction: all are checked first, and none is written if one is bad.
Status recordConsensus(Database& db, const std::string& sessionId, const std::vector<Consensus>& agreed);
std::string officialEvaluationId(const std::string& sessionId, const std::string& interactionId);

struct DecisionNote final {
    std::string sessionId;
    QDate heldOn;
    std::string interactionId;
    std::string attribute;
    std::optional<double> score;
    std::string note;
    QDate decidedOn;
};

// Decision notes containing text (case-insensitive for ASCII letters; empty
// text = all), newest first; with attribute set, only that attribute's.
Result<std::vector<DecisionNote>> searchDecisionNotes(Database& db, const QString& text,
                                                      const std::string& attribute = {});

// The session's scores and consensus as the report reads them.
Result<analytics::CalibrationInput> loadCalibrationInput(Database& db, const std::string& sessionId);

// --- Reads for the calibration page (CalibrationQueries.cpp) ---

struct SessionSummary final {
    std::string id;
    QDate heldOn;
    std::string facilitator;
    int participants = 0;
    int units = 0;
    int agreedUnits = 0; // interactions with at least one agreed score
};

// Every session, newest first.
Result<std::vector<SessionSummary>> listSessions(Database& db);

// One participant's own scores (NA included as nullopt): what the blind
// entry form may show while everyone else's stay hidden.
Result<std::vector<CalibrationScore>> participantScores(Database& db, const std::string& sessionId,
                                                        const std::string& participant);

struct ScoringProgress final {
    std::string participant;
    qint64 scored = 0;   // scores given (NA counts as given)
    qint64 expected = 0; // units x rubric attributes
};
// How far each participant is, without revealing any score.
Result<std::vector<ScoringProgress>> scoringProgress(Database& db, const std::string& sessionId);

// The session's agreed scores with their notes, in unit and rubric order.
Result<std::vector<Consensus>> sessionConsensus(Database& db, const std::string& sessionId);

// Every session's scores, oldest first, for the history charts.
Result<std::vector<analytics::HistorySession>> loadCalibrationHistory(Database& db);

} // namespace fb::store
