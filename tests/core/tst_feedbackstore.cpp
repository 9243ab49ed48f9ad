// Feedback tickets in the store (docs/feedback.md): the migration keeps the
// tickets of older stores, old feedback CSVs keep importing, and every change
// (raise, +1, decision, fix) keeps its history with who and when, with the
// exact refusals of what a ticket needs.
#include "FbTestSupport.h"
#include "export/Exporter.h"
#include "store/FeedbackStore.h"
#include "store/Migrations.h"
#include "store/Sql.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fb;
using namespace fbtest;

namespace fb::store {
extern const char* const kSchemaV1;
Status seedV1(sql::Connection& db);
} // namespace fb::store

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QString errorOf(const Status& s)
{
    return s ? QString() : s.error().toString();
}

} // namespace

class TestFeedbackStore : public QObject {
    Q_OBJECT

private slots:
    void migrationKeepsOldTickets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        {
            SQLite::Database raw(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            raw.exec(store::kSchemaV1);
            QVERIFY(store::seedV1(*store::sql::overSqlite(raw, path)).ok());
            raw.exec("INSERT INTO teams VALUES ('Billing')");
            raw.exec("INSERT INTO feedback_tickets VALUES ('T0007', '2026-07-07', 'tool', 'CRM freezes', 'Billing', "
                     "NULL, 'tool lag', 'After lunch', 'fixed', 'Index added', '2026-07-14', '2026-07-20', 'billing')");
            raw.exec(("PRAGMA application_id = " + std::to_string(store::kApplicationId)).c_str());
            raw.exec("PRAGMA user_version = 1");
        }
        auto db = openDb(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), store::latestSchemaVersion());
        QCOMPARE(dump(path, "SELECT * FROM feedback_tickets"),
                 QStringList{"T0007|2026-07-07|tool|CRM freezes|Billing|NULL|tool lag|After lunch|fixed|Index added|"
                             "2026-07-14|2026-07-20|billing|NULL|NULL|NULL|NULL|NULL|NULL"});
        QCOMPARE(
            dump(path, "SELECT name, review_days, fix_days FROM feedback_categories ORDER BY name"),
            (QStringList{"other|5|20", "policy|5|20", "product|5|20", "schedule|5|20", "tool|5|20", "training|5|20"}));
        // The category check of version 1 is gone: a category added to the list is accepted.
        QVERIFY(store::setFeedbackCategory(*db, {"facilities", 3, 15}));
        FeedbackTicket t;
        t.title = "Headsets crackle";
        t.category = "facilities";
        t.raisedOn = d("2026-07-08");
        auto id = store::addTicket(*db, t, "Jonas Weber");
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
        QCOMPARE(id.value(), std::string("T0008"));
    }

    void oldFeedbackFilesKeepImporting()
    {
        QTemporaryDir dir;
        auto db = openDb(dir.filePath(QStringLiteral("site.db")));
        QVERIFY(db);
        QVERIFY(importFile(*db, Kind::Agents, examplePath(Kind::Agents))->committed);
        auto r = importFile(*db, Kind::Feedback, QStringLiteral(FB_TESTDATA "/feedback/feedback-before-owners.csv"));
        QVERIFY(r);
        QVERIFY(r->committed);
        QCOMPARE(r->inserted, qint64(2));
        const QString out = dir.filePath(QStringLiteral("feedback.csv"));
        QVERIFY(
            exporting::runExport(*db, exporting::ExportOptions{Kind::Feedback, out, false, std::nullopt, true}, {}));
        // The old columns as they were, the new ones empty.
        QCOMPARE(readAll(out),
                 QByteArray("\"ticket_id\",submitted_on,category,title,team,agent_id,friction,detail,status,"
                            "decision_reason,decided_on,fixed_on,scope_queue,owner,planned_fix,revisit_on,fix_what,"
                            "program_fix,interaction_id\r\n"
                            "T0001,2026-07-07,tool,CRM freezes when opening invoices,Billing,A0001,tool lag,Takes "
                            "20-40 s after lunch,fixed,Index added to invoice search,2026-07-14,2026-07-20,billing,,,,,"
                            ",\r\n"
                            "T0002,2026-07-08,policy,Refund limit unclear for repeat callers,Billing,,policy "
                            "ambiguity,,deferred,Needs legal review next quarter,2026-07-15,,,,,,,,\r\n"));
    }

    void ticketLifecycleKeepsItsHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("site.db"));
        auto db = openDb(path);
        QVERIFY(db);
        QVERIFY(importExamples(*db));
        FeedbackTicket t;
        t.title = "Refund tool times out at lunch";
        t.category = "tool";
        t.friction = "tool lag";
        t.team = "Billing";
        t.agentId = "A0001";
        t.raisedOn = d("2026-07-10");
        auto id = store::addTicket(*db, t, "Jonas Weber");
        QVERIFY(id);
        QCOMPARE(id.value(), std::string("T0004"));

        QVERIFY(store::addPlusOne(*db, "T0004", "A0002", d("2026-07-13"), "Jonas Weber"));
        QCOMPARE(errorOf(store::addPlusOne(*db, "T0004", "A0002", d("2026-07-14"), "Jonas Weber")),
                 QStringLiteral("agent A0002 raised ticket T0004 already; an agent counts once"));
        QCOMPARE(errorOf(store::addPlusOne(*db, "T0004", "A0001", d("2026-07-14"), "Jonas Weber")),
                 QStringLiteral("agent A0001 raised ticket T0004 already; an agent counts once"));
        QCOMPARE(errorOf(store::addPlusOne(*db, "T0001", "A0002", d("2026-07-14"), "Jonas Weber")),
                 QStringLiteral("ticket T0001 is fixed; raise a new ticket instead of a +1"));

        store::FeedbackDecision accept{"accepted", d("2026-07-15"), {}, {}, "Priya Shah", {}};
        QCOMPARE(errorOf(store::decideTicket(*db, "T0004", accept, "Jonas Weber")),
                 QStringLiteral("an accepted ticket needs the planned fix"));
        accept.plannedFix = "Move the batch job to 02:00";
        QCOMPARE(errorOf(store::fixTicket(*db, "T0004", d("2026-07-20"), "Moved it", 0, "Jonas Weber")),
                 QStringLiteral("ticket T0004 is new; only an accepted ticket (with its planned fix and owner) is "
                                "fixed"));
        store::FeedbackDecision defer{"deferred", d("2026-07-15"), "Behind the migration", {}, {}, d("2026-07-15")};
        QCOMPARE(errorOf(store::decideTicket(*db, "T0004", defer, "Jonas Weber")),
                 QStringLiteral("a deferred ticket needs a revisit date after the decision"));
        QCOMPARE(errorOf(store::decideTicket(*db, "T0004", {"declined", d("2026-07-15"), {}, {}, {}, {}}, "J")),
                 QStringLiteral("a declined ticket needs the rationale"));
        QCOMPARE(errorOf(store::decideTicket(*db, "T9999", accept, "Jonas Weber")),
                 QStringLiteral("no feedback ticket 'T9999'"));
        accept.on = d("2026-07-09");
        QCOMPARE(errorOf(store::decideTicket(*db, "T0004", accept, "Jonas Weber")),
                 QStringLiteral("ticket T0004 was raised on 2026-07-10, after the decision day 2026-07-09"));
        accept.on = d("2026-07-15");
        QVERIFY(store::decideTicket(*db, "T0004", accept, "Jonas Weber"));
        QCOMPARE(errorOf(store::decideTicket(*db, "T0004", accept, "Jonas Weber")),
                 QStringLiteral("ticket T0004 is accepted already; only new, reviewing or deferred tickets are "
                                "decided"));
        QCOMPARE(errorOf(store::fixTicket(*db, "T0004", d("2026-07-14"), "Moved it", 0, "Jonas Weber")),
                 QStringLiteral("ticket T0004 was accepted on 2026-07-15, after the fix day 2026-07-14"));
        QCOMPARE(errorOf(store::fixTicket(*db, "T0004", d("2026-07-22"), "Moved it", 42, "Jonas Weber")),
                 QStringLiteral("no program fix 42 (floorboard-cli program report lists them)"));
        QVERIFY(store::fixTicket(*db, "T0004", d("2026-07-22"), "Moved the batch job to 02:00", 0, "Priya Shah"));

        // Nothing refused was written: the history has the four changes that were made.
        QCOMPARE(
            dump(path, "SELECT ticket_id, on_day, who, action, text FROM feedback_history ORDER BY id"),
            (QStringList{"T0004|2026-07-10|Jonas Weber|raised|A0001", "T0004|2026-07-13|Jonas Weber|plus_one|A0002",
                         "T0004|2026-07-15|Jonas Weber|accepted|Move the batch job to 02:00 (owner Priya Shah)",
                         "T0004|2026-07-22|Priya Shah|fixed|Moved the batch job to 02:00"}));
        auto tickets = store::loadTickets(*db);
        QVERIFY(tickets);
        QCOMPARE(tickets->size(), size_t(4));
        const FeedbackTicket& mine = tickets->back();
        QCOMPARE(mine.agents, 2);
        QCOMPARE(mine.status, std::string("fixed"));
        QCOMPARE(mine.owner, std::string("Priya Shah"));
        QCOMPARE(mine.decidedOn, d("2026-07-15"));
        QCOMPARE(mine.fixedOn, d("2026-07-22"));
        QCOMPARE(mine.fixWhat, std::string("Moved the batch job to 02:00"));
        // The example's T0002 was raised anonymously.
        QCOMPARE(tickets->at(1).agents, 0);
        QCOMPARE(tickets->at(1).revisitOn, d("2026-10-01"));
        auto history = store::ticketHistory(*db, "T0004");
        QVERIFY(history);
        QCOMPARE(history->size(), size_t(4));
        QVERIFY(history->front().recordedAt.ends_with("Z"));
    }

    // The demo's past written as given; one bad row refuses all of it, so nothing is half-written.
    void pastRecordsAllOrNothing()
    {
        QTemporaryDir dir;
        auto db = openDb(dir.filePath(QStringLiteral("site.db")));
        QVERIFY(db);
        QVERIFY(importExamples(*db));
        const FeedbackEvent raised{"T0001", d("2026-07-09"), "2026-07-09T09:15:00Z", "Jonas Weber", "raised", "A0001"};
        const FeedbackEvent plus{"T0001", d("2026-07-10"), "2026-07-10T10:00:00Z", "Jonas Weber", "plus_one", "A0002"};
        QCOMPARE(errorOf(store::addFeedbackRecords(
                     *db, {{"T0001", "A0002", d("2026-07-10")}, {"T0001", "A0002", d("2026-07-11")}}, {raised, plus})),
                 QStringLiteral("agent A0002 raised ticket T0001 already; an agent counts once"));
        QCOMPARE(errorOf(store::addFeedbackRecords(*db, {}, {{"T0001", QDate(), "", "Jonas Weber", "raised", ""}})),
                 QStringLiteral("history of ticket T0001: a change needs its day, who, what and when recorded"));
        auto history = store::ticketHistory(*db, "T0001");
        QVERIFY(history);
        QVERIFY(history->empty());
        QVERIFY(store::addFeedbackRecords(*db, {{"T0001", "A0002", d("2026-07-10")}}, {raised, plus}));
        history = store::ticketHistory(*db, "T0001");
        QVERIFY(history);
        QCOMPARE(history->size(), size_t(2));
        QCOMPARE(history->at(1).recordedAt, std::string("2026-07-10T10:00:00Z"));
        QCOMPARE(history->at(1).who, std::string("Jonas Weber"));
    }

    void holidaysAndCategories()
    {
        QTemporaryDir dir;
        auto db = openDb(dir.filePath(QStringLiteral("site.db")));
        QVERIFY(db);
        QVERIFY(store::addSiteHolidays(*db, {{d("2026-12-25"), "Christmas Day"}, {d("2026-10-03"), "Unity Day"}}));
        QVERIFY(store::addSiteHolidays(*db, {{d("2026-12-25"), "Christmas"}}));
        auto days = store::siteHolidays(*db);
        QVERIFY(days);
        QCOMPARE(days->size(), size_t(2));
        QCOMPARE(days->at(0).day, d("2026-10-03"));
        QCOMPARE(days->at(1).name, std::string("Christmas"));
        QCOMPARE(errorOf(store::setFeedbackCategory(*db, {"tool", -1, 20})),
                 QStringLiteral("the SLAs of category 'tool' are working days, 0 or more, not -1 and 20"));
        QCOMPARE(errorOf(store::addSiteHolidays(*db, {{QDate(), "Someday"}})),
                 QStringLiteral("holiday 'Someday' has no valid date"));
        // Removing: the day goes, the other stays; a day not listed is refused and nothing changes.
        QVERIFY(store::removeSiteHoliday(*db, d("2026-10-03")));
        QCOMPARE(errorOf(store::removeSiteHoliday(*db, d("2026-10-03"))),
                 QStringLiteral("no site holiday on 2026-10-03"));
        days = store::siteHolidays(*db);
        QVERIFY(days);
        QCOMPARE(days->size(), size_t(1));
        QCOMPARE(days->at(0).day, d("2026-12-25"));
    }

    // A rename moves the SLAs and every ticket of the category to the new
    // name; a refusal names what is wrong and changes nothing.
    void renamingACategoryKeepsItsTicketsAndSlas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("site.db"));
        auto db = openDb(path);
        QVERIFY(db);
        QVERIFY(importExamples(*db));
        QVERIFY(store::setFeedbackCategory(*db, {"tool", 3, 12}));
        const QStringList tickets = dump(path, "SELECT ticket_id, category FROM feedback_tickets ORDER BY ticket_id");
        const QStringList categories =
            dump(path, "SELECT name, review_days, fix_days FROM feedback_categories ORDER BY name");
        QCOMPARE(tickets, (QStringList{"T0001|tool", "T0002|policy", "T0003|schedule"}));

        QCOMPARE(errorOf(store::renameFeedbackCategory(*db, "tool", "policy")),
                 QStringLiteral("cannot rename category 'tool' to 'policy': 'policy' exists already"));
        QCOMPARE(errorOf(store::renameFeedbackCategory(*db, "tools", "systems")),
                 QStringLiteral("no feedback category 'tools' to rename"));
        QCOMPARE(errorOf(store::renameFeedbackCategory(*db, "tool", "")),
                 QStringLiteral("category 'tool' needs a new name to be renamed"));
        QCOMPARE(dump(path, "SELECT ticket_id, category FROM feedback_tickets ORDER BY ticket_id"), tickets);
        QCOMPARE(dump(path, "SELECT name, review_days, fix_days FROM feedback_categories ORDER BY name"), categories);

        QVERIFY(store::renameFeedbackCategory(*db, "tool", "systems"));
        QCOMPARE(dump(path, "SELECT ticket_id, category FROM feedback_tickets ORDER BY ticket_id"),
                 (QStringList{"T0001|systems", "T0002|policy", "T0003|schedule"}));
        QCOMPARE(dump(path, "SELECT name, review_days, fix_days FROM feedback_categories ORDER BY name"),
                 (QStringList{"other|5|20", "policy|5|20", "product|5|20", "schedule|5|20", "systems|3|12",
                              "training|5|20"}));
    }
};

QTEST_GUILESS_MAIN(TestFeedbackStore)
#include "tst_feedbackstore.moc"
