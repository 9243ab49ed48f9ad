// The rows, counts and history lines of the evaluation and note lists
// (ui/pages/records/RecordRows.h), from hand-made store values.
#undef QT_NO_CAST_FROM_ASCII

#include "pages/records/RecordRows.h"

#include <QTest>

using namespace fb;
using namespace fb::ui;

class TestRecordRows : public QObject {
    Q_OBJECT

private slots:
    void evaluationRowsShowPassAndEdits();
    void noteRowsShowFollowUp();
    void countsSayWhatIsShown();
    void historyLineAndVersions();
};

void TestRecordRows::evaluationRowsShowPassAndEdits()
{
    store::EvaluationList list;
    list.gate = 80;
    store::EvaluationRow a;
    a.evaluationId = "E1";
    a.agentId = "A0001";
    a.agentName = "Maria Keller";
    a.team = "Billing";
    a.evaluator = "Jonas Weber";
    a.evaluatedAt = "2026-07-08T10:00:00";
    a.interactionId = "C00000001";
    a.total = 80.0; // at the gate: pass
    a.edits = 2;
    store::EvaluationRow b = a;
    b.evaluationId = "E2";
    b.interactionId.clear();
    b.total = 79.95;
    b.edits = 0;
    list.rows = {a, b};
    list.total = 2;
    const auto rows = evaluationRows(list);
    QCOMPARE(rows.size(), size_t(2));
    QCOMPARE(rows[0], QStringList({"2026-07-08 10:00", "E1", "Maria Keller (A0001)", "Billing", "Jonas Weber",
                                   "C00000001", "80.0", "pass", "2"}));
    QCOMPARE(rows[1], QStringList({"2026-07-08 10:00", "E2", "Maria Keller (A0001)", "Billing", "Jonas Weber", "—",
                                   "80.0", "fail", ""}));
    QCOMPARE(evaluationHeaders().size(), rows[0].size());
}

void TestRecordRows::noteRowsShowFollowUp()
{
    store::NoteList list;
    store::NoteRow open;
    open.note.noteId = "N0002";
    open.note.agentId = "A0001";
    open.note.coach = "Jonas Weber";
    open.note.coachedOn = QDate(2026, 7, 10);
    open.note.attribute = "documentation";
    open.note.targetMetric = "rework";
    open.note.followUpOn = QDate(2026, 8, 7);
    open.agentName = "Maria Keller";
    open.team = "Billing";
    store::NoteRow done = open;
    done.note.noteId = "N0001";
    done.note.outcome = "met";
    done.note.followedUpOn = QDate(2026, 7, 31);
    done.edits = 1;
    list.rows = {open, done};
    list.total = 2;
    const auto rows = noteRows(list);
    QCOMPARE(rows[0], QStringList({"2026-07-10", "N0002", "Maria Keller (A0001)", "Billing", "Jonas Weber",
                                   "Documentation", "Rework", "open, due 2026-08-07", ""}));
    QCOMPARE(rows[1][7], QStringLiteral("done: Met"));
    QCOMPARE(rows[1][8], QStringLiteral("1"));
    QCOMPARE(noteHeaders().size(), rows[0].size());
}

void TestRecordRows::countsSayWhatIsShown()
{
    store::EvaluationList list;
    QCOMPARE(evaluationCountText(list), QStringLiteral("No evaluations match the filters."));
    list.rows.resize(1);
    list.total = 1;
    QCOMPARE(evaluationCountText(list), QStringLiteral("1 evaluation"));
    list.total = 250;
    QCOMPARE(evaluationCountText(list),
             QStringLiteral("Showing the newest 1 of 250 evaluations; Show more adds the next ones."));
    store::NoteList notes;
    notes.rows.resize(3);
    notes.total = 3;
    QCOMPARE(noteCountText(notes), QStringLiteral("3 coaching notes"));
}

void TestRecordRows::historyLineAndVersions()
{
    QCOMPARE(historyLine({}), QStringLiteral("Never edited."));
    QCOMPARE(versionChoices({}), QStringList({"Current version"}));
    std::vector<store::HistoryEntry> h{{1, "edit", "Jonas Weber", "2026-07-09T08:00:00", "{}"},
                                       {2, "edit", "Lena Graf", "2026-07-10T14:05:09", "{}"}};
    QCOMPARE(historyLine(h), QStringLiteral("Edited 2 times — last by Lena Graf on 2026-07-10 14:05"));
    QCOMPARE(historyLine({h[0]}), QStringLiteral("Edited once — last by Jonas Weber on 2026-07-09 08:00"));
    QCOMPARE(versionChoices(h), QStringList({"Current version", "Before edit 1 (by Jonas Weber on 2026-07-09 08:00)",
                                             "Before edit 2 (by Lena Graf on 2026-07-10 14:05)"}));
}

QTEST_MAIN(TestRecordRows)
#include "tst_recordrows.moc"
