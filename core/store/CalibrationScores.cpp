// The participants' blind scores of a calibration session, entered on the
// shared screen or imported from CSV (core/import/CalibrationScoresImport),
// each checked against the session's rubric and written all or none.
#include "common/Text.h"
#include "store/CalibrationContext.h"
#include "store/CalibrationStore.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/Transaction.h"

#include <QCoreApplication>

#include <map>

namespace fb::store {
namespace {

using calibration::bindScore;

// The Tr::tr() of this file; its strings stay under the context they had
// before CalibrationStore.cpp was split, so the translations still apply.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::CalibrationStore)
};

// All scores in one transaction: entered on the shared screen or imported.
Status writeScores(Database& db, const ScoresBySession& bySession)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    Query st(db,
             "INSERT INTO calibration_scores(session_id, participant, interaction_id, attribute, score) "
             "VALUES (?, ?, ?, ?, ?) ON CONFLICT(session_id, participant, interaction_id, attribute) "
             "DO UPDATE SET score = excluded.score",
             Tr::tr("cannot save the calibration scores"));
    for (const auto& [sessionId, scores] : bySession) {
        for (const auto& s : scores) {
            st.bind(1, sessionId);
            st.bind(2, s.participant);
            st.bind(3, s.interactionId);
            st.bind(4, s.attribute);
            bindScore(st, 5, s.score);
            if (auto ok = st.run(); !ok)
                return ok;
            st.reset();
        }
    }
    if (!st.ok())
        return st.error();
    return tx.value()->commit();
}

} // namespace

namespace {

Status checkScores(const ScoringSheet& ctx, const std::vector<CalibrationScore>& scores)
{
    const std::string& sessionId = ctx.session.id;
    for (const auto& s : scores) {
        if (!ctx.hasParticipant(s.participant))
            return Error::plain(Tr::tr("%1 is not a participant of session %2.").arg(q(s.participant), q(sessionId)));
        if (!ctx.unit(s.interactionId))
            return Error::plain(Tr::tr("Interaction %1 is not in session %2.").arg(q(s.interactionId), q(sessionId)));
        const auto a = ctx.attributes.find(s.attribute);
        if (a == ctx.attributes.end())
            return Error::plain(Tr::tr("%1 is not an attribute of rubric version %2.")
                                    .arg(q(s.attribute))
                                    .arg(ctx.session.rubricVersion));
        if (const QString why = scoreProblem(a->second, s.score); !why.isEmpty())
            return Error(why, {}, 0, q(s.attribute), scoreText(s.score), true);
    }
    return {};
}

} // namespace

Status recordScores(Database& db, const std::string& sessionId, const std::vector<CalibrationScore>& scores)
{
    return recordScores(db, ScoresBySession{{sessionId, scores}});
}

Status recordScores(Database& db, const ScoresBySession& bySession)
{
    for (const auto& [sessionId, scores] : bySession) {
        auto ctx = loadScoringSheet(db, sessionId);
        if (!ctx)
            return ctx.error();
        if (auto ok = checkScores(ctx.value(), scores); !ok)
            return ok;
    }
    return writeScores(db, bySession);
}

} // namespace fb::store
