// The evaluation and coaching note lists: filtered in SQL (team, agent,
// person, dates, behaviour, follow-up), newest first, counted whole and
// returned up to the filter's limit. Pass/fail needs each evaluation's total
// under its own rubric version, so it is judged here rather than in SQL.
#include "analytics/ScorecardStats.h"
#include "store/CoachingNoteRows.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/RecordStore.h"
#include "store/RubricStore.h"
#include "store/ScorecardStore.h"
#include "store/SqlValues.h"

#include <QCoreApplication>

#include <map>
#include <unordered_map>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::RecordLists)
};

// The day after `to`, so "evaluated_at < ?" keeps every time of the last day.
std::string dayAfter(QDate to)
{
    return to.isValid() ? to.addDays(1).toString(Qt::ISODate).toStdString() : std::string();
}

Result<std::vector<std::string>> distinct(Database& db, const char* query, const QString& what)
{
    std::vector<std::string> out;
    Query q(db, query, what);
    while (q.next())
        out.push_back(q.text(0));
    if (!q.ok())
        return q.error();
    return out;
}

const char* const kEvaluationWhere =
    " FROM qa_evaluations e LEFT JOIN agents a ON a.agent_id = e.agent_id "
    "WHERE (?1 = '' OR a.team = ?1) AND (?2 = '' OR e.agent_id = ?2) AND (?3 = '' OR e.evaluator = ?3) "
    "AND (?4 = '' OR e.evaluated_at >= ?4) AND (?5 = '' OR e.evaluated_at < ?5)";

void bindEvaluationFilter(Query& q, const EvaluationFilter& f)
{
    q.bind(1, f.team);
    q.bind(2, f.agentId);
    q.bind(3, f.evaluator);
    q.bind(4, isoDay(f.from));
    q.bind(5, dayAfter(f.to));
}

// The note's own columns, then the list's: agent name, team, number of edits.
std::string noteListQuery()
{
    return std::string("SELECT ") + kCoachingNoteColumns +
           ", coalesce(a.name, ''), coalesce(a.team, ''), (SELECT count(*) FROM record_history h WHERE h.kind = "
           "'coaching_note' AND h.record_id = n.note_id AND h.action = 'edit')" +
           kCoachingNoteFrom + "LEFT JOIN agents a ON a.agent_id = n.agent_id ";
}

NoteRow readNote(const Query& q)
{
    NoteRow r;
    r.note = readCoachingNote(q);
    r.agentName = q.text(kCoachingNoteColumnCount);
    r.team = q.text(kCoachingNoteColumnCount + 1);
    r.edits = static_cast<int>(q.integer(kCoachingNoteColumnCount + 2));
    return r;
}

} // namespace

