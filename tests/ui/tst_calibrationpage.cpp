// Offscreen test of the calibration page as a facilitator uses it: create a
// session, score blind in turn (nobody sees anyone else's scores), reveal,
// agree with a note, find the note in the decision log, and run the shared
// screen with the keyboard. With FB_SCREENSHOT_DIR set, writes
// calibration-*.png there (for docs/screenshots).
#include "AppSupport.h"
#include "CalibrationPdf.h"
#include "Screenshots.h"
#include "background/DatabaseJobs.h"
#include "demo/DemoGenerator.h"
#include "pages/calibration/BlindScoringPanel.h"
#include "pages/calibration/CalibrationPage.h"
#include "pages/calibration/DecisionLogPanel.h"
#include "pages/calibration/DeviationScoresDialog.h"
#include "pages/calibration/HistoryPanel.h"
#include "pages/calibration/PresentationWindow.h"
#include "pages/calibration/RevealPanel.h"
#include "pages/calibration/SessionDialog.h"
#include "pages/calibration/StatisticsPanel.h"
#include "pages/quality/RubricEditor.h"
#include "store/CalibrationStore.h"
#include "store/Database.h"
#include "store/RubricStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;
using namespace fb::ui::calibration;

class TestCalibrationPage final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void emptyDatabaseSaysWhatToDo();
    void deviationOpensItsScores();
    void sessionFromStartToAgreement();
    void blindScoringByKeyboardOnly();

private:
    static void typeTurn(BlindScoringPanel* scoring, const QString& who, const QStringList& rowValues);
    QTemporaryDir m_dir;
    QString m_path;
};

void TestCalibrationPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ui::initResources();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"cal.floorboard"_s);
    auto db = store::Database::open(m_path);
    QVERIFY(db.ok());
    // The default demo site: it holds ten weekly calibration sessions, so the history has a story.
    QVERIFY(demo::generateDemo(**db, demo::DemoOptions{}).ok());
    // A yes/no attribute, so the page's nominal path (y/n entry, AC1) runs too.
    auto rubric = store::loadRubric(**db);
    QVERIFY(rubric.ok());
    RubricAttribute greeting;
    greeting.name = "greeting_used";
    greeting.description = "Used the branded greeting";
    greeting.weight = 10;
    greeting.yesNo = true;
    greeting.naAllowed = false;
    rubric->attributes.push_back(greeting);
    QVERIFY(store::saveRubricVersion(**db, rubric.value()).ok());
}

