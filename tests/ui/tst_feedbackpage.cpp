// The Feedback page offscreen: the exact empty states on an empty site, and on
// a seeded demo site (12 agents, 2 teams, 8 weeks, 10 contacts, seed 1) as of
// Monday 2026-08-24 the queue, "you said / we did" and time to fix with exact
// values, then the intake: the +1 offer, a +1 counted, a refusal that keeps
// the form, a new ticket saved.
//
// The demo figures were recomputed independently from the same site's CSVs
// (`floorboard-cli demo --agents 12 --teams 2 --weeks 8 --contacts-per-week 10
// --csv-dir DIR`) with a Python 3 script (csv, datetime, statistics.median and
// statistics.quantiles(method='inclusive')) that walks the calendar day by day:
//   queue: T0003 revisit due 2026-08-26; T0007 waiting on owner, fix due
//          2026-09-07; T0008 waiting on owner, fix due 2026-09-15;
//   all tickets raised by 2026-08-24: 11, decided 9, median 4, p90 5.2,
//          review SLA breached 1, fixed 2, median 17.5, p90 18.7, longest open 30;
//          8 tickets open at 2026-08-24 (the long tail lists them all).
#include "AppSupport.h"
#include "DemoSite.h"
#include "EnglishPlurals.h"
#include "demo/DemoGenerator.h"
#include "pages/feedback/AllTicketsView.h"
#include "pages/feedback/FeedbackPage.h"
#include "pages/feedback/IntakeForm.h"
#include "pages/feedback/LoopView.h"
#include "pages/feedback/QueueView.h"
#include "pages/feedback/TicketDialog.h"
#include "pages/feedback/TimeToFixView.h"
#include "store/Database.h"

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

