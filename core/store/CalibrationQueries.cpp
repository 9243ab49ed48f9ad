// The reads behind the calibration page: the session list, one
// participant's own scores for blind entry, scoring progress without
// scores, the agreed scores with notes, and every session for the history.
#include "common/Text.h"
#include "store/CalibrationStore.h"
#include "store/Database.h"
#include "store/Query.h"

#include <QCoreApplication>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::CalibrationQueries)
};

} // namespace

Result<std::vector<SessionSummary>> listSessions(Database& db)
{
    Query st(db,
             "SELECT s.session_id, s.held_on, s.facilitator, "
             "(SELECT count(*) FROM calibration_participants p WHERE p.session_id = "
             "s.session_id), "
             "(SELECT count(*) FROM calibration_units u WHERE u.session_id = s.session_id), "
             "(SELECT count(DISTINCT c.interaction_id) FROM calibration_consensus c "
             "WHERE c.session_id = s.session_id) "
             "FROM calibration_sessions s ORDER BY s.held_on DESC, s.session_id DESC",
             Tr::tr("cannot list the calibration sessions"));
    std::vector<SessionSummary> out;
    while (st.next()) {
        SessionSummary s;
        s.id = st.text(0);
        s.heldOn = st.day(1);
        s.facilitator = st.text(2);
        s.participants = static_cast<int>(st.integer(3));
        s.units = static_cast<int>(st.integer(4));
        s.agreedUnits = static_cast<int>(st.integer(5));
        out.push_back(std::move(s));
    }
    if (!st.ok())
        return st.error();
    return out;
}

Result<std::vector<CalibrationScore>> participantScores(Database& db, const std::string& sessionId,
                                                        const std::string& participant)
{
    Query st(db,
             "SELECT c.interaction_id, c.attribute, c.score FROM calibration_scores c "
             "JOIN calibration_units u ON u.session_id = c.session_id "
             "AND u.interaction_id = c.interaction_id "
             "WHERE c.session_id = ? AND c.participant = ? ORDER BY u.position",
             Tr::tr("cannot read the scores of %1").arg(q(participant)));
    st.bind(1, sessionId);
    st.bind(2, participant);
    std::vector<CalibrationScore> out;
    while (st.next())
        out.push_back({participant, st.text(0), st.text(1), st.optionalReal(2)});
    if (!st.ok())
        return st.error();
    return out;
}

Result<std::vector<ScoringProgress>> scoringProgress(Database& db, const std::string& sessionId)
{
    Query st(db,
             "SELECT p.name, (SELECT count(*) FROM calibration_scores c WHERE c.session_id = "
             "p.session_id AND c.participant = p.name), "
             "(SELECT count(*) FROM calibration_units u WHERE u.session_id = p.session_id) * "
             "(SELECT count(*) FROM rubric_attributes r JOIN calibration_sessions s "
             "ON s.rubric_version = r.version WHERE s.session_id = p.session_id) "
             "FROM calibration_participants p WHERE p.session_id = ? ORDER BY p.position",
             Tr::tr("cannot read the scoring progress of session %1").arg(q(sessionId)));
    st.bind(1, sessionId);
    std::vector<ScoringProgress> out;
    while (st.next())
        out.push_back({st.text(0), st.integer(1), st.integer(2)});
    if (!st.ok())
        return st.error();
    return out;
}

Result<std::vector<Consensus>> sessionConsensus(Database& db, const std::string& sessionId)
{
    Query st(db,
             "SELECT c.interaction_id, c.attribute, c.score, c.note, c.decided_on "
             "FROM calibration_consensus c "
             "JOIN calibration_units u ON u.session_id = c.session_id "
             "AND u.interaction_id = c.interaction_id "
             "JOIN calibration_sessions s ON s.session_id = c.session_id "
             "LEFT JOIN rubric_attributes r ON r.version = s.rubric_version AND r.name = c.attribute "
             "WHERE c.session_id = ? ORDER BY u.position, r.position",
             Tr::tr("cannot read the agreed scores of session %1").arg(q(sessionId)));
    st.bind(1, sessionId);
    std::vector<Consensus> out;
    while (st.next())
        out.push_back({st.text(0), st.text(1), st.optionalReal(2), st.text(3), st.day(4)});
    if (!st.ok())
        return st.error();
    return out;
}

Result<std::vector<analytics::HistorySession>> loadCalibrationHistory(Database& db)
{
    auto sessions = listSessions(db);
    if (!sessions)
        return sessions.error();
    std::vector<analytics::HistorySession> out;
    for (auto it = sessions->rbegin(); it != sessions->rend(); ++it) {
        auto input = loadCalibrationInput(db, it->id);
        if (!input)
            return input.error();
        out.push_back({it->id, it->heldOn, std::move(input.value())});
    }
    return out;
}

} // namespace fb::store
