#include "store/CalibrationStore.h"

#include "analytics/ReliabilityCsv.h"
#include "common/Text.h"
#include "csv/CsvReader.h"
#include "store/Database.h"
#include "store/RubricStore.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <set>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::CalibrationStore)
};

std::string trimmed(const std::string& s)
{
    return QString::fromStdString(s).trimmed().toStdString();
}

QDate dateOf(const SQLite::Column& c)
{
    return dateColumn(c);
}

std::string isoDate(QDate d)
{
    return d.toString(Qt::ISODate).toStdString();
}

std::string initialsOf(const std::string& name)
{
    std::string out;
    const auto words = QString::fromStdString(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const auto& w : words)
        out += w.left(1).toUpper().toStdString();
    return out;
}

void bindScore(SQLite::Statement& st, int i, const std::optional<double>& v)
{
    if (v)
        st.bind(i, static_cast<int64_t>(std::llround(*v)));
    else
        st.bind(i);
}

// A session with the rubric it is scored against.
struct SessionContext {
    CalibrationSession session;
    std::map<std::string, RubricAttribute> attributes;
    std::vector<RubricAttribute> ordered;

    [[nodiscard]] bool hasParticipant(const std::string& name) const
    {
        return std::any_of(session.participants.begin(), session.participants.end(),
                           [&](const auto& p) { return p.name == name; });
    }
    [[nodiscard]] const CalibrationUnit* unit(const std::string& interactionId) const
    {
        for (const auto& u : session.units)
            if (u.interactionId == interactionId)
                return &u;
        return nullptr;
    }
};

Result<SessionContext> loadContext(Database& db, const std::string& sessionId)
{
    auto session = loadSession(db, sessionId);
    if (!session)
        return session.error();
    auto rubric = loadRubric(db, session->rubricVersion);
    if (!rubric)
        return rubric.error();
    SessionContext ctx;
    ctx.session = std::move(session.value());
    ctx.ordered = rubric->attributes;
    for (const auto& a : rubric->attributes)
        ctx.attributes[a.name] = a;
    return ctx;
}

// Why a score is not acceptable for the attribute; empty when it is.
QString scoreProblem(const RubricAttribute& a, const std::optional<double>& score)
{
    if (!score)
        return a.naAllowed ? QString() : Tr::tr("NA is not allowed for this attribute");
    const double max = a.yesNo ? 1 : 4;
    if (*score < 0 || *score > max || std::floor(*score) != *score)
        return a.yesNo ? Tr::tr("outside the scale 0-1 (0 = no, 1 = yes)")
                       : Tr::tr("outside the scale 0-4 (whole numbers)");
    return {};
}

QString scoreText(const std::optional<double>& score)
{
    return score ? QString::number(*score) : QStringLiteral("NA");
}

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

Result<CalibrationSession> createSession(Database& db, CalibrationSession s)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!idPattern.match(q(s.id)).hasMatch())
        return Error::plain(Tr::tr("The session id '%1' must be letters, digits, '-' or '_'.").arg(q(s.id)));
    if (!s.heldOn.isValid())
        return Error::plain(Tr::tr("Enter the date of the session."));
    s.facilitator = trimmed(s.facilitator);
    if (s.facilitator.empty())
        return Error::plain(Tr::tr("Enter the facilitator."));
    if (s.participants.empty())
        return Error::plain(Tr::tr("Name at least one participant."));
    std::set<std::string> names;
    for (auto& p : s.participants) {
        p.name = trimmed(p.name);
        if (p.name.empty())
            return Error::plain(Tr::tr("A participant has no name."));
        if (!names.insert(p.name).second)
            return Error::plain(Tr::tr("%1 is named twice among the participants.").arg(q(p.name)));
        if (trimmed(p.initials).empty())
            p.initials = initialsOf(p.name);
    }
    if (s.anchor) {
        s.anchor = trimmed(*s.anchor);
        if (!names.count(*s.anchor))
            return Error::plain(Tr::tr("The anchor %1 is not one of the participants.").arg(q(*s.anchor)));
    }
    if (s.units.empty())
        return Error::plain(Tr::tr("Choose at least one interaction."));
    std::set<std::string> unitIds;
    for (auto& u : s.units)
        if (!unitIds.insert(u.interactionId).second)
            return Error::plain(Tr::tr("Interaction %1 is chosen twice.").arg(q(u.interactionId)));
    auto rubric = loadRubric(db, s.rubricVersion);
    if (!rubric)
        return rubric.error();
    s.rubricVersion = rubric->version;

    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    try {
        SQLite::Statement exists(db.sql(), "SELECT 1 FROM calibration_sessions WHERE session_id = ?");
        exists.bind(1, s.id);
        if (exists.executeStep())
            return Error::plain(Tr::tr("A calibration session with id %1 already exists.").arg(q(s.id)));
        SQLite::Statement head(db.sql(), "INSERT INTO calibration_sessions(session_id, held_on, facilitator, anchor, "
                                         "seed, rubric_version) VALUES (?, ?, ?, ?, ?, ?)");
        head.bind(1, s.id);
        head.bind(2, isoDate(s.heldOn));
        head.bind(3, s.facilitator);
        if (s.anchor)
            head.bind(4, *s.anchor);
        else
            head.bind(4);
        if (s.seed)
            head.bind(5, static_cast<int64_t>(*s.seed)); // stored as its 64-bit pattern
        else
            head.bind(5);
        head.bind(6, s.rubricVersion);
        head.exec();
        SQLite::Statement part(db.sql(), "INSERT INTO calibration_participants(session_id, name, initials, position) "
                                         "VALUES (?, ?, ?, ?)");
        int position = 0;
        for (const auto& p : s.participants) {
            part.bind(1, s.id);
            part.bind(2, p.name);
            part.bind(3, p.initials);
            part.bind(4, ++position);
            part.exec();
            part.reset();
        }
        SQLite::Statement agent(db.sql(), "SELECT agent_id FROM interactions WHERE interaction_id = ?");
        SQLite::Statement unit(db.sql(), "INSERT INTO calibration_units(session_id, position, interaction_id, "
                                         "agent_id) VALUES (?, ?, ?, ?)");
        position = 0;
        for (auto& u : s.units) {
            agent.bind(1, u.interactionId);
            if (!agent.executeStep())
                return Error::plain(Tr::tr("Interaction %1 does not exist.").arg(q(u.interactionId)));
            u.agentId = agent.getColumn(0).getString();
            agent.reset();
            u.position = ++position;
            unit.bind(1, s.id);
            unit.bind(2, u.position);
            unit.bind(3, u.interactionId);
            unit.bind(4, u.agentId);
            unit.exec();
            unit.reset();
        }
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot save the calibration session"), e);
    }
    if (auto c = tx.value()->commit(); !c)
        return c.error();
    return s;
}

