// Evaluations and coaching notes found again and changed with their history
// kept (core/store/RecordStore.h), on the docs/examples files: the filtered
// lists, an edit that keeps the old version, refused edits that write
// nothing, a delete undone to the very same rows, and the team-and-week
// sample. Expected values are worked out by hand from the example CSVs.
#include "FbTestSupport.h"
#include "analytics/Coaching.h"
#include "store/Checks.h"
#include "store/CoachingStore.h"
#include "store/QaStore.h"
#include "store/RecordStore.h"

#include <QTemporaryDir>

using namespace fb;

namespace {

QStringList ids(const store::EvaluationList& list)
{
    QStringList out;
    for (const auto& r : list.rows)
        out << QString::fromStdString(r.evaluationId);
    return out;
}

QStringList ids(const store::NoteList& list)
{
    QStringList out;
    for (const auto& r : list.rows)
        out << QString::fromStdString(r.note.noteId);
    return out;
}

// Every stored row of the two records, typed (30.0 and 30 differ).
QStringList rowsOf(const QString& db)
{
    QStringList out;
    for (const char* q : {"SELECT * FROM qa_evaluations ORDER BY 1", "SELECT * FROM qa_scores ORDER BY 1, 2",
                          "SELECT * FROM qa_score_comments ORDER BY 1, 2", "SELECT * FROM coaching_notes ORDER BY 1",
                          "SELECT * FROM coaching_follow_ups ORDER BY 1"})
        out << fbtest::dump(db, q);
    return out;
}

int score(const store::Evaluation& ev, const char* attribute)
{
    for (const auto& [name, s] : ev.scores)
        if (name == attribute)
            return s ? *s : -1;
    return -2;
}

} // namespace

class TestRecordStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void evaluationListFilters();
    void noteListFilters();
    void evaluationEditKeepsHistory();
    void refusedEditWritesNothing();
    void noteEditKeepsHistory();
    void deleteAndUndoRestoreExactly();
    void undoRefusedWhenTheIdIsTakenAgain();
    void sampleOfTeamAndWeek();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("r.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_db;
};

void TestRecordStore::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = fbtest::openDb(path());
    QVERIFY(m_db);
    QVERIFY(fbtest::importExamples(*m_db));
}

void TestRecordStore::evaluationListFilters()
{
    auto all = store::listEvaluations(*m_db, {});
    QVERIFY(all.ok());
    // Newest first: E000002 (9 Jul) before E000001 (8 Jul).
    QCOMPARE(ids(all.value()), QStringList({"E000002", "E000001"}));
    QCOMPARE(all->total, qint64(2));
    QCOMPARE(all->gate, 80.0); // the default scorecard's quality gate
    // E000001: (30x4/4 + 20x3/4 + 20x3/4 + 20x4/4) / 90 (documentation NA) = 80/90.
    QCOMPARE(*all->rows[1].total, 100.0 * 80.0 / 90.0);
    // E000002: policy_adherence (critical) at 0 makes the total 0.
    QCOMPARE(*all->rows[0].total, 0.0);
    QCOMPARE(all->rows[1].agentName, std::string("Maria Keller"));
    QCOMPARE(all->rows[1].team, std::string("Billing"));
    QCOMPARE(all->evaluators, std::vector<std::string>({"Jonas Weber", "Sara Lindqvist"}));

    store::EvaluationFilter f;
    f.team = "Billing";
    QCOMPARE(ids(store::listEvaluations(*m_db, f).value()), QStringList({"E000001"}));
    f = {};
    f.evaluator = "Sara Lindqvist";
    QCOMPARE(ids(store::listEvaluations(*m_db, f).value()), QStringList({"E000002"}));
    f = {};
    f.agentId = "A0002";
    QCOMPARE(store::listEvaluations(*m_db, f)->total, qint64(0));
    f = {};
    f.from = QDate(2026, 7, 9);
    f.to = QDate(2026, 7, 9); // the whole day, 11:30 included
    QCOMPARE(ids(store::listEvaluations(*m_db, f).value()), QStringList({"E000002"}));
    f = {};
    f.result = store::EvaluationFilter::Result::Pass;
    QCOMPARE(ids(store::listEvaluations(*m_db, f).value()), QStringList({"E000001"}));
    f.result = store::EvaluationFilter::Result::Fail;
    QCOMPARE(ids(store::listEvaluations(*m_db, f).value()), QStringList({"E000002"}));
    f = {};
    f.limit = 1; // bounded: the newest row, and the whole count
    auto one = store::listEvaluations(*m_db, f);
    QCOMPARE(ids(one.value()), QStringList({"E000002"}));
    QCOMPARE(one->total, qint64(2));
}

