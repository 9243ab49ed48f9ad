// The evaluation and coaching note lists: filtered in SQL (team, agent,
// person, dates, behaviour, follow-up), newest first, counted whole and
// returned up to the filter's limit. Pass/fail needs each evaluation's total
// under its own rubric version, so it is judged here rather than in SQL.
#include "analytics/ScorecardStats.h"
#include "store/CoachingNoteRows.h"
#include "store/Database.h"
#include "store/RecordStore.h"
#include "store/RubricStore.h"
#include "store/ScorecardStore.h"
#include "store/SqlValues.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

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

std::vector<std::string> distinct(SQLite::Database& sql, const char* query)
{
    std::vector<std::string> out;
    SQLite::Statement st(sql, query);
    while (st.executeStep())
        out.push_back(st.getColumn(0).getString());
    return out;
}

const char* const kEvaluationWhere =
    " FROM qa_evaluations e LEFT JOIN agents a ON a.agent_id = e.agent_id "
    "WHERE (?1 = '' OR a.team = ?1) AND (?2 = '' OR e.agent_id = ?2) AND (?3 = '' OR e.evaluator = ?3) "
    "AND (?4 = '' OR e.evaluated_at >= ?4) AND (?5 = '' OR e.evaluated_at < ?5)";

void bindEvaluationFilter(SQLite::Statement& st, const EvaluationFilter& f)
{
    st.bind(1, f.team);
    st.bind(2, f.agentId);
    st.bind(3, f.evaluator);
    st.bind(4, isoDay(f.from));
    st.bind(5, dayAfter(f.to));
}

// The note's own columns, then the list's: agent name, team, number of edits.
std::string noteListQuery()
{
    return std::string("SELECT ") + kCoachingNoteColumns +
           ", coalesce(a.name, ''), coalesce(a.team, ''), (SELECT count(*) FROM record_history h WHERE h.kind = "
           "'coaching_note' AND h.record_id = n.note_id AND h.action = 'edit')" +
           kCoachingNoteFrom + "LEFT JOIN agents a ON a.agent_id = n.agent_id ";
}

NoteRow readNote(const SQLite::Statement& st)
{
    NoteRow r;
    r.note = readCoachingNote(st);
    r.agentName = st.getColumn(kCoachingNoteColumnCount).getString();
    r.team = st.getColumn(kCoachingNoteColumnCount + 1).getString();
    r.edits = st.getColumn(kCoachingNoteColumnCount + 2).getInt();
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
    try {
        // Every matching evaluation's scores first: pass/fail needs them before counting.
        std::unordered_map<std::string, std::vector<analytics::AttributeScore>> scores;
        SQLite::Statement scoreRows(db.sql(), std::string("SELECT s.evaluation_id, s.attribute, s.score FROM qa_scores "
                                                          "s WHERE s.evaluation_id IN (SELECT e.evaluation_id") +
                                                  kEvaluationWhere + ")");
        bindEvaluationFilter(scoreRows, f);
        while (scoreRows.executeStep()) {
            const auto& c = scoreRows.getColumn(2);
            scores[scoreRows.getColumn(0).getString()].emplace_back(
                scoreRows.getColumn(1).getString(), c.isNull() ? std::nullopt : std::optional<int>(c.getInt()));
        }
        std::map<int, std::vector<RubricAttribute>> rubrics;
        SQLite::Statement st(db.sql(),
                             std::string("SELECT e.evaluation_id, e.agent_id, coalesce(a.name, ''), "
                                         "coalesce(a.team, ''), e.evaluator, e.evaluated_at, "
                                         "coalesce(e.interaction_id, ''), e.rubric_version, (SELECT count(*) FROM "
                                         "record_history h WHERE h.kind = 'evaluation' AND h.record_id = "
                                         "e.evaluation_id AND h.action = 'edit')") +
                                 kEvaluationWhere + " ORDER BY e.evaluated_at DESC, e.evaluation_id DESC");
        bindEvaluationFilter(st, f);
        while (st.executeStep()) {
            EvaluationRow r;
            r.evaluationId = st.getColumn(0).getString();
            r.agentId = st.getColumn(1).getString();
            r.agentName = st.getColumn(2).getString();
            r.team = st.getColumn(3).getString();
            r.evaluator = st.getColumn(4).getString();
            r.evaluatedAt = QString::fromStdString(st.getColumn(5).getString());
            r.interactionId = st.getColumn(6).getString();
            const int version = st.getColumn(7).getInt();
            r.edits = st.getColumn(8).getInt();
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
        out.evaluators =
            distinct(db.sql(), "SELECT DISTINCT evaluator FROM qa_evaluations ORDER BY evaluator COLLATE NOCASE");
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot list the evaluations"), e);
    }
}

Result<NoteList> listCoachingNotes(Database& db, const NoteFilter& f)
{
    try {
        NoteList out;
        SQLite::Statement st(
            db.sql(),
            noteListQuery() +
                "WHERE (?1 = '' OR a.team = ?1) AND (?2 = '' OR n.agent_id = ?2) AND (?3 = '' OR n.coach = ?3) "
                "AND (?4 = '' OR n.coached_on >= ?4) AND (?5 = '' OR n.coached_on <= ?5) "
                "AND (?6 = '' OR n.attribute = ?6) AND (?7 = '' OR n.target_metric = ?7) "
                "AND (?8 = 0 OR (?8 = 1) = (n.followed_up_on IS NULL AND n.outcome IS NULL)) "
                "ORDER BY n.coached_on DESC, n.note_id DESC");
        st.bind(1, f.team);
        st.bind(2, f.agentId);
        st.bind(3, f.coach);
        st.bind(4, isoDay(f.from));
        st.bind(5, isoDay(f.to));
        st.bind(6, f.attribute);
        st.bind(7, f.targetMetric);
        st.bind(8, static_cast<int>(f.followUp));
        while (st.executeStep()) {
            ++out.total;
            if (static_cast<qint64>(out.rows.size()) < f.limit)
                out.rows.push_back(readNote(st));
        }
        out.coaches = distinct(db.sql(), "SELECT DISTINCT coach FROM coaching_notes ORDER BY coach COLLATE NOCASE");
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot list the coaching notes"), e);
    }
}

Result<analytics::CoachingNote> loadCoachingNote(Database& db, const std::string& noteId)
{
    try {
        SQLite::Statement st(db.sql(), noteListQuery() + "WHERE n.note_id = ?");
        st.bind(1, noteId);
        if (!st.executeStep())
            return Error::plain(Tr::tr("coaching note %1 does not exist").arg(QString::fromStdString(noteId)));
        return readNote(st).note;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read the coaching note"), e);
    }
}

} // namespace fb::store
