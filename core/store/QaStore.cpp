#include "store/QaStore.h"

#include "common/IsoWeek.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/RecordSnapshot.h"
#include "store/RubricStore.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDate>

#include <fmt/format.h>

#include <algorithm>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::QaStore)
};

// A score cell: nullopt when NULL (NA).
std::optional<int> optionalInt(const Query& q, int column)
{
    const auto v = q.optionalInteger(column);
    return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
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
Status insertEvaluation(Database& db, const Evaluation& ev, const FullRubric& rubric, const QString& what)
{
    Query head(db,
               "INSERT INTO qa_evaluations(evaluation_id, agent_id, evaluator, evaluated_at, "
               "interaction_id, rubric_version, comment) VALUES (?, ?, ?, ?, ?, ?, ?)",
               what);
    head.bind(1, ev.evaluationId).bind(2, ev.agentId).bind(3, ev.evaluator).bind(4, ev.evaluatedAt.toStdString());
    head.bindTextOrNull(5, ev.interactionId).bind(6, ev.rubricVersion).bindTextOrNull(7, ev.comment);
    if (auto st = head.run(); !st)
        return st;
    Query score(db, "INSERT INTO qa_scores(evaluation_id, attribute, score) VALUES (?, ?, ?)", what);
    Query note(db, "INSERT INTO qa_score_comments(evaluation_id, attribute, comment) VALUES (?, ?, ?)", what);
    for (const auto& a : rubric.attributes) {
        const auto s =
            std::find_if(ev.scores.begin(), ev.scores.end(), [&](const auto& p) { return p.first == a.name; });
        score.bind(1, ev.evaluationId).bind(2, a.name);
        if (s->second)
            score.bind(3, *s->second);
        else
            score.bindNull(3);
        if (auto st = score.run(); !st)
            return st;
        score.reset();
        if (auto c = ev.comments.find(a.name);
            c != ev.comments.end() && !QString::fromStdString(c->second).trimmed().isEmpty()) {
            note.bind(1, ev.evaluationId).bind(2, a.name).bind(3, c->second);
            if (auto st = note.run(); !st)
                return st;
            note.reset();
        }
    }
    return {};
}

} // namespace

Result<std::string> saveEvaluation(Database& db, Evaluation ev)
{
    auto rubric = checkEvaluation(db, ev);
    if (!rubric)
        return rubric.error();
    const QString what = Tr::tr("cannot save the evaluation");
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (ev.evaluationId.empty()) {
        // Two desks saving at once would both find the same number free.
        if (auto st = lockOnServer(db, ServerLock::NewEvaluationId, what); !st)
            return st.error();
        const std::string prefix =
            fmt::format("E{}-", QDate::currentDate().toString(QStringLiteral("yyyyMMdd")).toStdString());
        Query exists(db, "SELECT 1 FROM qa_evaluations WHERE evaluation_id = ?", what);
        for (int i = 1;; ++i) {
            ev.evaluationId = fmt::format("{}{:03}", prefix, i);
            exists.bind(1, ev.evaluationId);
            const bool taken = exists.next();
            if (!exists.ok())
                return exists.error();
            exists.reset();
            if (!taken)
                break;
        }
    }
    if (auto st = insertEvaluation(db, ev, rubric.value(), what); !st)
        return st.error();
    if (auto st = (*tx)->commit(); !st)
        return st.error();
    return ev.evaluationId;
}

Status updateEvaluation(Database& db, Evaluation ev, const std::string& by)
{
    if (QString::fromStdString(by).trimmed().isEmpty())
        return Error::plain(Tr::tr("Enter your name (File ▸ My Team and Name…) so the change says who made it."));
    auto rubric = checkEvaluation(db, ev);
    if (!rubric)
        return rubric.error();
    const QString what = Tr::tr("cannot save the evaluation");
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const auto before = snapshotRecord(db, RecordKind::Evaluation, ev.evaluationId, what);
    if (!before)
        return before.error();
    if (before->empty())
        return Error::plain(
            Tr::tr("evaluation %1 does not exist (deleted meanwhile?)").arg(QString::fromStdString(ev.evaluationId)));
    if (auto st = writeHistory(db, RecordKind::Evaluation, ev.evaluationId, "edit", by, *before, what); !st)
        return st;
    if (auto st = deleteRecordRows(db, RecordKind::Evaluation, ev.evaluationId, what); !st)
        return st;
    if (auto st = insertEvaluation(db, ev, rubric.value(), what); !st)
        return st;
    return (*tx)->commit();
}

