// The agreed scores of a calibration session: each written, with its
// decision note, to the interaction's official evaluation; the search over
// those notes; and the input of the session report.
#include "common/Text.h"
#include "store/CalibrationContext.h"
#include "store/CalibrationStore.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>

#include <map>

namespace fb::store {
namespace {

using calibration::bindScore;
using calibration::trimmed;

// The Tr::tr() of this file; its strings stay under the context they had
// before CalibrationStore.cpp was split, so the translations still apply.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::CalibrationStore)
};

} // namespace

std::string officialEvaluationId(const std::string& sessionId, const std::string& interactionId)
{
    return "CAL-" + sessionId + "-" + interactionId;
}

Result<std::string> recordConsensus(Database& db, const std::string& sessionId, const Consensus& consensus)
{
    if (auto st = recordConsensus(db, sessionId, std::vector<Consensus>{consensus}); !st)
        return st.error();
    return officialEvaluationId(sessionId, consensus.interactionId);
}

Status recordConsensus(Database& db, const std::string& sessionId, const std::vector<Consensus>& agreed)
{
    auto ctx = loadScoringSheet(db, sessionId);
    if (!ctx)
        return ctx.error();
    for (const auto& c : agreed) {
        if (!ctx->unit(c.interactionId))
            return Error::plain(Tr::tr("Interaction %1 is not in session %2.").arg(q(c.interactionId), q(sessionId)));
        const auto a = ctx->attributes.find(c.attribute);
        if (a == ctx->attributes.end())
            return Error::plain(Tr::tr("%1 is not an attribute of rubric version %2.")
                                    .arg(q(c.attribute))
                                    .arg(ctx->session.rubricVersion));
        if (const QString why = scoreProblem(a->second, c.score); !why.isEmpty())
            return Error(why, {}, 0, q(c.attribute), scoreText(c.score), true);
        if (trimmed(c.note).empty())
            return Error::plain(Tr::tr("Enter a decision note for %1: why the score was agreed.").arg(q(c.attribute)));
    }

    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const QString what = Tr::tr("cannot save the consensus");
    Query cons(db,
               "INSERT INTO calibration_consensus(session_id, interaction_id, "
               "attribute, score, note, decided_on) VALUES (?, ?, ?, ?, ?, ?) "
               "ON CONFLICT(session_id, interaction_id, attribute) DO UPDATE SET score = excluded.score, "
               "note = excluded.note, decided_on = excluded.decided_on",
               what);
    if (!cons.ok())
        return cons.error();
    Query head(db,
               "INSERT INTO qa_evaluations(evaluation_id, agent_id, evaluator, evaluated_at, "
               "interaction_id, rubric_version, comment) VALUES (?, ?, ?, ?, ?, ?, ?) "
               "ON CONFLICT(evaluation_id) DO UPDATE SET evaluated_at = excluded.evaluated_at, "
               "comment = excluded.comment",
               what);
    if (!head.ok())
        return head.error();
    Query score(db,
                "INSERT INTO qa_scores(evaluation_id, attribute, score) VALUES (?, ?, ?) "
                "ON CONFLICT(evaluation_id, attribute) DO UPDATE SET score = excluded.score",
                what);
    if (!score.ok())
        return score.error();
    Query comment(db,
                  "INSERT INTO qa_score_comments(evaluation_id, attribute, comment) VALUES (?, ?, ?) "
                  "ON CONFLICT(evaluation_id, attribute) DO UPDATE SET comment = excluded.comment",
                  what);
    if (!comment.ok())
        return comment.error();
    for (const auto& c : agreed) {
        const std::string note = trimmed(c.note);
        const QDate decidedOn = c.decidedOn.isValid() ? c.decidedOn : ctx->session.heldOn;
        const std::string evaluationId = officialEvaluationId(sessionId, c.interactionId);
        cons.bind(1, sessionId);
        cons.bind(2, c.interactionId);
        cons.bind(3, c.attribute);
        bindScore(cons, 4, c.score);
        cons.bind(5, note);
        cons.bind(6, isoDay(decidedOn));
        if (auto st = cons.run(); !st)
            return st;
        cons.reset();

        head.bind(1, evaluationId);
        head.bind(2, ctx->unit(c.interactionId)->agentId);
        head.bind(3, "calibration " + sessionId);
        head.bind(4, isoDay(decidedOn) + "T00:00:00");
        head.bind(5, c.interactionId);
        head.bind(6, ctx->session.rubricVersion);
        head.bind(7, note);
        if (auto st = head.run(); !st)
            return st;
        head.reset();

        score.bind(1, evaluationId);
        score.bind(2, c.attribute);
        bindScore(score, 3, c.score);
        if (auto st = score.run(); !st)
            return st;
        score.reset();
        comment.bind(1, evaluationId);
        comment.bind(2, c.attribute);
        comment.bind(3, note);
        if (auto st = comment.run(); !st)
            return st;
        comment.reset();
    }
    return tx.value()->commit();
}

