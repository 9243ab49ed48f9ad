// Finding evaluations and coaching notes again on a seeded demo site (33
// agents, 11 teams, 20 contacts per agent and week; my team "Team 5"):
// the list counts under the default and changed filters, an edit that
// leaves one history row with the old values, a delete undone (button and
// Ctrl+Z) to the very same rows, and the random sample of seed 42 in the
// data's last week. The expected figures come from sqlite3 and a Python
// SplitMix64 (tests/reference/records_expectations.py), not from the code
// under test.
#undef QT_NO_CAST_FROM_ASCII

#include "DemoSite.h"
#include "FbTestSupport.h"
#include "Screenshots.h"
#include "Settings.h"
#include "background/DatabaseJobs.h"
#include "demo/DemoGenerator.h"
#include "pages/coaching/CoachingNoteForm.h"
#include "pages/coaching/CoachingPage.h"
#include "pages/coaching/EffectivenessView.h"
#include "pages/coaching/NoteListView.h"
#include "pages/coaching/NoteRecordDialog.h"
#include "pages/quality/EvaluationForm.h"
#include "pages/quality/EvaluationListView.h"
#include "pages/quality/EvaluationRecordDialog.h"
#include "pages/quality/QualityPage.h"
#include "pages/quality/SampleDialog.h"
#include "pages/records/RecordFilterBar.h"
#include "pages/records/RecordUndo.h"
#include "store/Database.h"
#include "store/RecordStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fb;
using namespace fb::ui;
using namespace Qt::StringLiterals;

namespace {

template <typename T> T* named(QWidget* in, const QString& accessibleName)
{
    for (T* w : in->findChildren<T*>())
        if (w->accessibleName() == accessibleName)
            return w;
    return nullptr;
}

void settle()
{
    QTRY_VERIFY_WITH_TIMEOUT(DatabaseJobs::outstandingJobs() == 0, 60000);
}

// Answers the next message box with Yes and keeps its text.
void answerYes(QString& text)
{
    auto answer = std::make_shared<std::function<void()>>();
    *answer = [&text, answer] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            text = box->text();
            box->button(QMessageBox::Yes)->click();
        } else {
            QTimer::singleShot(20, *answer);
        }
    };
    QTimer::singleShot(0, *answer);
}

QStringList column(QTableWidget* t, int c)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r)
        out << t->item(r, c)->text();
    return out;
}

} // namespace

class TestRecords final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void evaluationListCounts();
    void evaluationEditKeepsOldVersion();
    void evaluationDeleteAndUndo();
    void noteListCounts();
    void noteEditAndDeleteUndo();
    void effectivenessRowOpensItsNotes();
    void sampleOfSeedIsReproducible();

private:
    QString m_path;
    QTemporaryDir m_dir;
};

void TestRecords::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Settings::setMe(u"Team 5"_s, u"Lena Graf"_s);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"records.floorboard"_s);
    demo::DemoOptions options;
    options.agents = 33;
    options.teams = 11;
    options.contactsPerWeek = 20;
    QVERIFY(fbtest::makeDemoSite(m_path, options));
}

void TestRecords::evaluationListCounts()
{
    QualityPage page(m_path);
    page.resize(1280, 720);
    page.show();
    settle();
    EvaluationListView* list = page.evaluations();
    // Default: my team, 28 Sep to 25 Oct 2026 (the data end, four weeks back).
    QCOMPARE(list->filters()->team(), std::string("Team 5"));
    QCOMPARE(list->filters()->from(), QDate(2026, 9, 28));
    QCOMPARE(list->filters()->to(), QDate(2026, 10, 25));
    QCOMPARE(list->countText(), u"43 evaluations"_s);
    QCOMPARE(list->table()->rowCount(), 43);
    QCOMPARE(list->table()->item(0, 1)->text(), u"E0000682"_s); // newest: 25 Oct 15:08
    QCOMPARE(list->table()->item(0, 6)->text(), u"85.0"_s);
    QCOMPARE(list->table()->item(0, 7)->text(), u"pass"_s);
    page.tabs()->setCurrentWidget(list);
    QVERIFY(fb::test::saveScreenshot(page.grab().toImage(), u"quality-evaluations.png"_s));

    list->filters()->personBox()->setCurrentIndex(list->filters()->personBox()->findText(u"Rosa Keller"_s));
    list->reload();
    settle();
    QCOMPARE(list->countText(), u"20 evaluations"_s);
    list->filters()->personBox()->setCurrentIndex(0);
    list->resultBox()->setCurrentIndex(1); // pass
    list->reload();
    settle();
    QCOMPARE(list->countText(), u"14 evaluations"_s);
    list->filters()->teamBox()->setCurrentIndex(0); // all teams
    list->resultBox()->setCurrentIndex(2);          // fail
    list->reload();
    settle();
    QCOMPARE(list->countText(), u"354 evaluations"_s);
    list->resultBox()->setCurrentIndex(0);
    list->reload();
    settle();
    QCOMPARE(list->countText(), u"430 evaluations"_s);
}