Result<CalibrationSession> loadSession(Database& db, const std::string& sessionId)
{
    try {
        SQLite::Statement head(db.sql(), "SELECT held_on, facilitator, anchor, seed, rubric_version "
                                         "FROM calibration_sessions WHERE session_id = ?");
        head.bind(1, sessionId);
        if (!head.executeStep())
            return Error::plain(Tr::tr("no calibration session with id %1").arg(q(sessionId)));
        CalibrationSession s;
        s.id = sessionId;
        s.heldOn = dateOf(head.getColumn(0));
        s.facilitator = head.getColumn(1).getString();
        if (!head.getColumn(2).isNull())
            s.anchor = head.getColumn(2).getString();
        if (!head.getColumn(3).isNull())
            s.seed = static_cast<quint64>(head.getColumn(3).getInt64());
        s.rubricVersion = head.getColumn(4).getInt();
        SQLite::Statement part(db.sql(), "SELECT name, initials FROM calibration_participants WHERE session_id = ? "
                                         "ORDER BY position");
        part.bind(1, sessionId);
        while (part.executeStep())
            s.participants.push_back({part.getColumn(0).getString(), part.getColumn(1).getString()});
        SQLite::Statement unit(db.sql(), "SELECT position, interaction_id, agent_id FROM calibration_units "
                                         "WHERE session_id = ? ORDER BY position");
        unit.bind(1, sessionId);
        while (unit.executeStep())
            s.units.push_back(
                {unit.getColumn(0).getInt(), unit.getColumn(1).getString(), unit.getColumn(2).getString()});
        return s;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read calibration session %1").arg(q(sessionId)), e);
    }
}

