// The Mentoring page offscreen: exact empty states on an empty database; on a
// seeded demo site the triggers and suggestions of empathy for the window
// 2026-W32..W35, then the keyboard's way through confirming the pairs,
// logging a session, Enter on the pair for its chart and ending a pair. The
// expected values are those of
// `floorboard-cli mentoring suggest --behavior empathy --week 2026-W35` on
// the same demo site (generateDemo with weeks = 8, seed 1), whose rules are
// checked by hand in tst_mentoring and tst_mentoringcli. With
// FB_SCREENSHOT_DIR set it writes mentoring-*.png there.
#include "AppSupport.h"
#include "DemoSite.h"
#include "Screenshots.h"
#include "charts/WeeklyComparisonChart.h"
#include "demo/DemoGenerator.h"
#include "pages/mentoring/MentoringPage.h"
#include "pages/mentoring/MentoringRows.h"
#include "pages/mentoring/PairChartTab.h"
#include "pages/mentoring/PairsTab.h"
#include "pages/mentoring/PayForwardTab.h"
#include "pages/mentoring/SuggestionsTab.h"
#include "pages/mentoring/TriggersTab.h"
#include "store/Database.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;

class TestMentoringPage final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void emptyDatabaseSaysWhy();
    void demoSiteFromTriggersToPairs();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestMentoringPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    ui::initResources();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"mentoring.floorboard"_s);
    demo::DemoOptions o;
    o.weeks = 8; // 2026-W28 to 2026-W35
    QVERIFY(fbtest::makeDemoSite(m_path, o));
}

void TestMentoringPage::emptyDatabaseSaysWhy()
{
    const QString path = m_dir.filePath(u"empty.floorboard"_s);
    QVERIFY(store::Database::open(path).ok());
    ui::MentoringPage page(path);
    QSignalSpy shown(&page, &ui::MentoringPage::viewShown);
    page.setToday(QDate(2026, 3, 18)); // window 2026-W08 to 2026-W11
    QTRY_VERIFY_WITH_TIMEOUT(page.view() && page.view()->toWeek == 202611, 10000);
    page.show();
    QCOMPARE(page.triggersTab()->emptyText(),
             u"No detractor contacts and no failed QA evaluations in 2026-W08 to 2026-W11."_s);
    QCOMPARE(page.suggestionsTab()->emptyText(),
             u"No pair to suggest for Empathy in 2026-W08 to 2026-W11: a pair needs a mentee (below the floor or in "
             "the team's bottom fifth, with enough data) and a mentor of the same team (top fifth in 3 of 4 weeks, "
             "quality gate green, a free slot). Fifths need at least 5 agents of a team with enough data."_s);
    QCOMPARE(page.pairsTab()->emptyText(),
             u"No active pair. Confirm suggested pairs, or add one by hand on the Suggestions tab."_s);
}