void TestRecords::evaluationEditKeepsOldVersion()
{
    QualityPage page(m_path);
    page.show();
    settle();
    EvaluationListView* list = page.evaluations();
    list->open(u"E0000682"_s);
    settle();
    EvaluationRecordDialog* dialog = list->recordDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->historyText(), u"Never edited."_s);
    auto* clarity = named<QComboBox>(dialog->form(), u"Score of clarity"_s);
    QVERIFY(clarity);
    QCOMPARE(clarity->currentData().toInt(), 4);
    QVERIFY(!clarity->isEnabled()); // read-only until Edit
    QVERIFY(!dialog->form()->saveButton()->isVisible());
    dialog->editButton()->click();
    QVERIFY(clarity->isEnabled());
    clarity->setCurrentIndex(clarity->findData(2));
    dialog->form()->saveButton()->click();
    settle();
    QVERIFY2(dialog->historyText().startsWith(u"Edited once — last by Lena Graf on "_s),
             qPrintable(dialog->historyText()));
    QVERIFY(!clarity->isEnabled()); // back to viewing
    QCOMPARE(clarity->currentData().toInt(), 2);
    QCOMPARE(fbtest::dump(m_path, "SELECT score FROM qa_scores WHERE evaluation_id = 'E0000682' AND "
                                  "attribute = 'clarity'"),
             QStringList({"2"}));
    // The time kept its seconds though the form shows minutes.
    QCOMPARE(fbtest::dump(m_path, "SELECT evaluated_at FROM qa_evaluations WHERE evaluation_id = 'E0000682'"),
             QStringList({"2026-10-25T15:08:11"}));
    // One history row, holding the old values.
    QCOMPARE(fbtest::dump(m_path, "SELECT kind, record_id, action, changed_by FROM record_history"),
             QStringList({"evaluation|E0000682|edit|Lena Graf"}));
    QVERIFY(fbtest::dump(m_path, "SELECT snapshot FROM record_history")
                .front()
                .contains(u"{\"attribute\":\"clarity\",\"evaluation_id\":\"E0000682\",\"score\":4}"_s));
    // The earlier version on the same form.
    QCOMPARE(dialog->versionBox()->count(), 2);
    dialog->versionBox()->setCurrentIndex(1);
    emit dialog->versionBox()->activated(1);
    QCOMPARE(clarity->currentData().toInt(), 4);
    QVERIFY(!dialog->editButton()->isEnabled()); // only the current version is edited
    QVERIFY(fb::test::saveScreenshot(dialog->grab().toImage(), u"quality-evaluation-history.png"_s));
    dialog->close();
    // The list counts the edit.
    settle();
    QCOMPARE(list->table()->item(0, 1)->text(), u"E0000682"_s);
    QCOMPARE(list->table()->item(0, 8)->text(), u"1"_s);
}

