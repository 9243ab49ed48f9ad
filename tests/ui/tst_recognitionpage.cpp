// The Recognition page offscreen on a seeded demo site (12 agents, 2 teams,
// 8 weeks, 10 contacts, seed 1): the dates follow the data, week 2026-W33
// with exact coverage, unseen at target, the huddle list and the fixers, then
// a nomination typed with its evidence checked, refused and saved. With
// FB_SCREENSHOT_DIR set it writes recognition-*.png there.
//
// The coverage figures were recounted independently from the same site's
// tables with Python 3 and sqlite3 (agents on the team in the week, the 8-week
// window W26-W33, FCR and rework from interactions by started_at, attribute
// means 25 x score from qa_evaluations and qa_scores by evaluated_at, the
// scorecard's targets and minimum n: tests/data/recognition/coverage_check.py,
// run on the site made by floorboard-cli with the same options): Billing 6 agents, 3 recognised, 1 recognition in
// W33, unseen Amara Jensen (A0010) policy_adherence 3.78 of 4, n = 18; Tech
// Support 5, 0, 0, unseen Carla Quinlan (A0008) documentation 3.22, n = 18,
// and Pablo Xu (A0004) FCR 50 of 61 = 0.820. Evaluation E0000179 (A0008,
// interaction C00000623, resolved, no CSAT) scored accuracy 3, clarity 2,
// documentation 3, empathy NA, policy 4: 100 x (22.5 + 10 + 7.5 + 20) / 80 = 75.
#include "AppSupport.h"
#include "DemoSite.h"
#include "Screenshots.h"
#include "demo/DemoGenerator.h"
#include "pages/recognition/CoverageTab.h"
#include "pages/recognition/FixersTab.h"
#include "pages/recognition/HuddleTab.h"
#include "pages/recognition/NominateTab.h"
#include "pages/recognition/RecognitionPage.h"
#include "store/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;