void TestRecordStore::noteListFilters()
{
    auto all = store::listCoachingNotes(*m_db, {});
    QVERIFY(all.ok());
    // Both coached on 10 Jul: the later id first.
    QCOMPARE(ids(all.value()), QStringList({"N0002", "N0001"}));
    QCOMPARE(all->coaches, std::vector<std::string>({"Jonas Weber", "Sara Lindqvist"}));
    store::NoteFilter f;
    f.followUp = store::NoteFilter::FollowUp::Open;
    QCOMPARE(ids(store::listCoachingNotes(*m_db, f).value()), QStringList({"N0002"}));
    f.followUp = store::NoteFilter::FollowUp::Done;
    QCOMPARE(ids(store::listCoachingNotes(*m_db, f).value()), QStringList({"N0001"}));
    f = {};
    f.attribute = "documentation";
    QCOMPARE(ids(store::listCoachingNotes(*m_db, f).value()), QStringList({"N0002"}));
    f = {};
    f.targetMetric = "qa";
    QCOMPARE(ids(store::listCoachingNotes(*m_db, f).value()), QStringList({"N0001"}));
    f = {};
    f.team = "Tech Support";
    f.coach = "Sara Lindqvist";
    QCOMPARE(ids(store::listCoachingNotes(*m_db, f).value()), QStringList({"N0001"}));
    f = {};
    f.from = QDate(2026, 7, 11);
    QCOMPARE(store::listCoachingNotes(*m_db, f)->total, qint64(0));
}

void TestRecordStore::evaluationEditKeepsHistory()
{
    auto ev = store::loadEvaluation(*m_db, "E000001");
    QVERIFY(ev.ok());
    store::Evaluation changed = ev.value();
    for (auto& [name, s] : changed.scores)
        if (name == "clarity")
            s = 4;
    changed.comment = "Clear next steps, read back";
    QVERIFY(store::updateEvaluation(*m_db, changed, "Lena Graf").ok());

    auto now = store::loadEvaluation(*m_db, "E000001");
    QCOMPARE(score(now.value(), "clarity"), 4);
    QCOMPARE(now->comment, std::string("Clear next steps, read back"));
    auto history = store::recordHistory(*m_db, store::RecordKind::Evaluation, "E000001");
    QVERIFY(history.ok());
    QCOMPARE(history->size(), size_t(1));
    QCOMPARE(history->front().action, std::string("edit"));
    QCOMPARE(history->front().by, std::string("Lena Graf"));
    auto before = store::evaluationSnapshot(history->front());
    QVERIFY(before.ok());
    QCOMPARE(score(before.value(), "clarity"), 3);
    QCOMPARE(score(before.value(), "documentation"), -1); // NA stays NA
    QCOMPARE(before->comment, std::string("Clear next steps"));
    QCOMPARE(before->evaluatedAt, QStringLiteral("2026-07-08T10:00:00"));
    // The list counts the edit; the other evaluation has none.
    auto list = store::listEvaluations(*m_db, {});
    QCOMPARE(list->rows[1].edits, 1);
    QCOMPARE(list->rows[0].edits, 0);
    auto findings = store::runChecks(*m_db);
    QVERIFY(findings.ok());
    QVERIFY(findings->empty());
}

