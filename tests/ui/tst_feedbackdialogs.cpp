// The Feedback page's dialogs offscreen on the default demo site (seed 1):
// a ticket's history, deciding and fixing it through the store's writers with
// their exact refusals, "Did it help?" on the planted billing fix (T0010), the
// categories and holidays, and the trend chart's months with their n. With
// FB_SCREENSHOT_DIR set it writes feedback-*.png there (docs/screenshots).
//
// The months and their n were counted with the sqlite3 shell on the same demo
// made by `floorboard-cli demo`, as of 2026-10-25 (the data end):
//   SELECT substr(decided_on, 1, 7), count(*) FROM feedback_tickets WHERE decided_on IS NOT NULL GROUP BY 1;
//     -> 2026-07 6, 2026-08 6, 2026-09 8, 2026-10 8
//   SELECT substr(fixed_on, 1, 7), count(*) FROM feedback_tickets WHERE fixed_on IS NOT NULL GROUP BY 1;
//     -> 2026-08 4, 2026-09 3, 2026-10 2
// The rework cells of T0010 are those of tests/cli/tst_feedback_didithelp.cpp (sqlite3, by hand).
#include "AppSupport.h"
#include "DemoSite.h"
#include "Screenshots.h"
#include "demo/DemoGenerator.h"
#include "pages/feedback/DecisionDialog.h"
#include "pages/feedback/FeedbackPage.h"
#include "pages/feedback/FixDialog.h"
#include "pages/feedback/QueueView.h"
#include "pages/feedback/SetupDialog.h"
#include "pages/feedback/TicketDialog.h"
#include "pages/feedback/TimeToFixView.h"
#include "store/Database.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;

