#include "store/QaStore.h"

#include "common/IsoWeek.h"
#include "store/Database.h"
#include "store/RecordSnapshot.h"
#include "store/RubricStore.h"
#include "store/SqlValues.h"

#include <QCoreApplication>
#include <QDate>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <algorithm>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::QaStore)
};

template <typename T> std::optional<T> opt(const SQLite::Column& c)
{
    if (c.isNull())
        return std::nullopt;
    if constexpr (std::is_same_v<T, double>)
        return c.getDouble();
    else
        return static_cast<T>(c.getInt64());
}

} // namespace

namespace {

// The rules an evaluation keeps, whether new or edited: who, when, and every
// attribute of its rubric version scored within its scale (NA where allowed).
Result<FullRubric> checkEvaluation(Database& db, Evaluation& ev)
{
    auto rubric = loadRubric(db, ev.rubricVersion);
    if (!rubric)
        return rubric.error();
    ev.rubricVersion = rubric->version;
    if (QString::fromStdString(ev.agentId).trimmed().isEmpty())
        return Error::plain(Tr::tr("Choose the agent evaluated."));
    if (QString::fromStdString(ev.evaluator).trimmed().isEmpty())
        return Error::plain(Tr::tr("Enter the evaluator."));
    if (ev.evaluatedAt.isEmpty())
        return Error::plain(Tr::tr("Enter the date of the evaluation."));
    QStringList unscored;
    for (const auto& a : rubric->attributes) {
        const auto s =
            std::find_if(ev.scores.begin(), ev.scores.end(), [&](const auto& p) { return p.first == a.name; });
        const QString name = QString::fromStdString(a.name);
        if (s == ev.scores.end() || (!s->second && !a.naAllowed)) {
            unscored << name;
            continue;
        }
        if (s->second && (*s->second < 0 || *s->second > (a.yesNo ? 1 : 4)))
            return Error::plain(Tr::tr("The score of %1 is outside its scale.").arg(name));
    }
    if (!unscored.isEmpty())
        return Error::plain(
            Tr::tr("Score every attribute (NA is not allowed for: %1).").arg(unscored.join(QStringLiteral(", "))));
    return rubric;
}

// Inserts the evaluation's row, scores and comments (inside the caller's transaction).
void insertEvaluation(Database& db, const Evaluation& ev, const FullRubric& rubric)
{
    SQLite::Statement head(db.sql(), "INSERT INTO qa_evaluations(evaluation_id, agent_id, evaluator, evaluated_at, "
                                     "interaction_id, rubric_version, comment) VALUES (?, ?, ?, ?, ?, ?, ?)");
    head.bind(1, ev.evaluationId);
    head.bind(2, ev.agentId);
    head.bind(3, ev.evaluator);
    head.bind(4, ev.evaluatedAt.toStdString());
    bindTextOrNull(head, 5, ev.interactionId);
    head.bind(6, ev.rubricVersion);
    bindTextOrNull(head, 7, ev.comment);
    head.exec();
    SQLite::Statement score(db.sql(), "INSERT INTO qa_scores(evaluation_id, attribute, score) VALUES (?, ?, ?)");
    SQLite::Statement note(db.sql(),
                           "INSERT INTO qa_score_comments(evaluation_id, attribute, comment) VALUES (?, ?, ?)");
    for (const auto& a : rubric.attributes) {
        const auto s =
            std::find_if(ev.scores.begin(), ev.scores.end(), [&](const auto& p) { return p.first == a.name; });
        score.bind(1, ev.evaluationId);
        score.bind(2, a.name);
        if (s->second)
            score.bind(3, *s->second);
        else
            score.bind(3);
        score.exec();
        score.reset();
        if (auto c = ev.comments.find(a.name);
            c != ev.comments.end() && !QString::fromStdString(c->second).trimmed().isEmpty()) {
            note.bind(1, ev.evaluationId);
            note.bind(2, a.name);
            note.bind(3, c->second);
            note.exec();
            note.reset();
        }
    }
}

} // namespace