void TestRecords::evaluationDeleteAndUndo()
{
    const char* rows = "SELECT * FROM qa_evaluations WHERE evaluation_id = 'E0000107' UNION ALL "
                       "SELECT evaluation_id, attribute, score, NULL, NULL, NULL, NULL FROM qa_scores "
                       "WHERE evaluation_id = 'E0000107'";
    const QStringList before = fbtest::dump(m_path, rows);
    QCOMPARE(before.size(), 6); // the evaluation and its five scores
    QualityPage page(m_path);
    page.show();
    settle();
    EvaluationListView* list = page.evaluations();
    QCOMPARE(list->countText(), u"43 evaluations"_s);
    list->open(u"E0000107"_s);
    settle();
    QString question;
    answerYes(question);
    list->recordDialog()->deleteButton()->click();
    settle();
    QCOMPARE(question, u"Delete evaluation E0000107 of A0002, evaluated by Carla Quinlan on 2026-10-25?\n\n"
                       "Undo delete (or Ctrl+Z) in the list brings it back."_s);
    QCOMPARE(list->countText(), u"42 evaluations"_s);
    QVERIFY(!column(list->table(), 1).contains(u"E0000107"_s));
    QCOMPARE(fbtest::dump(m_path, rows), QStringList());
    QCOMPARE(list->undo()->message(), u"Evaluation E0000107 deleted. Undo brings it back."_s);
    QVERIFY(list->undo()->undoButton()->isEnabled());

    list->undo()->undoButton()->click();
    settle();
    QCOMPARE(fbtest::dump(m_path, rows), before);
    QCOMPARE(list->countText(), u"43 evaluations"_s);
    QCOMPARE(list->undo()->message(), u"Evaluation E0000107 restored."_s);
    QCOMPARE(fbtest::dump(m_path, "SELECT count(*) FROM record_history WHERE record_id = 'E0000107'"),
             QStringList({"0"}));

    // Ctrl+Shift+Z deletes again, Ctrl+Z in the list brings it back again.
    page.tabs()->setCurrentWidget(list);
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    list->table()->setFocus();
    QTest::keyClick(list->table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    settle();
    QCOMPARE(list->countText(), u"42 evaluations"_s);
    QTest::keyClick(list->table(), Qt::Key_Z, Qt::ControlModifier);
    settle();
    QCOMPARE(fbtest::dump(m_path, rows), before);
    QCOMPARE(list->countText(), u"43 evaluations"_s);
}

void TestRecords::noteListCounts()
{
    CoachingPage page(m_path);
    page.resize(1280, 720);
    page.show();
    settle();
    NoteListView* list = page.notes();
    QCOMPARE(list->countText(), u"1 coaching note"_s);
    QCOMPARE(column(list->table(), 1), QStringList({"N000051"}));
    QCOMPARE(list->table()->item(0, 7)->text(), u"done: Partly met"_s);
    page.tabs()->setCurrentWidget(list);
    QVERIFY(fb::test::saveScreenshot(page.grab().toImage(), u"coaching-notes.png"_s));
    list->filters()->teamBox()->setCurrentIndex(0);
    list->reload();
    settle();
    QCOMPARE(list->countText(), u"5 coaching notes"_s);
    list->followUpBox()->setCurrentIndex(1); // open
    list->reload();
    settle();
    QCOMPARE(list->countText(), u"3 coaching notes"_s);
    // My team over all time: 9 notes, 3 of them open.
    list->filters()->teamBox()->setCurrentIndex(list->filters()->teamBox()->findText(u"Team 5"_s));
    list->filters()->fromEdit()->setDate(QDate(2026, 7, 6));
    list->reload();
    settle();
    QCOMPARE(list->countText(), u"3 coaching notes"_s);
    list->followUpBox()->setCurrentIndex(0);
    list->reload();
    settle();
    QCOMPARE(list->countText(), u"9 coaching notes"_s);
}

void TestRecords::noteEditAndDeleteUndo()
{
    const char* note = "SELECT * FROM coaching_notes WHERE note_id = 'N000051'";
    const QStringList before = fbtest::dump(m_path, note);
    CoachingPage page(m_path);
    page.show();
    settle();
    NoteListView* list = page.notes();
    list->open(u"N000051"_s);
    settle();
    NoteRecordDialog* dialog = list->recordDialog();
    auto* minutes = named<QLineEdit>(dialog->form(), u"Minutes spent"_s);
    QCOMPARE(minutes->text(), u"45"_s);
    QVERIFY(minutes->isReadOnly());
    dialog->editButton()->click();
    minutes->setText(u"30"_s);
    dialog->form()->saveButton()->click();
    settle();
    QVERIFY2(dialog->historyText().startsWith(u"Edited once — last by Lena Graf on "_s),
             qPrintable(dialog->historyText()));
    QCOMPARE(fbtest::dump(m_path, "SELECT minutes, target, followed_up_on, outcome FROM coaching_notes WHERE "
                                  "note_id = 'N000051'"),
             QStringList({"30.0|3.32|2026-10-23|partly"})); // the follow-up stays as it was
    auto db = store::Database::open(m_path, store::Database::Mode::ReadOnly);
    auto history = store::recordHistory(**db, store::RecordKind::CoachingNote, "N000051");
    QCOMPARE(history->size(), size_t(1));
    QCOMPARE(*store::noteSnapshot(history->front())->minutes, 45.0);

    // Delete and undo: the note as edited comes back, row for row.
    const QStringList edited = fbtest::dump(m_path, note);
    QVERIFY(edited != before);
    QString question;
    answerYes(question);
    dialog->deleteButton()->click();
    settle();
    QCOMPARE(list->countText(), u"No coaching notes match the filters."_s);
    QCOMPARE(fbtest::dump(m_path, note), QStringList());
    list->undo()->undoButton()->click();
    settle();
    QCOMPARE(fbtest::dump(m_path, note), edited);
    QCOMPARE(list->countText(), u"1 coaching note"_s);
    QCOMPARE(list->table()->item(0, 8)->text(), u"1"_s);
}

// Coaching ▸ Effectiveness: double-clicking a row opens the Notes tab
// filtered to that row's notes. For every row of every grouping the list holds
// as many notes as the row's Notes column, and for the coach grouping as many
// as sqlite3 counts for that coach in the same dates.
void TestRecords::effectivenessRowOpensItsNotes()
{
    CoachingPage page(m_path);
    page.resize(1280, 720);
    page.show();
    settle();
    EffectivenessView* effect = page.effectiveness();
    auto* by = named<QComboBox>(effect, u"Group by"_s);
    QVERIFY(by);
    QTableWidget* t = effect->table();
    int opened = 0;
    for (int g = 0; g < by->count(); ++g) {
        page.tabs()->setCurrentWidget(effect);
        by->setCurrentIndex(g);
        settle();
        QVERIFY2(t->rowCount() > 0, qPrintable(by->itemText(g)));
        for (int row = 0; row < t->rowCount(); ++row) {
            page.tabs()->setCurrentWidget(effect);
            settle();
            const QString group = t->item(row, 0)->text();
            const int notes = t->item(row, 1)->text().toInt();
            t->setCurrentCell(row, 0);
            emit t->cellDoubleClicked(row, 0);
            settle();
            QCOMPARE(page.tabs()->currentWidget(), page.notes());
            NoteListView* list = page.notes();
            QVERIFY2(list->table()->rowCount() == notes,
                     qPrintable(u"%1 %2: %3 notes listed, the row says %4"_s.arg(by->itemText(g), group)
                                    .arg(list->table()->rowCount())
                                    .arg(notes)));
            if (by->currentData().toString() == u"coach"_s) {
                QCOMPARE(list->filters()->person(), group.toStdString());
                const QStringList sql =
                    fbtest::dump(m_path, "SELECT count(*) FROM coaching_notes WHERE coach = '" + group.toStdString() +
                                             "' AND coached_on BETWEEN '" +
                                             list->filters()->from().toString(Qt::ISODate).toStdString() + "' AND '" +
                                             list->filters()->to().toString(Qt::ISODate).toStdString() + "'");
                QCOMPARE(sql, QStringList({QString::number(notes)}));
            }
            ++opened;
        }
    }
    QVERIFY(opened >= 3);
}

void TestRecords::sampleOfSeedIsReproducible()
{
    QualityPage page(m_path);
    page.show();
    settle();
    page.openSample();
    SampleDialog* dialog = page.sampleDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->teamBox()->currentText(), u"Team 5"_s);
    QCOMPARE(dialog->weekBox()->currentData().toInt(), 202643); // the data's last week, 19 to 25 Oct
    QCOMPARE(SampleDialog::defaultWeek(QDate(2026, 10, 25), QDate(2026, 10, 21)), 202642); // W43 still running
    dialog->sizeBox()->setValue(5);
    dialog->seedEdit()->setText(u"42"_s);
    dialog->drawButton()->click();
    settle();
    // Seed 42 over Team 5's 41 contacts of 2026-W43 (Python SplitMix64, see the header).
    const QStringList expected{"C00004558", "C00000578", "C00004559", "C00004556", "C00000576"};
    QCOMPARE(column(dialog->table(), 1), expected);
    QCOMPARE(column(dialog->table(), 4), QStringList({"✓ E0000683", "not yet", "not yet", "not yet", "✓ E0000105"}));
    QCOMPARE(dialog->message(), u"2 of 5 contacts already evaluated."_s);
    QVERIFY(fb::test::saveScreenshot(dialog->grab().toImage(), u"quality-sample.png"_s));
    // Drawing again with the same seed draws the same contacts.
    dialog->drawButton()->click();
    settle();
    QCOMPARE(column(dialog->table(), 1), expected);
    // Evaluate puts the contact on the form.
    auto* evaluate = qobject_cast<QPushButton*>(dialog->table()->cellWidget(1, 5));
    QVERIFY(evaluate);
    evaluate->click();
    settle();
    QCOMPARE(page.tabs()->currentIndex(), 0);
    QCOMPARE(page.evaluationForm()->interactionEdit()->text(), u"C00000578"_s);
    // Too few contacts is refused with the numbers.
    dialog->sizeBox()->setValue(42);
    dialog->drawButton()->click();
    settle();
    QCOMPARE(dialog->message(), u"⚠ The team has 41 interactions in the week chosen: too few to draw 42."_s);
}

QTEST_MAIN(TestRecords)
#include "tst_records.moc"
