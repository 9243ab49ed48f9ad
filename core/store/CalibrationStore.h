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
#include "domain/Calibration.h"

#include <QDate>
#include <QString>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fb::store {

class Database;

// Where a sample is drawn from: the interactions of one team's agents and
// of days from..to (inclusive); empty or invalid parts do not restrict.
struct SampleScope final {
    std::string team;
    QDate from, to;
};

// Draws n interactions at random (SplitMix64 seeded by seed, identical on
// every platform): any interactions, or one interaction from each of n
// agents (queues) drawn at random. Same database + n + seed + per = same draw.
// The QA page's "Evaluate a random sample" draws within a team and week.
Result<std::vector<std::string>> drawSample(Database& db, int n, quint64 seed, SamplePer per = SamplePer::Interaction,
                                            const SampleScope& scope = {});

// Validates and writes the session, participants and units in one
// transaction. Returns the session as stored (rubric version, initials, agents).
Result<CalibrationSession> createSession(Database& db, CalibrationSession session);
Result<CalibrationSession> loadSession(Database& db, const std::string& sessionId);
// Adds participants to an existing session.
Status addParticipants(Database& db, const std::string& sessionId,
                       const std::vector<CalibrationParticipant>& participants);

// Checks every score (participant and interaction of the session, attribute
// of the session's rubric, whole number within its scale, NA only where
// allowed) and writes them all or none; a score given again replaces the old one.
Status recordScores(Database& db, const std::string& sessionId, const std::vector<CalibrationScore>& scores);
// The same for several sessions at once, in one transaction.
using ScoresBySession = std::map<std::string, std::vector<CalibrationScore>>;
Status recordScores(Database& db, const ScoresBySession& bySession);

// A session with the rubric it is scored against (for checking scores before
// recording them, as the score import does to report every bad cell).
Result<ScoringSheet> loadScoringSheet(Database& db, const std::string& sessionId);

// Records the agreed score and its note, and in the same transaction writes
// it to the interaction's official evaluation (created on the first consensus
// of the interaction). Returns the evaluation id.
Result<std::string> recordConsensus(Database& db, const std::string& sessionId, const Consensus& consensus);
// Several agreed scores (typically every attribute of one interaction) in one
// transaction: all are checked first, and none is written if one is bad.
Status recordConsensus(Database& db, const std::string& sessionId, const std::vector<Consensus>& agreed);
std::string officialEvaluationId(const std::string& sessionId, const std::string& interactionId);

// Decision notes containing text (case-insensitive for ASCII letters; empty
// text = all), newest first; with attribute set, only that attribute's.
Result<std::vector<DecisionNote>> searchDecisionNotes(Database& db, const QString& text,
                                                      const std::string& attribute = {});

// The session's scores and consensus as the report reads them.
Result<analytics::CalibrationInput> loadCalibrationInput(Database& db, const std::string& sessionId);

// --- Reads for the calibration page (CalibrationQueries.cpp) ---

// Every session, newest first.
Result<std::vector<SessionSummary>> listSessions(Database& db);

// One participant's own scores (NA included as nullopt): what the blind
// entry form may show while everyone else's stay hidden.
Result<std::vector<CalibrationScore>> participantScores(Database& db, const std::string& sessionId,
                                                        const std::string& participant);

// How far each participant is, without revealing any score.
Result<std::vector<ScoringProgress>> scoringProgress(Database& db, const std::string& sessionId);

// The session's agreed scores with their notes, in unit and rubric order.
Result<std::vector<Consensus>> sessionConsensus(Database& db, const std::string& sessionId);

// Every session's scores, oldest first, for the history charts.
Result<std::vector<analytics::HistorySession>> loadCalibrationHistory(Database& db);

} // namespace fb::store