void TestRecordStore::refusedEditWritesNothing()
{
    const QStringList before = rowsOf(path());
    auto ev = store::loadEvaluation(*m_db, "E000001").value();
    for (auto& [name, s] : ev.scores)
        if (name == "clarity")
            s = 5;
    auto st = store::updateEvaluation(*m_db, ev, "Lena Graf");
    QVERIFY(!st.ok());
    QCOMPARE(st.error().reason, QStringLiteral("The score of clarity is outside its scale."));
    ev = store::loadEvaluation(*m_db, "E000001").value();
    st = store::updateEvaluation(*m_db, ev, "  ");
    QVERIFY(!st.ok());
    QCOMPARE(st.error().reason,
             QStringLiteral("Enter your name (File ▸ My Team and Name…) so the change says who made it."));
    auto note = store::loadCoachingNote(*m_db, "N0002").value();
    note.target = note.baseline; // the target must differ from the baseline
    auto noteSt = store::updateCoachingNote(*m_db, note, "Lena Graf");
    QVERIFY(!noteSt.ok());
    QCOMPARE(noteSt.error().reason, QStringLiteral("The target value must differ from the baseline."));
    ev.evaluationId = "E999999";
    st = store::updateEvaluation(*m_db, ev, "Lena Graf");
    QCOMPARE(st.error().reason, QStringLiteral("evaluation E999999 does not exist (deleted meanwhile?)"));
    QCOMPARE(rowsOf(path()), before);
    QCOMPARE(fbtest::dump(path(), "SELECT count(*) FROM record_history"), QStringList({"0"}));
}

void TestRecordStore::noteEditKeepsHistory()
{
    auto note = store::loadCoachingNote(*m_db, "N0002");
    QVERIFY(note.ok());
    QCOMPARE(*note->target, 0.08);
    analytics::CoachingNote changed = note.value();
    changed.target = 0.07;
    changed.commitment = "I will write the next step and the owner in every case note";
    QVERIFY(store::updateCoachingNote(*m_db, changed, "Jonas Weber").ok());
    changed.minutes = 25;
    QVERIFY(store::updateCoachingNote(*m_db, changed, "Lena Graf").ok());
    auto now = store::loadCoachingNote(*m_db, "N0002").value();
    QCOMPARE(*now.target, 0.07);
    QCOMPARE(*now.minutes, 25.0);
    auto history = store::recordHistory(*m_db, store::RecordKind::CoachingNote, "N0002").value();
    QCOMPARE(history.size(), size_t(2));
    QCOMPARE(history[0].by, std::string("Jonas Weber"));
    QCOMPARE(history[1].by, std::string("Lena Graf"));
    auto first = store::noteSnapshot(history[0]).value();
    QCOMPARE(*first.target, 0.08);
    QCOMPARE(first.commitment, std::string("I will write the next step in every case note"));
    auto second = store::noteSnapshot(history[1]).value();
    QCOMPARE(*second.target, 0.07);
    QCOMPARE(*second.minutes, 20.0);
    QCOMPARE(store::listCoachingNotes(*m_db, {})->rows[0].edits, 2);
}

void TestRecordStore::deleteAndUndoRestoreExactly()
{
    // N0001 with a recorded follow-up value, so the delete spans both tables.
    analytics::TargetValue then;
    then.value = 82.5;
    then.n = 4;
    QVERIFY(store::completeFollowUp(*m_db, "N0001", QDate(2026, 7, 31), "met", then).ok());
    const QStringList before = rowsOf(path());
    QVERIFY(before.join(QLatin1Char('\n')).contains(QStringLiteral("N0001|82.5|4|")));

    // E000001 is the evidence of recognition R0001: refused, nothing written.
    auto cited = store::deleteRecord(*m_db, store::RecordKind::Evaluation, "E000001", "Lena Graf");
    QCOMPARE(cited.error().reason, QStringLiteral("Evaluation E000001 is the evidence of recognition R0001; it "
                                                  "cannot be deleted (edit it instead)."));
    QCOMPARE(rowsOf(path()), before);
    QVERIFY(store::deleteRecord(*m_db, store::RecordKind::Evaluation, "E000002", "Lena Graf").ok());
    QVERIFY(store::deleteRecord(*m_db, store::RecordKind::CoachingNote, "N0001", "Lena Graf").ok());
    QCOMPARE(ids(store::listEvaluations(*m_db, {}).value()), QStringList({"E000001"}));
    QCOMPARE(ids(store::listCoachingNotes(*m_db, {}).value()), QStringList({"N0002"}));
    QCOMPARE(fbtest::dump(path(), "SELECT count(*) FROM qa_scores WHERE evaluation_id = 'E000002'"),
             QStringList({"0"}));
    QCOMPARE(fbtest::dump(path(), "SELECT count(*) FROM coaching_follow_ups"), QStringList({"0"}));
    QVERIFY(store::runChecks(*m_db)->empty());
    auto again = store::deleteRecord(*m_db, store::RecordKind::Evaluation, "E000002", "Lena Graf");
    QCOMPARE(again.error().reason, QStringLiteral("evaluation E000002 does not exist (deleted meanwhile?)"));

    QVERIFY(store::undoDelete(*m_db, store::RecordKind::Evaluation, "E000002").ok());
    QVERIFY(store::undoDelete(*m_db, store::RecordKind::CoachingNote, "N0001").ok());
    QCOMPARE(rowsOf(path()), before);
    QCOMPARE(fbtest::dump(path(), "SELECT count(*) FROM record_history"), QStringList({"0"}));
    QVERIFY(store::runChecks(*m_db)->empty());
    auto twice = store::undoDelete(*m_db, store::RecordKind::CoachingNote, "N0001");
    QCOMPARE(twice.error().reason, QStringLiteral("coaching note N0001 was not deleted: nothing to undo"));
}