void TestCalibrationPage::emptyDatabaseSaysWhatToDo()
{
    const QString path = m_dir.filePath(u"empty.floorboard"_s);
    QVERIFY(store::Database::open(path).ok());
    CalibrationPage page(path);
    QSignalSpy loaded(&page, &CalibrationPage::sessionsLoaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(page.sessionCombo()->count(), 0);
    QVERIFY(!page.view());
    QVERIFY(!page.tabs()->isTabEnabled(0)); // nothing to score yet
    bool hint = false;
    for (auto* label : page.findChildren<QLabel*>())
        hint = hint || label->text().contains(u"New session…"_s);
    QVERIFY(hint);
}

// A participant's deviation on the Agreement tab opens the scores it was
// computed from, as many as its "Scores compared".
void TestCalibrationPage::deviationOpensItsScores()
{
    CalibrationPage page(m_path);
    page.resize(1280, 720);
    page.show();
    QSignalSpy loaded(&page, &CalibrationPage::sessionsLoaded);
    QVERIFY(loaded.wait(20000));
    page.sessionCombo()->setCurrentIndex(page.sessionCombo()->findData(u"2026-W37"_s));
    QTRY_VERIFY_WITH_TIMEOUT(page.view() && page.view()->data.session.id == "2026-W37", 20000);
    page.tabs()->setCurrentWidget(page.statistics());
    QTableWidget* deviations = page.statistics()->deviationTable();
    // The QA lead was away that week: no anchor, five participants x five attributes, each against the consensus.
    QCOMPARE(deviations->rowCount(), 25);
    for (int r = 0; r < deviations->rowCount(); ++r) {
        std::unique_ptr<DeviationScoresDialog> dialog(page.statistics()->openDeviationScores(r));
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), deviations->item(r, 2)->text().toInt());
        double absolute = 0;
        for (int i = 0; i < dialog->table()->rowCount(); ++i)
            absolute += std::abs(QLocale().toDouble(dialog->table()->item(i, 6)->text().replace(u"−"_s, u"-"_s)));
        QCOMPARE(QString::number(absolute / dialog->table()->rowCount(), 'f', 2).toDouble(),
                 QLocale().toDouble(deviations->item(r, 3)->text()));
    }
    QVERIFY(fb::test::saveScreenshot(page.grab().toImage(), u"calibration-agreement-demo.png"_s));
    {
        std::unique_ptr<DeviationScoresDialog> dialog(page.statistics()->openDeviationScores(0));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QVERIFY(fb::test::saveScreenshot(dialog->grab().toImage(), u"calibration-deviation-scores.png"_s));
    }
    // Tessa Andersen on accuracy, read with sqlite3 from calibration_scores joined to
    // calibration_consensus and calibration_units (in position order): 8 scores, 4 of them 1 above.
    QCOMPARE(deviations->item(0, 0)->text(), u"Tessa Andersen"_s);
    QCOMPARE(deviations->item(0, 1)->text(), u"Accuracy"_s);
    QCOMPARE(deviations->item(0, 2)->text(), u"8"_s);
    QCOMPARE(deviations->item(0, 3)->text(), u"0.5"_s);
    {
        std::unique_ptr<DeviationScoresDialog> dialog(page.statistics()->openDeviationScores(0));
        QTableWidget* t = dialog->table();
        const QStringList first{u"2026-W37"_s, u"C00051039"_s, u"Nora Varga (A0028)"_s, u"Accuracy"_s, u"4"_s,
                                u"3"_s,        u"+1"_s};
        const QStringList last{u"2026-W37"_s, u"C00084175"_s, u"Oscar Garcia (A0045)"_s, u"Accuracy"_s, u"2"_s,
                               u"1"_s,        u"+1"_s};
        for (int c = 0; c < 7; ++c) {
            QCOMPARE(t->item(0, c)->text(), first[c]);
            QCOMPARE(t->item(7, c)->text(), last[c]);
        }
        const QStringList differences{u"+1"_s, u"0"_s, u"0"_s, u"+1"_s, u"+1"_s, u"0"_s, u"0"_s, u"+1"_s};
        for (int r = 0; r < 8; ++r)
            QCOMPARE(t->item(r, 6)->text(), differences[r]);
        QCOMPARE(t->horizontalHeaderItem(5)->text(), u"Consensus"_s);
        QCOMPARE(dialog->summary(),
                 u"Tessa Andersen on Accuracy: 8 score(s) compared with the consensus, mean absolute deviation 0.5."_s);
    }
    // The decision log of the demo's nine agreed sessions: one line a decision, every row as tall as the first.
    page.tabs()->setCurrentWidget(page.decisionLog());
    page.decisionLog()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(page.decisionLog()->table()->rowCount() > 0, 20000);
    QTest::qWait(100);
    QTableWidget* log = page.decisionLog()->table();
    for (int r = 1; r < log->rowCount(); ++r)
        QCOMPARE(log->rowHeight(r), log->rowHeight(0));
    QVERIFY(fb::test::saveScreenshot(page.grab().toImage(), u"calibration-decisions-demo.png"_s));
}

// Starts `who`'s turn and types one comma-separated row of scores per interaction.
void TestCalibrationPage::typeTurn(BlindScoringPanel* scoring, const QString& who, const QStringList& rowValues)
{
    QSignalSpy shown(scoring, &BlindScoringPanel::turnShown);
    scoring->startTurn(who);
    QVERIFY(shown.wait(10000));
    QTableWidget* grid = scoring->grid();
    for (int r = 0; r < grid->rowCount(); ++r) {
        const QStringList values = rowValues.value(r).split(u',');
        for (int c = 0; c < values.size(); ++c)
            grid->item(r, 2 + c)->setText(values[c]);
    }
}