class TestFeedbackPage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(fbtest::installEnglishPlurals()); // "2 agents", as the program reads in English
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"site.floorboard"_s);
        demo::DemoOptions o;
        o.agents = 12;
        o.teams = 2;
        o.weeks = 8;
        o.contactsPerWeek = 10;
        QVERIFY(fbtest::makeDemoSite(m_path, o));
    }

    // The demo's interactions end in 2026-W35 (last contact Sat 29 Aug; the
    // week's Sunday is 30 Aug), months before the clock: the page counts from
    // there and says so. 15 tickets: `sqlite3 site.db "select count(*) from
    // feedback_tickets"` on the same demo made by floorboard-cli.
    void datesFollowTheData()
    {
        ui::FeedbackPage page(m_path);
        QSignalSpy loaded(&page, &ui::FeedbackPage::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.today(), QDate(2026, 8, 30));
        QCOMPARE(page.statusText(), u"15 tickets; week 2026-W35, as of 2026-08-30 (data end on 30 Aug 2026)"_s);
    }

    void emptySiteSaysWhatToDo()
    {
        const QString path = m_dir.filePath(u"empty.floorboard"_s);
        QVERIFY(store::Database::open(path).ok());
        ui::FeedbackPage page(path);
        QSignalSpy loaded(&page, &ui::FeedbackPage::loaded);
        QVERIFY(loaded.wait(10000));
        page.setToday(QDate(2026, 8, 24));
        QCOMPARE(page.queue()->status()->text(),
                 u"No feedback tickets yet: record one on the Intake tab or import a feedback CSV."_s);
        QCOMPARE(page.queue()->table()->rowCount(), 0);
        QCOMPARE(page.timeToFix()->status()->text(),
                 u"No feedback tickets yet: record one on the Intake tab or import a feedback CSV."_s);
        QCOMPARE(page.timeToFix()->slaTable()->rowCount(), 0);
        QCOMPARE(page.loop()->markdown(), u"# You said, we did: site-wide, 2026-W35\n\n## You said, we did\n\n"
                                          "No ticket was decided or fixed in this range.\n\n"
                                          "## Top open issues by agents raising them\n\n"
                                          "No ticket is waiting for a decision.\n\n## Next steps\n\n"
                                          "No accepted ticket is waiting for its fix.\n\n"
                                          "## Blockers retired\n\nNo fix in this range.\n"_s);
    }

    void demoSiteWithExactFigures()
    {
        ui::FeedbackPage page(m_path);
        page.resize(1280, 720);
        QSignalSpy loaded(&page, &ui::FeedbackPage::loaded);
        QVERIFY(loaded.wait(10000));
        page.setToday(QDate(2026, 8, 24));
        QCOMPARE(page.snapshot().tickets.size(), size_t(15));

        const QTableWidget* queue = page.queue()->table();
        QCOMPARE(queue->rowCount(), 3);
        QCOMPARE(fbtest::tableRow(queue, 0),
                 (QStringList{u"Revisit"_s, u"T0003"_s, u"product"_s, u"Tech Support"_s, u"—"_s, u"2026-07-13"_s,
                              u"2026-08-26"_s, u"—"_s, u"2"_s,
                              u"Customers confused by pro-rata lines on the first bill"_s}));
        QCOMPARE(fbtest::tableRow(queue, 1),
                 (QStringList{u"Waiting on owner"_s, u"T0007"_s, u"training"_s, u"Billing"_s, u"Lena Vogel"_s,
                              u"2026-08-10"_s, u"2026-09-07"_s, u"—"_s, u"2"_s,
                              u"New joiners miss the direct debit process"_s}));
        QCOMPARE(fbtest::tableRow(queue, 2)[1], u"T0008"_s);
        QCOMPARE(fbtest::tableRow(queue, 2)[6], u"2026-09-15"_s);
        QCOMPARE(page.queue()->status()->text(),
                 u"3 tickets need someone in 2026-W35, as of its Monday 2026-08-24. Enter on a row opens the ticket: "
                 "decide it, mark it fixed, see its history."_s);

        const QTableWidget* sla = page.timeToFix()->slaTable();
        const QStringList all = fbtest::tableRow(sla, sla->rowCount() - 1);
        QCOMPARE(all, (QStringList{u"All tickets"_s, u"11"_s, u"9"_s, u"4"_s, u"5.2"_s, u"1"_s, u"2"_s, u"17.5"_s,
                                   u"18.7"_s, u"30"_s}));
        QCOMPARE(page.timeToFix()->longTailTable()->rowCount(), 8);
    }

    // Every ticket, whatever its status, with the filters and the title search;
    // Enter opens it. Counted with the sqlite3 shell on the same demo made by
    // `floorboard-cli demo --agents 12 --teams 2 --weeks 8 --contacts-per-week 10 site.db`:
    //   SELECT status, count(*) FROM feedback_tickets GROUP BY 1;  -> accepted 2, declined 2, deferred 3, fixed 3, new
    //   3, reviewing 2 SELECT count(*) FROM feedback_tickets WHERE category = 'tool';  -> 5 SELECT count(*) FROM
    //   feedback_tickets t LEFT JOIN agents a USING (agent_id)
    //     WHERE COALESCE(t.team, a.team) = 'Billing';  -> 9
    //   SELECT count(*) FROM feedback_tickets WHERE owner = 'Lena Vogel';  -> 2
    //   SELECT count(*) FROM feedback_tickets WHERE title LIKE '%bill%';  -> 2 (LIKE ignores ASCII case)
    //   SELECT t.ticket_id, t.status, t.category, COALESCE(t.team, a.team), t.owner, t.submitted_on, t.decided_on,
    //     t.fixed_on, (SELECT count(*) FROM feedback_plus_ones p WHERE p.ticket_id = t.ticket_id
    //     AND p.agent_id IS NOT t.agent_id), t.title FROM feedback_tickets t LEFT JOIN agents a USING (agent_id)
    //     ORDER BY 1 LIMIT 1;
    //     -> T0001|fixed|tool|Billing|Priya Shah|2026-07-07|2026-07-10|2026-08-03|5|Billing console freezes when
    //        opening payment history
    void allTicketsFindsEveryStatus()
    {
        ui::FeedbackPage page(m_path);
        page.resize(1280, 720);
        QSignalSpy loaded(&page, &ui::FeedbackPage::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.tabs()->tabText(1), u"&All tickets"_s);
        ui::AllTicketsView* all = page.allTickets();
        QTableWidget* table = all->table();
        QCOMPARE(table->rowCount(), 15);
        QCOMPARE(all->status()->text(), u"15 of 15 tickets, every status. Enter on a row opens the ticket."_s);
        QCOMPARE(fbtest::tableRow(table, 0),
                 (QStringList{u"T0001"_s, u"fixed"_s, u"tool"_s, u"Billing"_s, u"Priya Shah"_s, u"2026-07-07"_s,
                              u"2026-07-10"_s, u"2026-08-03"_s, u"5"_s,
                              u"Billing console freezes when opening payment history"_s}));

        const auto pick = [](QComboBox* box, const QString& text) {
            const int i = box->findText(text);
            QVERIFY2(i > 0, qPrintable(text));
            box->setCurrentIndex(i);
        };
        pick(all->statusFilter(), u"fixed"_s);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(all->status()->text(), u"3 of 15 tickets, every status. Enter on a row opens the ticket."_s);
        pick(all->statusFilter(), u"declined"_s);
        QCOMPARE(table->rowCount(), 2);
        all->statusFilter()->setCurrentIndex(0);
        pick(all->categoryFilter(), u"tool"_s);
        QCOMPARE(table->rowCount(), 5);
        all->categoryFilter()->setCurrentIndex(0);
        pick(all->teamFilter(), u"Billing"_s);
        QCOMPARE(table->rowCount(), 9);
        all->teamFilter()->setCurrentIndex(0);
        pick(all->ownerFilter(), u"Lena Vogel"_s);
        QCOMPARE(table->rowCount(), 2);
        all->ownerFilter()->setCurrentIndex(0);
        all->search()->setText(u"BILL"_s); // case does not matter
        all->refill();
        QCOMPARE(table->rowCount(), 2);
        all->search()->setText(u"no such words"_s);
        all->refill();
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(all->status()->text(), u"None of the 15 tickets matches these filters."_s);
        all->search()->clear();
        all->refill();

        // A fixed ticket, which neither the queue nor the long tail lists, opens with Enter.
        pick(all->statusFilter(), u"fixed"_s);
        table->setCurrentCell(0, 0);
        QTest::keyClick(table, Qt::Key_Return);
        auto* dialog = page.findChild<ui::TicketDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->ticket().id, table->item(0, 0)->text().toStdString());
        QCOMPARE(dialog->ticket().status, std::string("fixed"));
        dialog->close();
    }

    void intakeOffersAPlusOneAndSaves()
    {
        ui::FeedbackPage page(m_path);
        QSignalSpy loaded(&page, &ui::FeedbackPage::loaded);
        QVERIFY(loaded.wait(10000));
        page.setToday(QDate(2026, 8, 24));
        ui::IntakeForm* form = page.intake();
        auto* title = form->titleEdit();
        auto* friction = form->findChildren<QLineEdit*>().at(0);
        QTest::keyClicks(friction, u"knowledge gap"_s);
        QTest::keyClicks(title, u"New joiners miss the direct debit process again"_s);
        // {again, debit, direct, joiner, miss, new, process} shares 6 of 7 words with T0007 (and T0008, a later id).
        QCOMPARE(form->duplicateLabel()->text(),
                 u"This resembles open ticket T0007 \"New joiners miss the direct debit process\" (knowledge gap, "
                 "86 % of the words shared, raised by 2 agents). Count the agent as raising it too instead of a new "
                 "ticket?"_s);
        QCOMPARE(form->plusOneButton()->text(), u"&+1 to T0007"_s);
        QCOMPARE(form->saveButton()->text(), u"&Save as a new ticket"_s);

        auto edits = form->findChildren<QLineEdit*>();
        QLineEdit* agent = nullptr;
        QLineEdit* who = nullptr;
        for (auto* e : edits) {
            if (e->placeholderText().startsWith(u"Agent ID"_s))
                agent = e;
            if (e->placeholderText() == u"Your name"_s)
                who = e;
        }
        QVERIFY(agent && who);
        QTest::keyClicks(agent, u"A0003"_s);
        QTest::keyClicks(who, u"Jonas Weber"_s);
        QSignalSpy written(&page, &ui::FeedbackPage::written);
        QTest::mouseClick(form->plusOneButton(), Qt::LeftButton);
        QVERIFY(written.wait(10000));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.snapshot().tickets.at(6).id, std::string("T0007"));
        QCOMPARE(page.snapshot().tickets.at(6).agents, 3); // A0002 raised it, A0001 gave a +1 in the demo, now A0003

        // A refusal keeps what was typed.
        who->clear();
        QTest::keyClicks(title, u"Headsets crackle on long calls"_s);
        auto* status = form->statusLabel();
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Not saved: say who records the ticket"_s, 10000);
        QCOMPARE(title->text(), u"Headsets crackle on long calls"_s);
        QTest::keyClicks(who, u"Jonas Weber"_s);
        QTest::keyClick(title, Qt::Key_Return);
        QVERIFY(written.wait(10000));
        QCOMPARE(status->text(), u"Ticket T0016 saved."_s);
        QVERIFY(title->text().isEmpty());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.snapshot().tickets.size(), size_t(16));
        QCOMPARE(page.snapshot().tickets.back().title, std::string("Headsets crackle on long calls"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestFeedbackPage)
#include "tst_feedbackpage.moc"
