// The coaching and quality pages offscreen: an evaluation and a coaching
// note entered with the keyboard alone (Tab between fields, typing into
// combo boxes, Enter on Save), then read back from the database. With
// FB_SCREENSHOT_DIR set, also writes screenshots of every view on a demo site.
#undef QT_NO_CAST_FROM_ASCII

#include "EnglishPlurals.h"
#include "analytics/Coaching.h"
#include "pages/coaching/CoachingNoteForm.h"
#include "pages/coaching/CoachingPage.h"
#include "pages/coaching/EffectivenessView.h"
#include "pages/coaching/FollowUpQueue.h"
#include "pages/coaching/RatioView.h"
#include "pages/coaching/TimelineView.h"
#include "pages/quality/AgentQualityView.h"
#include "pages/quality/EvaluationForm.h"
#include "pages/quality/QualityPage.h"
#include "pages/quality/RubricEditor.h"
#include "store/CoachingStore.h"
#include "store/DataEnd.h"
#include "store/Database.h"
#include "store/QaStore.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace fb;
using namespace fb::ui;

namespace {

QWidget* focused()
{
    return QApplication::focusWidget();
}

void tab()
{
    QTest::keyClick(focused(), Qt::Key_Tab);
}

// Date edits take Tab section by section (year, month, day...): Tab until the focus leaves.
void tabPastDateEdit()
{
    QWidget* edit = focused();
    QVERIFY(qobject_cast<QAbstractSpinBox*>(edit));
    for (int i = 0; i < 8 && focused() == edit; ++i)
        tab();
    QVERIFY(focused() != edit);
}

bool runCli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(FB_CLI), args);
    return p.waitForFinished(300000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool importExample(const QString& db, const char* kind)
{
    return runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QLatin1String(kind),
                   QStringLiteral(FB_EXAMPLES "/%1.csv").arg(QLatin1String(kind))});
}

} // namespace

class TestCoachingForms : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void evaluationByKeyboard();
    void noteByKeyboard();
    void followUpCompletes();
    void screenshots();

private:
    QString db() const { return m_dir.filePath(QStringLiteral("fb.db")); }
    QTemporaryDir m_dir;
};

void TestCoachingForms::initTestCase()
{
    QVERIFY(fbtest::installEnglishPlurals());
    QVERIFY(m_dir.isValid());
    QVERIFY(runCli({QStringLiteral("--db"), db(), QStringLiteral("init")}));
    QVERIFY(importExample(db(), "agents"));
    QVERIFY(importExample(db(), "interactions"));
}

void TestCoachingForms::evaluationByKeyboard()
{
    QualityPage page(db());
    QSignalSpy ready(&page, &QualityPage::ready);
    page.resize(1100, 760);
    page.show();
    QVERIFY(ready.wait(20000));
    QVERIFY(QTest::qWaitForWindowActive(&page) || true);
    EvaluationForm* form = page.evaluationForm();
    form->agentBox()->setFocus();
    QTRY_COMPARE(focused(), static_cast<QWidget*>(form->agentBox()));

    QTest::keyClicks(focused(), "A0001");
    QCOMPARE(form->agentBox()->currentData().toString(), QStringLiteral("A0001"));
    tab();
    QSignalSpy facts(form, &EvaluationForm::factsShown);
    QTest::keyClicks(focused(), "C00000001");
    tab(); // leaving the field shows the interaction's facts
    QVERIFY(facts.wait(10000));
    QTest::keyClicks(focused(), "Sara Lindqvist");
    tab();
    tabPastDateEdit();
    // accuracy 4, clarity 3 (with a comment), empathy NA, policy_adherence 4, documentation 2
    const char* scores[] = {"4", "3", "N", "4", "2"};
    for (const char* s : scores) {
        QVERIFY(qobject_cast<QComboBox*>(focused()));
        QTest::keyClicks(focused(), s);
        tab();
        QVERIFY(qobject_cast<QLineEdit*>(focused()));
        if (QByteArray(s) == "3")
            QTest::keyClicks(focused(), "Repeated the steps twice");
        tab();
    }
    // 100 x (30 + 15 + 20 + 5) / 80
    QCOMPARE(form->totalText(), QStringLiteral("Total 87.5 / 100"));
    QTest::keyClicks(focused(), "Good call"); // overall comment
    tab();
    QCOMPARE(focused(), static_cast<QWidget*>(form->saveButton()));
    QSignalSpy saved(form, &EvaluationForm::saved);
    QTest::keyClick(focused(), Qt::Key_Return);
    QVERIFY(saved.wait(10000));
    const std::string id = saved.first().first().toString().toStdString();

    auto dbConn = store::Database::open(db());
    QVERIFY(dbConn.ok());
    auto ev = store::loadEvaluation(*dbConn.value(), id);
    QVERIFY(ev.ok());
    QCOMPARE(ev->agentId, std::string("A0001"));
    QCOMPARE(ev->evaluator, std::string("Sara Lindqvist"));
    QCOMPARE(ev->interactionId, std::string("C00000001"));
    QCOMPARE(ev->comment, std::string("Good call"));
    QCOMPARE(ev->comments.at("clarity"), std::string("Repeated the steps twice"));
    QCOMPARE(ev->rubricVersion, 1);
    QCOMPARE(*store::evaluationTotal(*dbConn.value(), id).value(), 87.5);
}