Result<EvaluationList> listEvaluations(Database& db, const EvaluationFilter& f)
{
    auto definition = scorecardDefinition(db);
    if (!definition)
        return definition.error();
    EvaluationList out;
    out.gate = definition->gateQaMin;
    const QString what = Tr::tr("cannot list the evaluations");
    // Every matching evaluation's scores first: pass/fail needs them before counting.
    std::unordered_map<std::string, std::vector<analytics::AttributeScore>> scores;
    Query scoreRows(db,
                    std::string("SELECT s.evaluation_id, s.attribute, s.score FROM qa_scores "
                                "s WHERE s.evaluation_id IN (SELECT e.evaluation_id") +
                        kEvaluationWhere + ")",
                    what);
    bindEvaluationFilter(scoreRows, f);
    while (scoreRows.next()) {
        const auto score = scoreRows.optionalInteger(2);
        scores[scoreRows.text(0)].emplace_back(scoreRows.text(1),
                                               score ? std::optional<int>(static_cast<int>(*score)) : std::nullopt);
    }
    if (!scoreRows.ok())
        return scoreRows.error();
    std::map<int, std::vector<RubricAttribute>> rubrics;
    Query q(db,
            std::string("SELECT e.evaluation_id, e.agent_id, coalesce(a.name, ''), "
                        "coalesce(a.team, ''), e.evaluator, e.evaluated_at, "
                        "coalesce(e.interaction_id, ''), e.rubric_version, (SELECT count(*) FROM "
                        "record_history h WHERE h.kind = 'evaluation' AND h.record_id = "
                        "e.evaluation_id AND h.action = 'edit')") +
                kEvaluationWhere + " ORDER BY e.evaluated_at DESC, e.evaluation_id DESC",
            what);
    bindEvaluationFilter(q, f);
    while (q.next()) {
        EvaluationRow r;
        r.evaluationId = q.text(0);
        r.agentId = q.text(1);
        r.agentName = q.text(2);
        r.team = q.text(3);
        r.evaluator = q.text(4);
        r.evaluatedAt = q.qtext(5);
        r.interactionId = q.text(6);
        const int version = static_cast<int>(q.integer(7));
        r.edits = static_cast<int>(q.integer(8));
        auto rubric = rubrics.find(version);
        if (rubric == rubrics.end()) {
            auto loaded = loadRubric(db, version);
            if (!loaded)
                return loaded.error();
            rubric = rubrics.emplace(version, std::move(loaded->attributes)).first;
        }
        r.total = analytics::qaTotal(rubric->second, scores[r.evaluationId]);
        if (f.result != EvaluationFilter::Result::Any) {
            const bool pass = r.total && *r.total >= out.gate;
            if (pass != (f.result == EvaluationFilter::Result::Pass))
                continue;
        }
        ++out.total;
        if (static_cast<qint64>(out.rows.size()) < f.limit)
            out.rows.push_back(std::move(r));
    }
    if (!q.ok())
        return q.error();
    auto evaluators = distinct(
        db, "SELECT evaluator FROM qa_evaluations GROUP BY evaluator ORDER BY lower(evaluator), evaluator", what);
    if (!evaluators)
        return evaluators.error();
    out.evaluators = std::move(*evaluators);
    return out;
}

Result<NoteList> listCoachingNotes(Database& db, const NoteFilter& f)
{
    const QString what = Tr::tr("cannot list the coaching notes");
    NoteList out;
    Query q(db,
            noteListQuery() +
                "WHERE (?1 = '' OR a.team = ?1) AND (?2 = '' OR n.agent_id = ?2) AND (?3 = '' OR n.coach = ?3) "
                "AND (?4 = '' OR n.coached_on >= ?4) AND (?5 = '' OR n.coached_on <= ?5) "
                "AND (?6 = '' OR n.attribute = ?6) AND (?7 = '' OR n.target_metric = ?7) "
                "AND (?8 = 0 OR (?8 = 1) = (n.followed_up_on IS NULL AND n.outcome IS NULL)) "
                "ORDER BY n.coached_on DESC, n.note_id DESC",
            what);
    q.bind(1, f.team);
    q.bind(2, f.agentId);
    q.bind(3, f.coach);
    q.bind(4, isoDay(f.from));
    q.bind(5, isoDay(f.to));
    q.bind(6, f.attribute);
    q.bind(7, f.targetMetric);
    q.bind(8, static_cast<int>(f.followUp));
    while (q.next()) {
        ++out.total;
        if (static_cast<qint64>(out.rows.size()) < f.limit)
            out.rows.push_back(readNote(q));
    }
    if (!q.ok())
        return q.error();
    auto coaches = distinct(db, "SELECT coach FROM coaching_notes GROUP BY coach ORDER BY lower(coach), coach", what);
    if (!coaches)
        return coaches.error();
    out.coaches = std::move(*coaches);
    return out;
}

Result<analytics::CoachingNote> loadCoachingNote(Database& db, const std::string& noteId)
{
    Query q(db, noteListQuery() + "WHERE n.note_id = ?", Tr::tr("cannot read the coaching note"));
    q.bind(1, noteId);
    if (!q.next()) {
        if (!q.ok())
            return q.error();
        return Error::plain(Tr::tr("coaching note %1 does not exist").arg(QString::fromStdString(noteId)));
    }
    return readNote(q).note;
}

} // namespace fb::store