Result<std::vector<DecisionNote>> searchDecisionNotes(Database& db, const QString& text, const std::string& attribute)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    Query st(db,
             "SELECT c.session_id, s.held_on, c.interaction_id, c.attribute, c.score, "
             "c.note, c.decided_on FROM calibration_consensus c "
             "JOIN calibration_sessions s ON s.session_id = c.session_id "
             "WHERE c.note LIKE ? ESCAPE '\\' AND (?2 = '' OR c.attribute = ?2) "
             "ORDER BY c.decided_on DESC, c.session_id, c.interaction_id, c.attribute",
             Tr::tr("cannot search the decision notes"));
    st.bind(1, (QLatin1Char('%') + escaped + QLatin1Char('%')).toStdString());
    st.bind(2, attribute);
    std::vector<DecisionNote> out;
    while (st.next()) {
        DecisionNote n;
        n.sessionId = st.text(0);
        n.heldOn = st.day(1);
        n.interactionId = st.text(2);
        n.attribute = st.text(3);
        if (!st.isNull(4))
            n.score = st.real(4);
        n.note = st.text(5);
        n.decidedOn = st.day(6);
        out.push_back(std::move(n));
    }
    if (!st.ok())
        return st.error();
    return out;
}

Result<analytics::CalibrationInput> loadCalibrationInput(Database& db, const std::string& sessionId)
{
    auto ctx = loadScoringSheet(db, sessionId);
    if (!ctx)
        return ctx.error();
    analytics::CalibrationInput in;
    std::map<std::string, std::size_t> unitIndex, participantIndex, attributeIndex;
    for (const auto& u : ctx->session.units) {
        unitIndex[u.interactionId] = in.units.size();
        in.units.push_back(u.interactionId);
    }
    for (const auto& p : ctx->session.participants) {
        if (ctx->session.anchor && *ctx->session.anchor == p.name)
            in.anchor = in.participants.size();
        participantIndex[p.name] = in.participants.size();
        in.participants.push_back(p.name);
    }
    for (const auto& a : ctx->ordered) {
        attributeIndex[a.name] = in.attributes.size();
        in.attributes.push_back({a.name, a.yesNo, a.critical, a.weight, a.naAllowed});
    }
    in.scores.assign(in.attributes.size(), std::vector<std::vector<analytics::Cell>>(
                                               in.units.size(), std::vector<analytics::Cell>(in.participants.size())));
    in.consensus.assign(in.attributes.size(), std::vector<analytics::Cell>(in.units.size()));
    const QString what = Tr::tr("cannot read the scores of calibration session %1").arg(q(sessionId));
    Query st(db,
             "SELECT participant, interaction_id, attribute, score FROM calibration_scores "
             "WHERE session_id = ? AND score IS NOT NULL",
             what);
    st.bind(1, sessionId);
    while (st.next()) {
        const auto p = participantIndex.find(st.text(0));
        const auto u = unitIndex.find(st.text(1));
        const auto a = attributeIndex.find(st.text(2));
        if (p == participantIndex.end() || u == unitIndex.end() || a == attributeIndex.end())
            continue;
        in.scores[a->second][u->second][p->second] = st.real(3);
    }
    if (!st.ok())
        return st.error();
    Query cons(db,
               "SELECT interaction_id, attribute, score FROM calibration_consensus "
               "WHERE session_id = ? AND score IS NOT NULL",
               what);
    cons.bind(1, sessionId);
    while (cons.next()) {
        const auto u = unitIndex.find(cons.text(0));
        const auto a = attributeIndex.find(cons.text(1));
        if (u == unitIndex.end() || a == attributeIndex.end())
            continue;
        in.consensus[a->second][u->second] = cons.real(2);
    }
    if (!cons.ok())
        return cons.error();
    return in;
}

} // namespace fb::store