Result<std::string> saveEvaluation(Database& db, Evaluation ev)
{
    auto rubric = checkEvaluation(db, ev);
    if (!rubric)
        return rubric.error();
    try {
        SQLite::Transaction tx(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        if (ev.evaluationId.empty()) {
            const std::string prefix =
                fmt::format("E{}-", QDate::currentDate().toString(QStringLiteral("yyyyMMdd")).toStdString());
            SQLite::Statement exists(db.sql(), "SELECT 1 FROM qa_evaluations WHERE evaluation_id = ?");
            for (int i = 1;; ++i) {
                ev.evaluationId = fmt::format("{}{:03}", prefix, i);
                exists.bind(1, ev.evaluationId);
                const bool taken = exists.executeStep();
                exists.reset();
                if (!taken)
                    break;
            }
        }
        insertEvaluation(db, ev, rubric.value());
        tx.commit();
        return ev.evaluationId;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot save the evaluation"), e);
    }
}

Status updateEvaluation(Database& db, Evaluation ev, const std::string& by)
{
    if (QString::fromStdString(by).trimmed().isEmpty())
        return Error::plain(Tr::tr("Enter your name (File ▸ My Team and Name…) so the change says who made it."));
    auto rubric = checkEvaluation(db, ev);
    if (!rubric)
        return rubric.error();
    try {
        SQLite::Transaction tx(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        const std::string before = snapshotRecord(db.sql(), RecordKind::Evaluation, ev.evaluationId);
        if (before.empty())
            return Error::plain(Tr::tr("evaluation %1 does not exist (deleted meanwhile?)")
                                    .arg(QString::fromStdString(ev.evaluationId)));
        writeHistory(db.sql(), RecordKind::Evaluation, ev.evaluationId, "edit", by, before);
        deleteRecordRows(db.sql(), RecordKind::Evaluation, ev.evaluationId);
        insertEvaluation(db, ev, rubric.value());
        tx.commit();
        return {};
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot save the evaluation"), e);
    }
}

Result<Evaluation> loadEvaluation(Database& db, const std::string& evaluationId)
{
    try {
        SQLite::Statement head(db.sql(),
                               "SELECT agent_id, evaluator, evaluated_at, coalesce(interaction_id, ''), "
                               "rubric_version, coalesce(comment, '') FROM qa_evaluations WHERE evaluation_id = ?");
        head.bind(1, evaluationId);
        if (!head.executeStep())
            return Error::plain(Tr::tr("evaluation %1 does not exist").arg(QString::fromStdString(evaluationId)));
        Evaluation ev;
        ev.evaluationId = evaluationId;
        ev.agentId = head.getColumn(0).getString();
        ev.evaluator = head.getColumn(1).getString();
        ev.evaluatedAt = QString::fromStdString(head.getColumn(2).getString());
        ev.interactionId = head.getColumn(3).getString();
        ev.rubricVersion = head.getColumn(4).getInt();
        ev.comment = head.getColumn(5).getString();
        SQLite::Statement sc(db.sql(), "SELECT attribute, score FROM qa_scores WHERE evaluation_id = ?");
        sc.bind(1, evaluationId);
        while (sc.executeStep())
            ev.scores.emplace_back(sc.getColumn(0).getString(), opt<int>(sc.getColumn(1)));
        SQLite::Statement cm(db.sql(), "SELECT attribute, comment FROM qa_score_comments WHERE evaluation_id = ?");
        cm.bind(1, evaluationId);
        while (cm.executeStep())
            ev.comments[cm.getColumn(0).getString()] = cm.getColumn(1).getString();
        return ev;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read the evaluation"), e);
    }
}

Result<std::optional<double>> evaluationTotal(Database& db, const std::string& evaluationId)
{
    auto ev = loadEvaluation(db, evaluationId);
    if (!ev)
        return ev.error();
    auto rubric = loadRubric(db, ev->rubricVersion);
    if (!rubric)
        return rubric.error();
    return analytics::qaTotal(rubric->attributes, ev->scores);
}

Result<std::optional<InteractionFacts>> interactionFacts(Database& db, const std::string& interactionId)
{
    try {
        SQLite::Statement st(db.sql(), "SELECT agent_id, started_at, coalesce(channel, ''), coalesce(queue, ''), "
                                       "handle_seconds, resolved_first_contact, repeat_contact, escalated, defects, "
                                       "csat, coalesce(contact_reason, '') FROM interactions WHERE interaction_id = ?");
        st.bind(1, interactionId);
        if (!st.executeStep())
            return std::optional<InteractionFacts>();
        InteractionFacts f;
        f.interactionId = interactionId;
        f.agentId = st.getColumn(0).getString();
        f.startedAt = QString::fromStdString(st.getColumn(1).getString());
        f.channel = QString::fromStdString(st.getColumn(2).getString());
        f.queue = QString::fromStdString(st.getColumn(3).getString());
        f.handleSeconds = opt<double>(st.getColumn(4));
        f.resolvedFirstContact = opt<qint64>(st.getColumn(5));
        f.repeatContact = opt<qint64>(st.getColumn(6));
        f.escalated = opt<qint64>(st.getColumn(7));
        f.defects = opt<qint64>(st.getColumn(8));
        f.csat = opt<qint64>(st.getColumn(9));
        f.contactReason = QString::fromStdString(st.getColumn(10).getString());
        return std::optional<InteractionFacts>(std::move(f));
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read the interaction"), e);
    }
}

Status addAttributeWeeks(Database& db, int fromWeek, int toWeek, analytics::WeeklyData& into)
{
    try {
        const QDate from = IsoWeek::fromKey(fromWeek).monday();
        const QDate to = IsoWeek::fromKey(toWeek).monday().addDays(7);
        SQLite::Statement st(db.sql(), "SELECT e.agent_id, e.evaluated_at, s.attribute, s.score, a.scale "
                                       "FROM qa_evaluations e JOIN qa_scores s ON s.evaluation_id = e.evaluation_id "
                                       "LEFT JOIN rubric_attributes a ON a.version = e.rubric_version "
                                       "AND a.name = s.attribute "
                                       "WHERE e.evaluated_at >= ? AND e.evaluated_at < ? AND s.score IS NOT NULL");
        st.bind(1, from.toString(Qt::ISODate).toStdString());
        st.bind(2, to.toString(Qt::ISODate).toStdString());
        while (st.executeStep()) {
            const std::string at = st.getColumn(1).getString();
            if (at.size() < 10)
                continue;
            const int week = isoWeekKeyOfIsoDate(at.c_str());
            const double max = (!st.getColumn(4).isNull() && st.getColumn(4).getString() == "yes/no") ? 1.0 : 4.0;
            auto& s = into[st.getColumn(0).getString()][week].attributes[st.getColumn(2).getString()];
            s.sum += 100.0 * double(st.getColumn(3).getInt()) / max;
            ++s.n;
        }
        return {};
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read QA scores"), e);
    }
}

} // namespace fb::store
