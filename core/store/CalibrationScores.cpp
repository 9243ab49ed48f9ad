// The participants' blind scores of a calibration session: entered on the
// shared screen or imported from CSV, each checked against the session's
// rubric, and written all or none.
#include "analytics/ReliabilityCsv.h"
#include "common/Text.h"
#include "csv/CsvReader.h"
#include "store/CalibrationContext.h"
#include "store/CalibrationStore.h"
#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <map>

namespace fb::store {
namespace {

using calibration::bindScore;
using calibration::loadContext;
using calibration::scoreProblem;
using calibration::scoreText;
using calibration::SessionContext;
using calibration::trimmed;

// The Tr::tr() of this file; its strings stay under the context they had
// before CalibrationStore.cpp was split, so the translations still apply.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::CalibrationStore)
};

using ScoresBySession = std::map<std::string, std::vector<CalibrationScore>>;

// All scores in one transaction: entered on the shared screen or imported.
Status writeScores(Database& db, const ScoresBySession& bySession)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    try {
        SQLite::Statement st(db.sql(), "INSERT OR REPLACE INTO calibration_scores(session_id, participant, "
                                       "interaction_id, attribute, score) VALUES (?, ?, ?, ?, ?)");
        for (const auto& [sessionId, scores] : bySession) {
            for (const auto& s : scores) {
                st.bind(1, sessionId);
                st.bind(2, s.participant);
                st.bind(3, s.interactionId);
                st.bind(4, s.attribute);
                bindScore(st, 5, s.score);
                st.exec();
                st.reset();
            }
        }
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot save the calibration scores"), e);
    }
    return tx.value()->commit();
}

} // namespace

Status recordScores(Database& db, const std::string& sessionId, const std::vector<CalibrationScore>& scores)
{
    auto ctx = loadContext(db, sessionId);
    if (!ctx)
        return ctx.error();
    for (const auto& s : scores) {
        if (!ctx->hasParticipant(s.participant))
            return Error::plain(Tr::tr("%1 is not a participant of session %2.").arg(q(s.participant), q(sessionId)));
        if (!ctx->unit(s.interactionId))
            return Error::plain(Tr::tr("Interaction %1 is not in session %2.").arg(q(s.interactionId), q(sessionId)));
        const auto a = ctx->attributes.find(s.attribute);
        if (a == ctx->attributes.end())
            return Error::plain(Tr::tr("%1 is not an attribute of rubric version %2.")
                                    .arg(q(s.attribute))
                                    .arg(ctx->session.rubricVersion));
        if (const QString why = scoreProblem(a->second, s.score); !why.isEmpty())
            return Error(why, {}, 0, q(s.attribute), scoreText(s.score), true);
    }
    return writeScores(db, ScoresBySession{{sessionId, scores}});
}

Result<ScoreImportReport> importScoresCsv(Database& db, const QString& path, const std::string& onlySession)
{
    auto reader = csv::CsvReader::open(path);
    if (!reader)
        return reader.error();
    csv::CsvReader& r = *reader.value();
    csv::Record rec;
    if (!r.next(rec))
        return Error(Tr::tr("the file is empty: expected a header row (evaluation_id, session, participant, "
                            "interaction_id, then one column per rubric attribute)"),
                     path);
    std::vector<std::string> header;
    for (const auto& f : rec.fields)
        header.push_back(trimmed(f));
    const char* const fixed[] = {"evaluation_id", "session", "participant", "interaction_id"};
    for (std::size_t i = 0; i < 4; ++i)
        if (header.size() <= i || header[i] != fixed[i])
            return Error(Tr::tr("column %1 must be %2").arg(i + 1).arg(QLatin1String(fixed[i])), path, rec.line,
                         header.size() > i ? q(header[i]) : QString(), header.size() > i ? q(header[i]) : QString(),
                         header.size() > i);

    ScoreImportReport report;
    std::map<std::string, std::optional<SessionContext>> contexts;
    ScoresBySession bySession;
    while (r.next(rec)) {
        ++report.rows;
        if (rec.fields.size() != header.size()) {
            report.problems.emplace_back(
                Tr::tr("this row has %1 fields, the header has %2").arg(rec.fields.size()).arg(header.size()), path,
                rec.line);
            continue;
        }
        auto bad = [&](std::size_t col, const QString& why) {
            report.problems.emplace_back(why, path, rec.line, q(header[col]), q(rec.fields[col]), true);
        };
        const std::string sessionId = trimmed(rec.fields[1]);
        if (!onlySession.empty() && sessionId != onlySession) {
            bad(1, Tr::tr("not session %1, the one being imported").arg(q(onlySession)));
            continue;
        }
        auto it = contexts.find(sessionId);
        if (it == contexts.end()) {
            auto ctx = loadContext(db, sessionId);
            it = contexts
                     .emplace(sessionId, ctx ? std::optional<SessionContext>(std::move(ctx.value()))
                                             : std::optional<SessionContext>())
                     .first;
        }
        if (!it->second) {
            bad(1, Tr::tr("no calibration session with this id"));
            continue;
        }
        const SessionContext& ctx = *it->second;
        const std::string participant = trimmed(rec.fields[2]);
        const std::string interaction = trimmed(rec.fields[3]);
        bool rowOk = true;
        if (!ctx.hasParticipant(participant)) {
            bad(2, Tr::tr("not a participant of session %1").arg(q(sessionId)));
            rowOk = false;
        }
        if (!ctx.unit(interaction)) {
            bad(3, Tr::tr("not an interaction of session %1").arg(q(sessionId)));
            rowOk = false;
        }
        std::vector<CalibrationScore> rowScores;
        for (std::size_t c = 4; c < header.size(); ++c) {
            const std::string text = trimmed(rec.fields[c]);
            if (text.empty())
                continue; // not scored
            const auto a = ctx.attributes.find(header[c]);
            if (a == ctx.attributes.end()) {
                bad(c, Tr::tr("not an attribute of rubric version %1").arg(ctx.session.rubricVersion));
                rowOk = false;
                continue;
            }
            const auto score = analytics::parseScore(text, false);
            if (!score) {
                bad(c, Tr::tr("not a number (leave the cell empty when not scored, NA for not applicable)"));
                rowOk = false;
                continue;
            }
            if (const QString why = scoreProblem(a->second, *score); !why.isEmpty()) {
                bad(c, why);
                rowOk = false;
                continue;
            }
            rowScores.push_back({participant, interaction, header[c], *score});
        }
        if (rowOk) {
            auto& into = bySession[sessionId];
            into.insert(into.end(), rowScores.begin(), rowScores.end());
        }
    }
    for (const auto& p : r.problems())
        report.problems.emplace_back(p.message, path, p.line);
    if (r.failed() && r.problems().empty())
        report.problems.emplace_back(Tr::tr("the file could not be read to its end"), path);
    if (!report.problems.empty())
        return report;

    if (auto st = writeScores(db, bySession); !st)
        return st.error();
    for (const auto& [sessionId, scores] : bySession)
        report.scores += qint64(scores.size());
    return report;
}

} // namespace fb::store