Status addParticipants(Database& db, const std::string& sessionId,
                       const std::vector<CalibrationParticipant>& participants)
{
    auto session = loadSession(db, sessionId);
    if (!session)
        return session.error();
    std::set<std::string> names;
    for (const auto& p : session->participants)
        names.insert(p.name);
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    try {
        SQLite::Statement part(db.sql(), "INSERT INTO calibration_participants(session_id, name, initials, position) "
                                         "VALUES (?, ?, ?, ?)");
        int position = static_cast<int>(session->participants.size());
        for (const auto& p : participants) {
            const std::string name = trimmed(p.name);
            if (name.empty())
                return Error::plain(Tr::tr("A participant has no name."));
            if (!names.insert(name).second)
                return Error::plain(Tr::tr("%1 is already a participant.").arg(q(name)));
            part.bind(1, sessionId);
            part.bind(2, name);
            part.bind(3, trimmed(p.initials).empty() ? initialsOf(name) : trimmed(p.initials));
            part.bind(4, ++position);
            part.exec();
            part.reset();
        }
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot add the participants"), e);
    }
    return tx.value()->commit();
}

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
    auto ctx = loadContext(db, sessionId);
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
    try {
        SQLite::Statement cons(db.sql(), "INSERT OR REPLACE INTO calibration_consensus(session_id, interaction_id, "
                                         "attribute, score, note, decided_on) VALUES (?, ?, ?, ?, ?, ?)");
        SQLite::Statement head(db.sql(),
                               "INSERT INTO qa_evaluations(evaluation_id, agent_id, evaluator, evaluated_at, "
                               "interaction_id, rubric_version, comment) VALUES (?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT(evaluation_id) DO UPDATE SET evaluated_at = excluded.evaluated_at, "
                               "comment = excluded.comment");
        SQLite::Statement score(db.sql(),
                                "INSERT OR REPLACE INTO qa_scores(evaluation_id, attribute, score) VALUES (?, ?, ?)");
        SQLite::Statement comment(db.sql(), "INSERT OR REPLACE INTO qa_score_comments(evaluation_id, attribute, "
                                            "comment) VALUES (?, ?, ?)");
        for (const auto& c : agreed) {
            const std::string note = trimmed(c.note);
            const QDate decidedOn = c.decidedOn.isValid() ? c.decidedOn : ctx->session.heldOn;
            const std::string evaluationId = officialEvaluationId(sessionId, c.interactionId);
            cons.bind(1, sessionId);
            cons.bind(2, c.interactionId);
            cons.bind(3, c.attribute);
            bindScore(cons, 4, c.score);
            cons.bind(5, note);
            cons.bind(6, isoDate(decidedOn));
            cons.exec();
            cons.reset();

            head.bind(1, evaluationId);
            head.bind(2, ctx->unit(c.interactionId)->agentId);
            head.bind(3, "calibration " + sessionId);
            head.bind(4, isoDate(decidedOn) + "T00:00:00");
            head.bind(5, c.interactionId);
            head.bind(6, ctx->session.rubricVersion);
            head.bind(7, note);
            head.exec();
            head.reset();

            score.bind(1, evaluationId);
            score.bind(2, c.attribute);
            bindScore(score, 3, c.score);
            score.exec();
            score.reset();
            comment.bind(1, evaluationId);
            comment.bind(2, c.attribute);
            comment.bind(3, note);
            comment.exec();
            comment.reset();
        }
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot save the consensus"), e);
    }
    return tx.value()->commit();
}

Result<std::vector<DecisionNote>> searchDecisionNotes(Database& db, const QString& text, const std::string& attribute)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    try {
        SQLite::Statement st(db.sql(), "SELECT c.session_id, s.held_on, c.interaction_id, c.attribute, c.score, "
                                       "c.note, c.decided_on FROM calibration_consensus c "
                                       "JOIN calibration_sessions s ON s.session_id = c.session_id "
                                       "WHERE c.note LIKE ? ESCAPE '\\' AND (?2 = '' OR c.attribute = ?2) "
                                       "ORDER BY c.decided_on DESC, c.session_id, c.interaction_id, c.attribute");
        st.bind(1, (QLatin1Char('%') + escaped + QLatin1Char('%')).toStdString());
        st.bind(2, attribute);
        std::vector<DecisionNote> out;
        while (st.executeStep()) {
            DecisionNote n;
            n.sessionId = st.getColumn(0).getString();
            n.heldOn = dateOf(st.getColumn(1));
            n.interactionId = st.getColumn(2).getString();
            n.attribute = st.getColumn(3).getString();
            if (!st.getColumn(4).isNull())
                n.score = st.getColumn(4).getDouble();
            n.note = st.getColumn(5).getString();
            n.decidedOn = dateOf(st.getColumn(6));
            out.push_back(std::move(n));
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot search the decision notes"), e);
    }
}

Result<analytics::CalibrationInput> loadCalibrationInput(Database& db, const std::string& sessionId)
{
    auto ctx = loadContext(db, sessionId);
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
    try {
        SQLite::Statement st(db.sql(), "SELECT participant, interaction_id, attribute, score FROM calibration_scores "
                                       "WHERE session_id = ? AND score IS NOT NULL");
        st.bind(1, sessionId);
        while (st.executeStep()) {
            const auto p = participantIndex.find(st.getColumn(0).getString());
            const auto u = unitIndex.find(st.getColumn(1).getString());
            const auto a = attributeIndex.find(st.getColumn(2).getString());
            if (p == participantIndex.end() || u == unitIndex.end() || a == attributeIndex.end())
                continue;
            in.scores[a->second][u->second][p->second] = st.getColumn(3).getDouble();
        }
        SQLite::Statement cons(db.sql(), "SELECT interaction_id, attribute, score FROM calibration_consensus "
                                         "WHERE session_id = ? AND score IS NOT NULL");
        cons.bind(1, sessionId);
        while (cons.executeStep()) {
            const auto u = unitIndex.find(cons.getColumn(0).getString());
            const auto a = attributeIndex.find(cons.getColumn(1).getString());
            if (u == unitIndex.end() || a == attributeIndex.end())
                continue;
            in.consensus[a->second][u->second] = cons.getColumn(2).getDouble();
        }
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read the scores of calibration session %1").arg(q(sessionId)), e);
    }
    return in;
}

} // namespace fb::store