class TestFeedbackDialogs final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ui::initResources();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"site.floorboard"_s);
        QVERIFY(fbtest::makeDemoSite(m_path));
    }

    void tabsAndTheTrend()
    {
        ui::FeedbackPage page(m_path);
        page.resize(1280, 720);
        QSignalSpy loaded(&page, &ui::FeedbackPage::loaded);
        page.show();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.today(), QDate(2026, 10, 25));
        const char* names[] = {"feedback-queue.png", "feedback-all.png", "feedback-intake.png", "feedback-loop.png",
                               "feedback-time.png"};
        for (int i = 0; i < 5; ++i) {
            page.tabs()->setCurrentIndex(i);
            QCoreApplication::processEvents();
            QVERIFY(test::saveScreenshot(page.grab().toImage(), QString::fromLatin1(names[i])));
        }
        auto* view = qobject_cast<QChartView*>(page.timeToFix()->trendChart());
        QVERIFY(view);
        auto* x = qobject_cast<QCategoryAxis*>(view->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QCOMPARE(x->categoriesLabels(),
                 (QStringList{u"2026-07: 6 · 0"_s, u"2026-08: 6 · 4"_s, u"2026-09: 8 · 3"_s, u"2026-10*: 8 · 2"_s}));
        QCOMPARE(page.timeToFix()->trendNote()->text(),
                 u"Under each month: tickets decided · fixed in it (n); * the month is not over yet. A month with "
                 "fewer than 3 shows no median (not enough data)."_s);
    }

    void decideAndFixWithTheStoresRefusals()
    {
        ui::FeedbackPage page(m_path);
        QSignalSpy loaded(&page, &ui::FeedbackPage::loaded);
        QVERIFY(loaded.wait(10000));
        QVERIFY(!page.openTicket(u"T9999"_s));
        QCOMPARE(page.statusText(), u"No feedback ticket 'T9999'."_s);
        ui::TicketDialog* ticket = page.openTicket(u"T0002"_s);
        QVERIFY(ticket);
        QSignalSpy ticketLoaded(ticket, &ui::TicketDialog::loaded);
        QVERIFY(ticketLoaded.wait(10000));
        // The demo's history of T0002 (sqlite3: select on_day, action, who, text, recorded_at from
        // feedback_history where ticket_id = 'T0002' order by id): raised by A0003, +1s from A0018 and A0021.
        QCOMPARE(ticket->history()->rowCount(), 3);
        QCOMPARE(ticket->history()->item(0, 0)->text(), u"2026-07-13"_s);
        QCOMPARE(ticket->history()->item(0, 1)->text(), u"raised"_s);
        QCOMPARE(ticket->history()->item(0, 2)->text(), u"Zain Schmidt"_s);
        QCOMPARE(ticket->history()->item(0, 3)->text(), u"A0003"_s);
        QCOMPARE(ticket->history()->item(0, 4)->text(), u"2026-07-13 09:46"_s);
        QCOMPARE(ticket->history()->item(2, 1)->text(), u"raised again (+1)"_s);
        QCOMPARE(ticket->history()->item(2, 3)->text(), u"A0021"_s);
        QVERIFY(ticket->decideButton()->isEnabled());
        QVERIFY(!ticket->fixButton()->isEnabled());
        QVERIFY(!ticket->helpButton()->isEnabled());

        ticket->decide();
        auto* decision = ticket->findChild<ui::DecisionDialog*>();
        QVERIFY(decision);
        QCOMPARE(decision->day()->date(), QDate(2026, 10, 25));
        QTest::keyClicks(decision->plan(), u"Hide archived articles from search"_s);
        QTest::keyClicks(decision->by(), u"Jonas Weber"_s);
        decision->submit();
        QTRY_COMPARE_WITH_TIMEOUT(decision->problem()->text(),
                                  u"Not saved: an accepted ticket needs an owner for the fix"_s, 10000);
        QCOMPARE(decision->plan()->text(), u"Hide archived articles from search"_s); // kept
        QTest::keyClicks(decision->owner(), u"Priya Shah"_s);
        QSignalSpy changed(ticket, &ui::TicketDialog::changed);
        QTest::keyClick(decision->owner(), Qt::Key_Return); // Enter saves
        QVERIFY(changed.wait(10000));
        QVERIFY(ticketLoaded.wait(10000));
        QCOMPARE(ticket->ticket().status, std::string("accepted"));
        QCOMPARE(ticket->history()->rowCount(), 4);
        QCOMPARE(ticket->history()->item(3, 0)->text(), u"2026-10-25"_s);
        QCOMPARE(ticket->history()->item(3, 1)->text(), u"accepted"_s);
        QCOMPARE(ticket->history()->item(3, 2)->text(), u"Jonas Weber"_s);
        QCOMPARE(ticket->history()->item(3, 3)->text(), u"Hide archived articles from search (owner Priya Shah)"_s);
        QVERIFY(ticket->fixButton()->isEnabled());

        ticket->fix();
        auto* fix = ticket->findChild<ui::FixDialog*>();
        QVERIFY(fix);
        QCOMPARE(fix->what()->text(), u"Hide archived articles from search"_s); // the plan, to edit into "We ..."
        fix->day()->setDate(QDate(2026, 10, 20));
        fix->what()->setText(u"Hid archived articles from search"_s);
        QTest::keyClicks(fix->by(), u"Priya Shah"_s);
        fix->submit();
        QTRY_COMPARE_WITH_TIMEOUT(fix->problem()->text(),
                                  u"Not saved: ticket T0002 was accepted on 2026-10-25, after the fix day 2026-10-20"_s,
                                  10000);
        fix->day()->setDate(QDate(2026, 10, 25));
        fix->programFix()->setValue(77);
        fix->submit();
        QTRY_COMPARE_WITH_TIMEOUT(fix->problem()->text(),
                                  u"Not saved: no program fix 77 (floorboard-cli program report lists them)"_s, 10000);
        fix->programFix()->setValue(0);
        fix->submit();
        QVERIFY(changed.wait(10000));
        QVERIFY(ticketLoaded.wait(10000));
        QCOMPARE(ticket->ticket().status, std::string("fixed"));
        QCOMPARE(ticket->history()->rowCount(), 5);
        QCOMPARE(ticket->history()->item(4, 1)->text(), u"fixed"_s);
        QCOMPARE(ticket->history()->item(4, 2)->text(), u"Priya Shah"_s);
        // Site-wide (no queue scope): nothing to compare with, said before anything is computed.
        QVERIFY(ticket->helpButton()->isEnabled());
        QSignalSpy checked(ticket, &ui::TicketDialog::checked);
        ticket->didItHelp();
        QVERIFY(checked.wait(10000));
        QCOMPARE(ticket->result()->toPlainText(),
                 u"Not compared: ticket T0002 has no queue scope: a site-wide fix leaves no untouched queue to "
                 "compare with."_s);
    }

    void didItHelpOnThePlantedFix()
    {
        ui::FeedbackPage page(m_path);
        QSignalSpy loaded(&page, &ui::FeedbackPage::loaded);
        QVERIFY(loaded.wait(10000));
        ui::TicketDialog* ticket = page.openTicket(u"T0010"_s);
        QVERIFY(ticket);
        QSignalSpy ticketLoaded(ticket, &ui::TicketDialog::loaded);
        QVERIFY(ticketLoaded.wait(10000));
        QVERIFY(!ticket->decideButton()->isEnabled());
        QSignalSpy checked(ticket, &ui::TicketDialog::checked);
        ticket->didItHelp();
        QVERIFY(checked.wait(30000));
        const QString text = ticket->result()->toPlainText();
        QVERIFY2(text.startsWith(u"Queue billing, 2026-08-03 to 2026-08-30 before the fix against 2026-08-31 to "
                                 "2026-09-27 from it"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"Rework in billing: 13.3 % before, 7.6 % from the fix (n 5,219, 5,094); untouched "
                               "queues 9.7 % and 9.0 % (n 13,339, 12,981): the fix accounts for -5.0 points"_s),
                 qPrintable(text));
        ticket->resize(1000, 640);
        QVERIFY(test::saveScreenshot(ticket->grab().toImage(), u"feedback-did-it-help.png"_s));
    }

    void categoriesAndHolidays()
    {
        ui::FeedbackPage page(m_path);
        QSignalSpy loaded(&page, &ui::FeedbackPage::loaded);
        QVERIFY(loaded.wait(10000));
        page.openSetup();
        auto* setup = page.findChild<ui::SetupDialog*>();
        QVERIFY(setup);
        QSignalSpy setupLoaded(setup, &ui::SetupDialog::loaded);
        QVERIFY(setupLoaded.wait(10000));
        QCOMPARE(setup->categories()->rowCount(), 6);
        QCOMPARE(setup->holidays()->rowCount(), 0);
        QSignalSpy done(setup, &ui::SetupDialog::done);

        setup->categoryName()->setText(u"  Facilities "_s);
        setup->reviewDays()->setValue(3);
        setup->fixDays()->setValue(15);
        setup->saveCategory();
        QVERIFY(done.wait(10000));
        QCOMPARE(setup->status()->text(), u"Category facilities: review SLA 3, fix SLA 15 working days."_s);
        QVERIFY(setupLoaded.wait(10000));
        QCOMPARE(setup->categories()->rowCount(), 7);
        QCOMPARE(setup->categories()->item(0, 0)->text(), u"facilities"_s);
        QCOMPARE(setup->categories()->item(0, 1)->text(), u"3"_s);

        setup->categoryName()->clear();
        setup->saveCategory();
        QVERIFY(done.wait(10000));
        QCOMPARE(setup->status()->text(), u"Not saved: a feedback category needs a name"_s);

        setup->holidayDay()->setDate(QDate(2026, 12, 25));
        setup->addHoliday();
        QCOMPARE(setup->status()->text(), u"Not saved: give the holiday a name."_s);
        setup->holidayName()->setText(u"Christmas Day"_s);
        setup->addHoliday();
        QVERIFY(done.wait(10000));
        QVERIFY(setupLoaded.wait(10000));
        QCOMPARE(setup->holidays()->rowCount(), 1);

        const QString bad = m_dir.filePath(u"holidays.csv"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("day,name\n2026-12-26,Boxing Day\n2026-13-01,Nowhere\n");
        f.close();
        setup->importHolidays(bad);
        QVERIFY(done.wait(10000));
        QVERIFY2(setup->status()->text().startsWith(u"Not saved: "_s), qPrintable(setup->status()->text()));
        QVERIFY2(setup->status()->text().contains(u"2026-13-01"_s), qPrintable(setup->status()->text()));
        QCOMPARE(setup->holidays()->rowCount(), 1); // the whole file or nothing

        setup->holidays()->setCurrentCell(0, 0);
        setup->resize(1000, 600);
        QVERIFY(test::saveScreenshot(setup->grab().toImage(), u"feedback-setup.png"_s));
        setup->removeHoliday();
        QVERIFY(done.wait(10000));
        QCOMPARE(setup->status()->text(), u"Holiday on 2026-12-25 removed."_s);
        QVERIFY(setupLoaded.wait(10000));
        QCOMPARE(setup->holidays()->rowCount(), 0);

        // Rename: the selected category takes the typed name, with its tickets and SLAs.
        const auto inCategory = [&page](const char* name) {
            return static_cast<int>(std::count_if(page.snapshot().tickets.begin(), page.snapshot().tickets.end(),
                                                  [name](const FeedbackTicket& t) { return t.category == name; }));
        };
        const auto training = inCategory("training");
        // sqlite3 on `floorboard-cli --db D demo`: SELECT count(*) FROM feedback_tickets WHERE category = 'training'
        QCOMPARE(training, 7);
        setup->categories()->setCurrentCell(-1, -1);
        setup->renameCategory();
        QCOMPARE(setup->status()->text(), u"Choose the category to rename in the list first."_s);
        const auto rowOf = [setup](const QString& name) {
            for (int r = 0; r < setup->categories()->rowCount(); ++r)
                if (setup->categories()->item(r, 0)->text() == name)
                    return r;
            return -1;
        };
        setup->categories()->setCurrentCell(rowOf(u"training"_s), 0);
        QCOMPARE(setup->categoryName()->text(), u"training"_s);
        setup->categoryName()->setText(u"policy"_s);
        setup->renameCategory();
        QVERIFY(done.wait(10000));
        QCOMPARE(setup->status()->text(),
                 u"Not saved: cannot rename category 'training' to 'policy': 'policy' exists already"_s);
        setup->categoryName()->setText(u"Coaching"_s);
        setup->renameCategory();
        QVERIFY(done.wait(10000));
        QCOMPARE(setup->status()->text(), u"Category training renamed to coaching, with its tickets and SLAs."_s);
        QVERIFY(setupLoaded.wait(10000));
        const int coaching = rowOf(u"coaching"_s);
        QVERIFY(coaching >= 0);
        QCOMPARE(rowOf(u"training"_s), -1);
        QCOMPARE(setup->categories()->item(coaching, 1)->text(), u"5"_s);
        QCOMPARE(setup->categories()->item(coaching, 2)->text(), u"20"_s);
        // The page re-reads after the write; an earlier re-read may answer first.
        QTRY_COMPARE_WITH_TIMEOUT(inCategory("coaching"), training, 10000);
        QCOMPARE(inCategory("training"), 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestFeedbackDialogs)
#include "tst_feedbackdialogs.moc"