void TestCoachingForms::noteByKeyboard()
{
    CoachingPage page(db());
    QSignalSpy ready(&page, &CoachingPage::directoryLoaded);
    page.resize(1100, 760);
    page.show();
    QVERIFY(ready.wait(20000));
    CoachingNoteForm* form = page.noteForm();
    form->agentBox()->setFocus();
    QTRY_COMPARE(focused(), static_cast<QWidget*>(form->agentBox()));

    QTest::keyClicks(focused(), "A0002");
    tab();
    QTest::keyClicks(focused(), "Jonas Weber");
    // Saving now is refused, naming what is missing.
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(form->message(), QStringLiteral("⚠ This note cannot be saved. Missing: quality attribute, target metric, "
                                             "baseline, target value, stage, the agent's commitment, minutes spent."));
    tab();
    tabPastDateEdit(); // today
    QTest::keyClicks(focused(), "clarity");
    tab();
    QTest::keyClicks(focused(), "aht");
    tab();
    QCOMPARE(focused(), static_cast<QWidget*>(form->baselineEdit()));
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focused(), "610");
    tab();
    QTest::keyClicks(focused(), "540");
    tab();
    tabPastDateEdit(); // follow-up: today + 21 days
    QTest::keyClicks(focused(), "Commit");
    tab();
    QVERIFY(qobject_cast<QPlainTextEdit*>(focused()));
    QTest::keyClicks(focused(), "I will read back the next step before closing");
    tab();
    QTest::keyClicks(focused(), "25");
    tab();
    QCOMPARE(focused(), static_cast<QWidget*>(form->saveButton()));
    QSignalSpy saved(form, &CoachingNoteForm::saved);
    QTest::keyClick(focused(), Qt::Key_Return);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().first().toString(), QStringLiteral("N0001"));

    auto dbConn = store::Database::open(db());
    auto notes = store::loadCoachingNotes(*dbConn.value());
    QVERIFY(notes.ok());
    const auto it = std::find_if(notes->begin(), notes->end(), [](const auto& n) { return n.noteId == "N0001"; });
    QVERIFY(it != notes->end());
    QCOMPARE(it->agentId, std::string("A0002"));
    QCOMPARE(it->coach, std::string("Jonas Weber"));
    // The date starts on the data's last day when the examples end before today (docs: dates follow the data).
    const QDate day = ui::workingDay(ui::readDataEnd(*dbConn.value()).value());
    QCOMPARE(it->coachedOn, day);
    QCOMPARE(it->attribute, std::string("clarity"));
    QCOMPARE(it->targetMetric, std::string("aht"));
    QCOMPARE(*it->baseline, 610.0);
    QCOMPARE(*it->target, 540.0);
    QCOMPARE(it->followUpOn, day.addDays(21));
    QCOMPARE(it->stage, std::string("commit"));
    QCOMPARE(it->commitment, std::string("I will read back the next step before closing"));
    QCOMPARE(*it->minutes, 25.0);
}