class TestRecognitionPage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        ui::initResources();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"site.floorboard"_s);
        demo::DemoOptions o;
        o.agents = 12;
        o.teams = 2;
        o.weeks = 8;
        o.contactsPerWeek = 10;
        QVERIFY(fbtest::makeDemoSite(m_path, o));
    }

    // The demo's interactions end on Sunday 2026-08-30 (W35), months before the clock.
    void datesFollowTheData()
    {
        ui::RecognitionPage page(m_path);
        QSignalSpy loaded(&page, &ui::RecognitionPage::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.statusText(),
                 u"0 recognition(s) in 2026-W35 (2026-08-24 to 2026-08-30) (data end on 30 Aug 2026)"_s);
        QCOMPARE(page.huddle()->emptyText(),
                 u"No public recognitions in 2026-W35. Nominate someone on the Nominate tab, or pick another week."_s);
    }

    void weekWithExactFigures()
    {
        ui::RecognitionPage page(m_path);
        page.resize(1280, 720);
        QSignalSpy loaded(&page, &ui::RecognitionPage::loaded);
        QVERIFY(loaded.wait(10000));
        page.setToday(QDate(2026, 8, 12));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.statusText(), u"1 recognition(s) in 2026-W33 (2026-08-10 to 2026-08-16)"_s);

        const QTableWidget* coverage = page.coverage()->coverageTable();
        QCOMPARE(coverage->rowCount(), 2);
        QCOMPARE(fbtest::tableRow(coverage, 0),
                 (QStringList{u"Billing"_s, u"6"_s, u"3 (50 %)"_s, u"1 (0.17 per agent)"_s, u"1"_s}));
        QCOMPARE(fbtest::tableRow(coverage, 1),
                 (QStringList{u"Tech Support"_s, u"5"_s, u"0 (0 %)"_s, u"0 (0.00 per agent)"_s, u"2"_s}));
        const QTableWidget* unseen = page.coverage()->unseenTable();
        QCOMPARE(unseen->rowCount(), 3);
        QCOMPARE(fbtest::tableRow(unseen, 0),
                 (QStringList{u"Billing"_s, u"Amara Jensen (A0010)"_s, u"never"_s, u"perfect escalation"_s,
                              u"3.8 of 4 (target 3.2 of 4)"_s, u"18"_s}));
        QCOMPARE(fbtest::tableRow(unseen, 1),
                 (QStringList{u"Tech Support"_s, u"Carla Quinlan (A0008)"_s, u"never"_s, u"precise documentation"_s,
                              u"3.2 of 4 (target 3.2 of 4)"_s, u"18"_s}));
        QCOMPARE(fbtest::tableRow(unseen, 2),
                 (QStringList{u"Tech Support"_s, u"Pablo Xu (A0004)"_s, u"never"_s, u"first-contact completion"_s,
                              u"82.0 % (target 80.0 %)"_s, u"61"_s}));

        const QTableWidget* huddle = page.huddle()->table();
        QCOMPARE(huddle->rowCount(), 1);
        QCOMPARE(fbtest::tableRow(huddle, 0),
                 (QStringList{u"2026-08-11"_s, u"Rosa Keller"_s, u"Billing"_s, u"first-contact completion"_s,
                              u"Jamal Hoffmann (peer)"_s,
                              u"Solved the login problem on the first contact with no transfer."_s, QString()}));
        QCOMPARE(page.huddle()->markdown(),
                 u"# Shout-outs, week 2026-W33\n\n- **Rosa Keller** (Billing), first-contact completion — from Jamal "
                 "Hoffmann (peer): Solved the login problem on the first contact with no transfer.\n\n"
                 "1 recognition.\n"_s);

        const QTableWidget* fixers = page.fixers()->table();
        QCOMPARE(fixers->rowCount(), 2);
        QCOMPARE(fbtest::tableRow(fixers, 0)[0], u"Dana Fischer (A0007)"_s);
        QCOMPARE(fbtest::tableRow(fixers, 0)[4], u"2026-08-03"_s);
        QCOMPARE(fbtest::tableRow(fixers, 1)[0], u"Rosa Keller (A0001)"_s);

        const char* names[] = {"recognition-nominate.png", "recognition-week.png", "recognition-coverage.png",
                               "recognition-fixers.png"};
        for (int i = 0; i < page.tabs()->count(); ++i) {
            page.tabs()->setCurrentIndex(i);
            QVERIFY(fb::test::saveScreenshot(page.grab().toImage(), QString::fromLatin1(names[i])));
        }
    }

    void nominateWithEvidence()
    {
        ui::RecognitionPage page(m_path);
        QSignalSpy loaded(&page, &ui::RecognitionPage::loaded);
        QVERIFY(loaded.wait(10000));
        page.setToday(QDate(2026, 8, 12));
        QVERIFY(loaded.wait(10000));
        page.show(); // the evidence is looked up when a field loses the keyboard focus
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(QTest::qWaitForWindowActive(&page) || true);
        ui::NominateTab* form = page.nominate();
        QCOMPARE(form->table()->rowCount(), 1);
        QCOMPARE(fbtest::tableRow(form->table(), 0)[6], u"nothing cited"_s);

        form->agentBox()->setCurrentIndex(form->agentBox()->findData(u"A0008"_s));
        form->behaviorBox()->setCurrentIndex(form->behaviorBox()->findText(u"precise documentation"_s));
        form->roleBox()->setCurrentIndex(form->roleBox()->findData(u"lead"_s));
        QTest::keyClicks(form->leadEdit(), u"Zain Schmidt"_s);
        QTest::keyClicks(form->interactionEdit(), u"C00000623"_s);
        form->evaluationEdit()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(form->evaluationEdit()));
        QTest::keyClicks(form->evaluationEdit(), u"E0000179"_s);
        QTest::keyClick(form->evaluationEdit(), Qt::Key_Tab); // editing finished: the evidence is looked up
        QTRY_COMPARE_WITH_TIMEOUT(form->evidenceLabel()->text(),
                                  u"FCR yes · no CSAT answer · QA 75 of 100 · Documentation 3 of 4"_s, 10000);

        // Someone else's evaluation is refused and the form keeps what was typed.
        form->evaluationEdit()->setText(u"E0000095"_s);
        QSignalSpy written(&page, &ui::RecognitionPage::written);
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(form->statusLabel()->text(),
                                  u"Not saved: evaluation_id: E0000095 belongs to A0004, not to A0008"_s, 10000);
        QCOMPARE(form->interactionEdit()->text(), u"C00000623"_s);

        form->evaluationEdit()->setText(u"E0000179"_s);
        QTest::keyClicks(form->evidenceEdit(), u"Case notes the back office could act on"_s);
        QTest::keyClick(form->evidenceEdit(), Qt::Key_Return);
        QVERIFY(written.wait(10000));
        QCOMPARE(form->statusLabel()->text(), u"Nomination R000008 saved."_s);
        QVERIFY(form->evidenceEdit()->text().isEmpty());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(form->table()->rowCount(), 2);
        QCOMPARE(fbtest::tableRow(form->table(), 1),
                 (QStringList{u"2026-08-12"_s, u"Carla Quinlan"_s, u"precise documentation"_s, u"Zain Schmidt (lead)"_s,
                              u"public"_s, u"C00000623, E0000179: Case notes the back office could act on"_s,
                              u"FCR yes · no CSAT answer · QA 75 of 100 · Documentation 3 of 4"_s}));
        // Recognised now: Carla leaves the unseen list, Tech Support has one recognised agent of 5.
        QCOMPARE(page.coverage()->unseenTable()->rowCount(), 2);
        QCOMPARE(fbtest::tableRow(page.coverage()->coverageTable(), 1)[2], u"1 (20 %)"_s);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestRecognitionPage)
#include "tst_recognitionpage.moc"