void TestCalibrationPage::sessionFromStartToAgreement()
{
    CalibrationPage page(m_path);
    page.resize(1280, 860);
    page.show();
    QSignalSpy shown(&page, &CalibrationPage::sessionShown);

    // Create: three participants, the QA lead as anchor, three interactions drawn with a seed.
    SessionRequest request;
    request.session.id = "T1";
    request.session.heldOn = QDate(2026, 8, 3);
    request.session.facilitator = "Mara Lind";
    request.session.participants = {{"Jonas Weber", {}}, {"Amara Okafor", {}}, {"Lea Sommer", "QA"}};
    request.session.anchor = "Lea Sommer";
    request.drawn = true;
    request.sampleSize = 3;
    request.seed = 4242;
    request.per = fb::SamplePer::Agent;
    page.createSession(request);
    QTRY_VERIFY_WITH_TIMEOUT(page.view() && page.view()->data.session.id == "T1", 20000);
    const SessionViewPtr created = page.view();
    QCOMPARE(created->data.input.units.size(), std::size_t(3));
    QCOMPARE(created->data.input.attributes.size(), std::size_t(6));
    QVERIFY2(page.headerText().contains(u"seed 4242"_s), qPrintable(page.headerText()));
    QVERIFY(page.headerText().contains(u"anchor, Lea Sommer"_s));

    // The same seed draws the same interactions again.
    {
        auto db = store::Database::open(m_path);
        QVERIFY(db.ok());
        auto again = store::drawSample(**db, 3, 4242, fb::SamplePer::Agent);
        QVERIFY(again.ok());
        QCOMPARE(again.value(), created->data.input.units);
    }

    // Blind scoring in turn. A bad cell blocks the save and says why.
    BlindScoringPanel* scoring = page.scoring();
    typeTurn(scoring, u"Jonas Weber"_s, {u"3,3,2,4,2,y"_s, u"4,3,3,4,3,y"_s, u"2,2,2,3,1,n"_s});
    scoring->grid()->item(0, 2)->setText(u"7"_s);
    QVERIFY(!scoring->saveTurn());
    QVERIFY(scoring->inTurn());
    QCOMPARE(
        scoring->turnStateText(),
        u"⚠ Nothing saved: 1 cell(s) need a valid score. %1, Accuracy: '7' is not a whole number from 0 to 4"_s.arg(
            QString::fromStdString(created->data.input.units[0])));
    QCOMPARE(page.view()->progress[0].scored, qint64(0)); // nothing written
    scoring->grid()->item(0, 2)->setText(u"3"_s);
    scoring->grid()->item(1, 7)->setText(u"maybe"_s);
    QVERIFY(!scoring->saveTurn());
    QVERIFY(scoring->turnStateText().contains(u"'maybe' is not y or n (Greeting used is a yes/no attribute)"_s));
    scoring->grid()->item(1, 7)->setText(u"y"_s);
    scoring->grid()->item(0, 2)->setText(u"3"_s);
    QVERIFY(fb::test::saveScreenshot(page.grab().toImage(), u"calibration-scoring.png"_s));
    QVERIFY(scoring->saveTurn());
    QTRY_VERIFY_WITH_TIMEOUT(!scoring->inTurn(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(page.view()->progress[0].scored == 18, 10000);

    // The next person sees an empty grid: Jonas's scores stay hidden.
    typeTurn(scoring, u"Amara Okafor"_s, {});
    for (int r = 0; r < scoring->grid()->rowCount(); ++r)
        for (int c = 2; c < scoring->grid()->columnCount(); ++c)
            QVERIFY2(scoring->grid()->item(r, c)->text().isEmpty(), "another participant's score is visible");
    typeTurn(scoring, u"Amara Okafor"_s, {u"4,4,3,4,3,y"_s, u"4,3,3,4,3,y"_s, u"0,2,2,3,2,y"_s});
    QVERIFY(scoring->saveTurn());
    QTRY_VERIFY_WITH_TIMEOUT(!scoring->inTurn(), 10000);
    typeTurn(scoring, u"Lea Sommer"_s, {u"3,3,2,4,2,y"_s, u"4,3,3,4,3,y"_s, u"2,2,2,3,1,n"_s});
    QVERIFY(scoring->saveTurn());
    QTRY_VERIFY_WITH_TIMEOUT(page.view() && page.view()->allScored(), 10000);
    QVERIFY(fb::test::saveScreenshot(page.grab().toImage(), u"calibration-progress.png"_s));

    // Reveal: hidden until asked; then every interaction x attribute and the total.
    RevealPanel* reveal = page.revealPanel();
    page.tabs()->setCurrentWidget(reveal);
    QVERIFY(!reveal->revealed());
    reveal->reveal();
    QVERIFY(reveal->revealed());
    RevealModel* model = reveal->model();
    QCOMPARE(model->rowCount(), 3 * 7);
    // Amara scored accuracy 0 on the third interaction where the anchor said 2: beyond tolerance, shown as text.
    const int row = model->firstRowOf(2); // accuracy of interaction 3
    const QModelIndex amara = model->index(row, RevealModel::FirstParticipantColumn + 1);
    QVERIFY(model->data(amara, RevealModel::BeyondRole).toBool());
    QCOMPARE(model->data(amara, Qt::DisplayRole).toString(), u"0 (−2) ▼"_s);
    // Her yes on the greeting where the anchor said no: any difference on yes/no counts.
    const QModelIndex greeting = model->index(row + 5, RevealModel::FirstParticipantColumn + 1);
    QVERIFY(model->data(greeting, RevealModel::BeyondRole).toBool());
    QCOMPARE(model->data(greeting, Qt::DisplayRole).toString(), u"yes (+1) ▲"_s);
    // The anchor's own cells carry no deviation.
    const QModelIndex anchor = model->index(row, RevealModel::FirstParticipantColumn + 2);
    QCOMPARE(model->data(anchor, Qt::DisplayRole).toString(), u"2"_s);
    QVERIFY(!model->data(anchor, RevealModel::BeyondRole).toBool());

    // Agree on the third interaction: a note is required; then it becomes the official evaluation.
    reveal->selectUnit(2);
    QCOMPARE(reveal->agreedScore(0)->currentData().toDouble(), 2.0); // suggested from the anchor
    reveal->noteEdit()->clear();
    QVERIFY(!reveal->recordAgreement());
    QCOMPARE(reveal->agreeStateText(),
             u"⚠ Write the decision note: why the group agreed, so the next session can look it up."_s);
    reveal->noteEdit()->setText(u"Wrong refund amount quoted, corrected later in the call: 2"_s);
    QSignalSpy agreed(reveal, &RevealPanel::agreed);
    QVERIFY(reveal->recordAgreement());
    QVERIFY(agreed.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!page.view()->data.agreed.empty(), 10000);
    QCOMPARE(page.view()->data.agreed.size(), std::size_t(6));
    QVERIFY(fb::test::saveScreenshot(page.grab().toImage(), u"calibration-reveal.png"_s));

    // Statistics: one row per attribute, the total and overall; AC1 on the yes/no attribute only.
    auto* stats = page.statistics()->agreementTable();
    QCOMPARE(stats->rowCount(), 8);
    QVERIFY(stats->item(5, 3)->text().startsWith(u"0."_s) || stats->item(5, 3)->text().startsWith(u"-"_s) ||
            stats->item(5, 3)->text().startsWith(u"1"_s));
    // An empty AC1 says why (analytics::calibrationReport computes it on yes/no attributes only).
    QCOMPARE(stats->item(0, 3)->text(), u"yes/no attributes only"_s);
    page.tabs()->setCurrentWidget(page.statistics());
    QVERIFY(fb::test::saveScreenshot(page.grab().toImage(), u"calibration-agreement.png"_s));

    // The session report: the PDF as the page exports it, and its reveal page as an image to look at.
    const QString pdf = m_dir.filePath(u"T1.pdf"_s);
    QString error;
    QVERIFY2(page.exportPdf(pdf, &error), qPrintable(error));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QVERIFY2(page.exportCsv(m_dir.filePath(u"T1-csv"_s), &error), qPrintable(error));
    QVERIFY(QFile::exists(m_dir.filePath(u"T1-csv/T1-reveal.csv"_s)));
    const QImage revealPage = report::renderCalibrationReportPage(page.view()->data, 1);
    QVERIFY(!revealPage.isNull());
    QVERIFY(fb::test::saveScreenshot(revealPage.scaledToWidth(1100, Qt::SmoothTransformation),
                                     u"calibration-report.png"_s));

    // The decision log finds the ruling.
    DecisionLogPanel* log = page.decisionLog();
    QSignalSpy searched(log, &DecisionLogPanel::searched);
    log->search(u"CORRECTED LATER IN THE CALL"_s);
    QVERIFY(searched.wait(10000));
    QCOMPARE(log->table()->rowCount(), 6);
    QCOMPARE(log->table()->item(0, 1)->text(), u"T1"_s);
    QCOMPARE(log->table()->item(0, 2)->text(), QString::fromStdString(created->data.input.units[2]));

    // Beside the rubric: the Quality page's rubric editor lists the rulings on the chosen attribute.
    {
        ui::DatabaseJobs worker(m_path);
        ui::RubricEditor rubric(worker);
        QSignalSpy rubricLoaded(&rubric, &ui::RubricEditor::loaded);
        rubric.reload();
        QVERIFY(rubricLoaded.wait(10000));
        QSignalSpy rulings(&rubric, &ui::RubricEditor::rulingsShown);
        rubric.table()->setCurrentCell(0, 0); // accuracy
        QVERIFY(rulings.count() > 0 || rulings.wait(10000));
        bool found = false;
        for (int r = 0; r < rubric.rulingsTable()->rowCount(); ++r)
            found = found || (rubric.rulingsTable()->item(r, 1)->text() == u"T1"_s &&
                              rubric.rulingsTable()->item(r, 3)->text().contains(u"corrected later"_s));
        QVERIFY(found);
    }

    // The shared screen: masked agents, initials, keyboard navigation, one chart at a time.
    page.present();
    PresentationWindow* screen = page.presentation();
    QVERIFY(screen);
    QVERIFY(screen->display().maskAgents && screen->display().initialsOnly);
    // Three interactions of three different agents: masked in order of appearance, the third is "Agent C".
    const auto& units = created->data.session.units;
    QCOMPARE(units.size(), std::size_t(3));
    QVERIFY(units[0].agentId != units[1].agentId && units[1].agentId != units[2].agentId &&
            units[0].agentId != units[2].agentId);
    QCOMPARE(screen->titleText(),
             u"Interaction 3 of 3 · Agent C · %1"_s.arg(QString::fromStdString(created->data.input.units[2])));
    QVERIFY(screen->fontScale() >= 1.6);
    const QString firstHeader =
        screen->model()->headerData(RevealModel::FirstParticipantColumn, Qt::Horizontal, Qt::DisplayRole).toString();
    QCOMPARE(firstHeader, u"JW"_s);
    QCOMPARE(screen->unit(), std::size_t(2)); // follows the page
    QTest::keyClick(screen, Qt::Key_Home);
    QCOMPARE(screen->unit(), std::size_t(0));
    QTest::keyClick(screen, Qt::Key_Right);
    QCOMPARE(screen->unit(), std::size_t(1));
    QTest::keyClick(screen, Qt::Key_PageDown);
    QCOMPARE(screen->unit(), std::size_t(2));
    QTest::keyClick(screen, Qt::Key_PageDown); // stays on the last
    QCOMPARE(screen->unit(), std::size_t(2));
    QTest::keyClick(screen, Qt::Key_PageUp);
    QCOMPARE(screen->unit(), std::size_t(1));
    QCOMPARE(reveal->currentUnit(), std::optional<std::size_t>(1)); // the page follows the screen
    QCOMPARE(screen->model()->rowCount(), 7);
    QTest::keyClick(screen, Qt::Key_M);
    QVERIFY(!screen->display().maskAgents);
    QTest::keyClick(screen, Qt::Key_M);
    const auto chart = screen->chart();
    QTest::keyClick(screen, Qt::Key_C);
    QVERIFY(screen->chart() != chart);
    screen->showNormal(); // the offscreen screen is small; show it as on a 1600 x 900 projector
    screen->resize(1600, 900);
    QTest::keyClick(screen, Qt::Key_Home);
    while (screen->chart() != PresentationWindow::Chart::SessionDeviation)
        QTest::keyClick(screen, Qt::Key_C);
    QTest::qWait(100); // widgets added to a shown layout appear on the next event loop pass
    QVERIFY(fb::test::saveScreenshot(screen->grab().toImage(), u"calibration-presentation.png"_s));
    // A 1280 x 720 projector: the Total row stays one line, as tall as an attribute's.
    screen->resize(1280, 720);
    QTest::qWait(100);
    QVERIFY(fb::test::saveScreenshot(screen->grab().toImage(), u"calibration-presentation-1280.png"_s));
    {
        auto* table = screen->findChild<QTableView*>();
        QVERIFY(table);
        const int total = screen->model()->rowCount() - 1;
        QCOMPARE(table->rowHeight(total), table->rowHeight(0));
        for (int c = RevealModel::FirstParticipantColumn; c < screen->model()->columnCount(); ++c)
            QVERIFY2(static_cast<const QAbstractItemView*>(table)->sizeHintForColumn(c) <= table->columnWidth(c),
                     qPrintable(QString::number(c)));
    }
    QTest::keyClick(screen, Qt::Key_Escape);
    QTRY_VERIFY(!page.presentation());

    // History over the sessions in the database (the demo's and this one).
    QTRY_VERIFY_WITH_TIMEOUT(page.history()->history() != nullptr, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(page.history()->history()->sessions.size(), std::size_t(11), 20000);
    QVERIFY2(page.history()->summaryText().contains(u"converging"_s), qPrintable(page.history()->summaryText()));
    page.tabs()->setCurrentWidget(page.history());
    QTest::qWait(100);
    QVERIFY(fb::test::saveScreenshot(page.grab().toImage(), u"calibration-history.png"_s));
}

// Runs last (it adds a session): a participant scores every attribute of
// every interaction with the keyboard alone, as the hint says (Tab on, Ctrl+S).
void TestCalibrationPage::blindScoringByKeyboardOnly()
{
    CalibrationPage page(m_path);
    page.resize(1280, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    SessionRequest request;
    request.session.id = "K1";
    request.session.heldOn = QDate(2026, 8, 4);
    request.session.facilitator = "Mara Lind";
    request.session.participants = {{"Jonas Weber", {}}, {"Lea Sommer", "QA"}};
    request.drawn = true;
    request.sampleSize = 2;
    request.seed = 99;
    request.per = fb::SamplePer::Agent;
    page.createSession(request);
    QTRY_VERIFY_WITH_TIMEOUT(page.view() && page.view()->data.session.id == "K1", 20000);
    const auto attributes = page.view()->data.input.attributes;
    QCOMPARE(attributes.size(), std::size_t(6)); // five 0-4 attributes and the yes/no greeting

    BlindScoringPanel* scoring = page.scoring();
    page.tabs()->setCurrentWidget(scoring);
    QSignalSpy shown(scoring, &BlindScoringPanel::turnShown);
    scoring->startTurn(u"Jonas Weber"_s);
    QVERIFY(shown.wait(10000));
    bool hinted = false;
    for (const QLabel* label : scoring->findChildren<QLabel*>())
        hinted =
            hinted || label->text().contains(u"Tab moves to the next score, Shift+Tab back, Ctrl+S saves and hides"_s);
    QVERIFY(hinted);
    QTableWidget* grid = scoring->grid();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(grid));
    for (int r = 0; r < grid->rowCount(); ++r)
        for (std::size_t a = 0; a < attributes.size(); ++a) {
            // Tab never stops on the interaction or agent columns.
            QCOMPARE(grid->currentRow(), r);
            QCOMPARE(grid->currentColumn(), 2 + int(a));
            QTest::keyClicks(QApplication::focusWidget(), attributes[a].yesNo ? u"y"_s : QString::number(int(a % 5)));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
    // Shift+Tab from the second row's first score goes back to the first row's last.
    grid->setCurrentCell(1, 2);
    QTest::keyClick(grid, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(grid->currentRow(), 0);
    QCOMPARE(grid->currentColumn(), grid->columnCount() - 1);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!scoring->inTurn(), 10000);
    auto db = store::Database::open(m_path, store::Database::Mode::ReadOnly);
    QVERIFY(db.ok());
    auto saved = store::participantScores(**db, "K1", "Jonas Weber");
    QVERIFY(saved.ok());
    QCOMPARE(saved->size(), std::size_t(2 * 6));
    for (const CalibrationScore& score : saved.value())
        for (std::size_t a = 0; a < attributes.size(); ++a)
            if (attributes[a].name == score.attribute)
                QCOMPARE(score.score, std::optional<double>(attributes[a].yesNo ? 1.0 : double(a % 5)));
}

QTEST_MAIN(TestCalibrationPage)
#include "tst_calibrationpage.moc"