void TestCoachingForms::followUpCompletes()
{
    CoachingPage page(db());
    FollowUpQueue* queue = page.queue();
    QDate followUpOn;
    {
        auto dbConn = store::Database::open(db());
        const auto notes = store::loadCoachingNotes(*dbConn.value());
        for (const auto& n : notes.value())
            if (n.noteId == "N0001")
                followUpOn = n.followUpOn;
    }
    QVERIFY(followUpOn.isValid());
    const QDate today = followUpOn.addDays(9); // the note of noteByKeyboard is overdue then
    queue->setToday(today);
    QSignalSpy loaded(queue, &FollowUpQueue::loaded);
    queue->reload();
    QVERIFY(loaded.wait(20000));
    QTreeWidget* tree = queue->tree();
    QTreeWidgetItem* overdue = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(2).startsWith("A0002"))
            overdue = tree->topLevelItem(i);
    QVERIFY(overdue);
    QCOMPARE(overdue->text(0), QStringLiteral("⚠ Overdue 9 days"));
    tree->setCurrentItem(overdue);
    QSignalSpy done(queue, &FollowUpQueue::completed);
    QMetaObject::invokeMethod(queue->findChild<QPushButton*>(), "click");
    QVERIFY(done.wait(10000));
    auto dbConn = store::Database::open(db());
    auto notes = store::loadCoachingNotes(*dbConn.value());
    const auto it = std::find_if(notes->begin(), notes->end(), [](const auto& n) { return n.noteId == "N0001"; });
    QCOMPARE(it->outcome, std::string("met"));
    QCOMPARE(it->followedUpOn, today);
    QVERIFY(!it->valueNow); // no interactions after the note in the examples
}

void TestCoachingForms::screenshots()
{
    const QString out = qEnvironmentVariable("FB_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set FB_SCREENSHOT_DIR to write screenshots");
    const QString demo = m_dir.filePath(QStringLiteral("demo.db"));
    QVERIFY(runCli({QStringLiteral("--db"), demo, QStringLiteral("demo"), QStringLiteral("--agents"),
                    QStringLiteral("24"), QStringLiteral("--teams"), QStringLiteral("3")}));
    auto grab = [&](QWidget& w, const QString& name) { QVERIFY(w.grab().save(QDir(out).filePath(name))); };
    {
        QualityPage page(demo);
        QSignalSpy ready(&page, &QualityPage::ready);
        page.resize(1200, 800);
        page.show();
        QVERIFY(ready.wait(30000));
        QTest::qWait(500);
        auto* form = page.evaluationForm();
        form->agentBox()->setCurrentIndex(3);
        const auto combos = form->findChildren<QComboBox*>();
        int k = 0;
        for (QComboBox* c : combos)
            if (c != form->agentBox() && c->count() >= 6)
                c->setCurrentIndex(1 + (3 + k++) % 5);
        QTest::qWait(200);
        grab(page, QStringLiteral("quality-evaluation.png"));
        page.tabs()->setCurrentWidget(page.agentQuality());
        QSignalSpy q(page.agentQuality(), &AgentQualityView::loaded);
        page.agentQuality()->reload();
        QVERIFY(q.wait(30000));
        grab(page, QStringLiteral("quality-agent.png"));
        page.tabs()->setCurrentWidget(page.rubricEditor());
        grab(page, QStringLiteral("quality-rubric.png"));
    }
    {
        CoachingPage page(demo);
        QSignalSpy ready(&page, &CoachingPage::directoryLoaded);
        page.resize(1200, 800);
        page.show();
        QVERIFY(ready.wait(30000));
        grab(page, QStringLiteral("coaching-note.png"));
        QSignalSpy ql(page.queue(), &FollowUpQueue::loaded);
        page.queue()->setToday(QDate(2026, 10, 14));
        page.queue()->reload();
        QVERIFY(ql.wait(30000));
        page.tabs()->setCurrentWidget(page.queue());
        grab(page, QStringLiteral("coaching-followups.png"));
        QSignalSpy el(page.effectiveness(), &EffectivenessView::loaded);
        page.tabs()->setCurrentWidget(page.effectiveness());
        QVERIFY(el.wait(60000));
        grab(page, QStringLiteral("coaching-effectiveness.png"));
        QSignalSpy rl(page.ratio(), &RatioView::loaded);
        page.tabs()->setCurrentWidget(page.ratio());
        QVERIFY(rl.wait(60000));
        grab(page, QStringLiteral("coaching-ratio.png"));
        QSignalSpy tl(page.timeline(), &TimelineView::loaded);
        page.tabs()->setCurrentWidget(page.timeline());
        QVERIFY(tl.wait(60000));
        grab(page, QStringLiteral("coaching-timeline.png"));
    }
}

QTEST_MAIN(TestCoachingForms)
#include "tst_coachingforms.moc"