void TestMentoringPage::demoSiteFromTriggersToPairs()
{
    ui::MentoringPage page(m_path);
    page.resize(1280, 720);
    page.setToday(QDate(2026, 9, 9)); // last complete week 2026-W36 is after the data: the window ends at W35
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.view() && page.view()->toWeek == 202635 && page.view()->behavior == "empathy", 30000);
    QCOMPARE(page.view()->fromWeek, 202632);
    QCOMPARE(int(page.view()->triggers.size()), 988); // 963 before the late shift's harder queue (docs/demo-site.md, 7)
    QCOMPARE(page.triggersTab()->table()->rowCount(), 988);
    QCOMPARE(page.triggersTab()->table()->item(0, 1)->text(), u"Daniel Byrne (A0033)"_s);
    QVERIFY(fb::test::saveScreenshot(page.grab().toImage(), u"mentoring-triggers.png"_s));

    // Enter on a trigger shows the pairs of the behaviour it suggests: CSAT
    // for a detractor cell (`mentoring suggest --behavior csat`: A0011 and A0038, both with A0041).
    QTableWidget* triggers = page.triggersTab()->table();
    QCOMPARE(triggers->item(0, 7)->text(), u"CSAT"_s);
    triggers->setFocus();
    triggers->setCurrentCell(0, 0);
    QTest::keyClick(triggers, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(page.view()->behavior == "csat", 30000);
    QCOMPARE(page.tabs()->currentWidget(), page.suggestionsTab());
    QCOMPARE(page.suggestionsTab()->table()->rowCount(), 2);
    QVERIFY(page.suggestionsTab()->table()->item(0, 0)->text().endsWith(u"(A0011)"_s));
    QVERIFY(page.suggestionsTab()->table()->item(1, 0)->text().endsWith(u"(A0038)"_s));
    page.showBehavior("empathy");
    QTRY_VERIFY_WITH_TIMEOUT(page.view()->behavior == "empathy", 30000);

    page.tabs()->setCurrentWidget(page.suggestionsTab());
    QTableWidget* suggested = page.suggestionsTab()->table();
    QCOMPARE(suggested->rowCount(), 2);
    QCOMPARE(suggested->item(0, 0)->text(), u"Jamal Hoffmann (A0003)"_s);
    QCOMPARE(suggested->item(0, 1)->text(), u"Kira Reyes (A0041)"_s);
    QCOMPARE(suggested->item(0, 2)->text(), u"21.5 points"_s);
    QCOMPARE(suggested->item(0, 3)->text(),
             u"Kira Reyes is in the top fifth for Empathy in 3 of 4 weeks (3.3 of 4, n=9); Jamal Hoffmann is in the "
             "bottom fifth (2.3 of 4, n=11); different shifts, same site; benefit 21.5 points"_s);
    QVERIFY(fb::test::saveScreenshot(page.grab().toImage(), u"mentoring-suggestions.png"_s));

    // Kira (A0041) set to one mentee at once: only the larger benefit stays,
    // Hannah (A0038, 43.3 points), as `mentoring capacity` then `suggest` give.
    QSignalSpy written(&page, &ui::MentoringPage::written);
    emit page.suggestionsTab()->capacityRequested("A0041", 1);
    QVERIFY(written.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(suggested->rowCount(), 1, 10000);
    QCOMPARE(suggested->item(0, 0)->text(), u"Hannah Murphy (A0038)"_s);
    emit page.suggestionsTab()->capacityRequested("A0041", 2);
    QVERIFY(written.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(suggested->rowCount(), 2, 10000);

    // Confirm: the pairs start today and the page moves to the active pairs.
    page.suggestionsTab()->confirm();
    QVERIFY(written.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(page.pairsTab()->table()->rowCount(), 2, 10000);
    QCOMPARE(page.tabs()->currentWidget(), page.pairsTab());
    QCOMPARE(page.pairsTab()->table()->item(0, 4)->text(), u"2026-09-09"_s);
    QCOMPARE(page.pairsTab()->table()->item(0, 5)->text(), u"2026-10-21"_s);
    // Now mentees in an active pair: no suggestion for them any more.
    QTRY_VERIFY_WITH_TIMEOUT(page.suggestionsTab()->table()->rowCount() == 0, 10000);

    // A session of the first pair, typed into the form.
    page.pairsTab()->table()->selectRow(0);
    page.pairsTab()->minutesField()->setValue(45);
    QTest::keyClicks(page.pairsTab()->practisedField(), u"Naming the customer's situation"_s);
    page.pairsTab()->logSession();
    QVERIFY(written.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(page.pairsTab()->summaryText(),
                              u"Active pairs: 2; ended: 0 (0 met); sessions: 1 (45 minutes)"_s, 10000);
    QCOMPARE(page.pairsTab()->practisedField()->text(), QString()); // cleared once stored
    QVERIFY(fb::test::saveScreenshot(page.grab().toImage(), u"mentoring-pairs.png"_s));

    // Enter on the pair shows its weeks: started 2026-09-09 (W37), after the
    // data, so the chart runs from 4 weeks before (W33) to the last week (W35).
    QTableWidget* pairs = page.pairsTab()->table();
    pairs->setFocus();
    pairs->setCurrentCell(0, 0);
    QTest::keyClick(pairs, Qt::Key_Return);
    QCOMPARE(page.tabs()->currentWidget(), page.pairChartTab());
    QTRY_COMPARE_WITH_TIMEOUT(page.pairChartTab()->behaviorChart()->data().weekLabels,
                              (QStringList{u"W33"_s, u"W34"_s, u"W35"_s}), 10000);
    QCOMPARE(page.pairChartTab()->currentPair(), std::string("P0001"));
    QVERIFY(page.pairChartTab()->behaviorChart()->data().marks.empty()); // start and planned end lie after W35
    QCOMPARE(page.payForwardTab()->emptyText(),
             u"No former mentee has been at target for 4 weeks in a row since their pair ended."_s);
    page.tabs()->setCurrentWidget(page.pairsTab());

    page.pairsTab()->endPair(); // outcome "Met" on today's date
    QVERIFY(written.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(page.pairsTab()->summaryText(),
                              u"Active pairs: 1; ended: 1 (1 met); sessions: 1 (45 minutes)"_s, 10000);
}

QTEST_MAIN(TestMentoringPage)
#include "tst_mentoringpage.moc"