Result<Evaluation> loadEvaluation(Database& db, const std::string& evaluationId)
{
    const QString what = Tr::tr("cannot read the evaluation");
    Query head(db,
               "SELECT agent_id, evaluator, evaluated_at, coalesce(interaction_id, ''), "
               "rubric_version, coalesce(comment, '') FROM qa_evaluations WHERE evaluation_id = ?",
               what);
    head.bind(1, evaluationId);
    if (!head.next()) {
        if (!head.ok())
            return head.error();
        return Error::plain(Tr::tr("evaluation %1 does not exist").arg(QString::fromStdString(evaluationId)));
    }
    Evaluation ev;
    ev.evaluationId = evaluationId;
    ev.agentId = head.text(0);
    ev.evaluator = head.text(1);
    ev.evaluatedAt = head.qtext(2);
    ev.interactionId = head.text(3);
    ev.rubricVersion = static_cast<int>(head.integer(4));
    ev.comment = head.text(5);
    Query sc(db, "SELECT attribute, score FROM qa_scores WHERE evaluation_id = ?", what);
    sc.bind(1, evaluationId);
    while (sc.next())
        ev.scores.emplace_back(sc.text(0), optionalInt(sc, 1));
    if (!sc.ok())
        return sc.error();
    Query cm(db, "SELECT attribute, comment FROM qa_score_comments WHERE evaluation_id = ?", what);
    cm.bind(1, evaluationId);
    while (cm.next())
        ev.comments[cm.text(0)] = cm.text(1);
    if (!cm.ok())
        return cm.error();
    return ev;
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
    Query q(db,
            "SELECT agent_id, started_at, coalesce(channel, ''), coalesce(queue, ''), "
            "handle_seconds, resolved_first_contact, repeat_contact, escalated, defects, "
            "csat, coalesce(contact_reason, '') FROM interactions WHERE interaction_id = ?",
            Tr::tr("cannot read the interaction"));
    q.bind(1, interactionId);
    if (!q.next()) {
        if (!q.ok())
            return q.error();
        return std::optional<InteractionFacts>();
    }
    InteractionFacts f;
    f.interactionId = interactionId;
    f.agentId = q.text(0);
    f.startedAt = q.qtext(1);
    f.channel = q.qtext(2);
    f.queue = q.qtext(3);
    f.handleSeconds = q.optionalReal(4);
    f.resolvedFirstContact = q.optionalInteger(5);
    f.repeatContact = q.optionalInteger(6);
    f.escalated = q.optionalInteger(7);
    f.defects = q.optionalInteger(8);
    f.csat = q.optionalInteger(9);
    f.contactReason = q.qtext(10);
    return std::optional<InteractionFacts>(std::move(f));
}

Status addAttributeWeeks(Database& db, int fromWeek, int toWeek, analytics::WeeklyData& into)
{
    const QDate from = IsoWeek::fromKey(fromWeek).monday();
    const QDate to = IsoWeek::fromKey(toWeek).monday().addDays(7);
    Query q(db,
            "SELECT e.agent_id, e.evaluated_at, s.attribute, s.score, a.scale "
            "FROM qa_evaluations e JOIN qa_scores s ON s.evaluation_id = e.evaluation_id "
            "LEFT JOIN rubric_attributes a ON a.version = e.rubric_version "
            "AND a.name = s.attribute "
            "WHERE e.evaluated_at >= ? AND e.evaluated_at < ? AND s.score IS NOT NULL",
            Tr::tr("cannot read QA scores"));
    q.bind(1, from.toString(Qt::ISODate).toStdString());
    q.bind(2, to.toString(Qt::ISODate).toStdString());
    while (q.next()) {
        const std::string at = q.text(1);
        if (at.size() < 10)
            continue;
        const int week = isoWeekKeyOfIsoDate(at.c_str());
        const double max = (!q.isNull(4) && q.text(4) == "yes/no") ? 1.0 : 4.0;
        auto& s = into[q.text(0)][week].attributes[q.text(2)];
        s.sum += 100.0 * double(static_cast<int>(q.integer(3))) / max;
        ++s.n;
    }
    if (!q.ok())
        return q.error();
    return {};
}

} // namespace fb::store