// A note deleted, then a new note saved under the same id: the undo would
// overwrite it, so it is refused and nothing changes.
void TestRecordStore::undoRefusedWhenTheIdIsTakenAgain()
{
    auto note = store::loadCoachingNote(*m_db, "N0002");
    QVERIFY(note.ok());
    QVERIFY(store::deleteRecord(*m_db, store::RecordKind::CoachingNote, "N0002", "Lena Graf").ok());
    analytics::CoachingNote retyped = note.value();
    retyped.commitment = "Typed again after the delete";
    QCOMPARE(store::saveCoachingNote(*m_db, retyped).value(), std::string("N0002"));
    const QStringList before = rowsOf(path());
    auto undo = store::undoDelete(*m_db, store::RecordKind::CoachingNote, "N0002");
    QCOMPARE(undo.error().reason, QStringLiteral("coaching note N0002 exists again: nothing to undo"));
    QCOMPARE(rowsOf(path()), before);
    QCOMPARE(fbtest::dump(path(), "SELECT commitment FROM coaching_notes WHERE note_id = 'N0002'"),
             QStringList({"Typed again after the delete"}));
}

void TestRecordStore::sampleOfTeamAndWeek()
{
    // Billing's contacts in 2026-W28 (6 to 12 Jul) are C00000001 and
    // C00000002 (Maria Keller); C00000001 has evaluation E000001.
    auto both = store::sampleToEvaluate(*m_db, 2, 7, "Billing", 202628);
    QVERIFY2(both.ok(), both.ok() ? "" : qPrintable(both.error().toString()));
    QStringList drawn;
    for (const auto& c : both.value())
        drawn << QString::fromStdString(c.interactionId);
    drawn.sort();
    QCOMPARE(drawn, QStringList({"C00000001", "C00000002"}));
    for (const auto& c : both.value()) {
        QCOMPARE(c.agentName, std::string("Maria Keller"));
        QCOMPARE(c.evaluationIds,
                 c.interactionId == "C00000001" ? std::vector<std::string>{"E000001"} : std::vector<std::string>{});
    }
    // Seeded: the same seed draws the same contacts in the same order.
    auto one = store::sampleToEvaluate(*m_db, 1, 7, "Billing", 202628).value();
    QCOMPARE(one.front().interactionId, both->front().interactionId);
    auto tooMany = store::sampleToEvaluate(*m_db, 3, 7, "Billing", 202628);
    QCOMPARE(tooMany.error().reason,
             QStringLiteral("The team has 2 interactions in the week chosen: too few to draw 3."));
    auto otherWeek = store::sampleToEvaluate(*m_db, 1, 7, "Billing", 202629);
    QCOMPARE(otherWeek.error().reason,
             QStringLiteral("The team has 0 interactions in the week chosen: too few to draw 1."));
    auto noTeam = store::sampleToEvaluate(*m_db, 1, 7, "", 202628);
    QCOMPARE(noTeam.error().reason, QStringLiteral("Choose the team to sample from."));
}

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
