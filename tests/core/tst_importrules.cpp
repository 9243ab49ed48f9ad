// Import of rows that break a rule: the row rules each kind keeps, rows
// skipped into a rejects file, and agents an import may create.
#include "FbTestSupport.h"
#include "ImportTestSite.h"
#include "common/AtomicFile.h"
#include "store/Database.h"

#include <QTest>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

using namespace fb;
using namespace fbtest;

class TestImportRules : public QObject {
    Q_OBJECT

private slots:
    void skipInvalidWritesRejects();
    void rejectsOnFullDiskCommitsNothing();
    void cleanup() { testing::failAtomicWritesAfter(-1); }
    void unknownAgentNeedsCreateAgents();
    void rejectedRowTakesItsCreatedAgentAlong();
    void rowRulesAreEnforced_data();
    void rowRulesAreEnforced();
};

void TestImportRules::skipInvalidWritesRejects()
{
    Site site;
    QVERIFY(site.db);
    const QByteArray bad1 = "C2,A0001,2026-07-06T09:00:00,voice,q,30,1,0,0,0,9,\"router, no signal\"";
    const QByteArray bad2 = "C4,A0042,2026-07-06T09:00:00,voice,q,abc,1,0,0,0,5,\"said \"\"hi\"\"\"";
    const QByteArray shortRow = "C6,A0001";
    const QByteArray longRow = "C7,A0001,2026-07-06T08:00:00,voice,q,30,1,0,0,0,5,x,surplus";
    const QString f =
        site.file(QStringLiteral("i.csv"),
                  kInteractionsHeader + "C1,A0001,2026-07-06T08:00:00,voice,q,30,1,0,0,0,5,x\n" + bad1 +
                      "\nC3,A0002,2026-07-06T08:00:00,chat,q,40,,,,,,\n" + bad2 +
                      "\nC5,A0003,2026-07-07T08:00:00,email,q,50,0,1,1,2,1,z\n" + shortRow + "\n" + longRow + "\n");
    const QString rejects = site.dir.filePath(QStringLiteral("rejects.csv"));
    auto r = importFile(*site.db, Kind::Interactions, f, [&](import::ImportOptions& o) {
        o.skipInvalid = true;
        o.rejectsFile = rejects;
    });
    QVERIFY(r);
    QVERIFY(r->committed);
    QCOMPARE(r->inserted, 3);
    QCOMPARE(r->rejected, 4);
    QCOMPARE(r->problemCount, 4);
    QCOMPARE(r->summary(), QStringLiteral("7 rows read: 3 new, 0 replaced, 0 unchanged, 4 rejected"));
    QCOMPARE(dump(site.path, "SELECT interaction_id FROM interactions ORDER BY 1"), QStringList({"C1", "C3", "C5"}));
    // Each row as read, padded to the widest (the long row adds extra_1), then
    // its line and reason under their own names, whatever the row's length.
    QCOMPARE(QString::fromUtf8(readAll(rejects)),
             QString::fromUtf8(kInteractionsHeader.trimmed() + ",extra_1,reject_line,reject_reason\r\n" + bad1 +
                               ",,3,column csat: value '9': is out of range (1 to 5)\r\n" + bad2 +
                               ",,5,\"column handle_seconds: value 'abc': is not a duration (seconds, h:mm:ss or "
                               "m:ss)\"\r\n" +
                               shortRow + ",,,,,,,,,,,,7,\"has 2 fields, the header has 12\"\r\n" + longRow +
                               ",8,\"has 13 fields, the header has 12\"\r\n"));
    QCOMPARE(storedRollups(site.path), rollupsFromInteractions(site.path));

    // The rejects file, fixed (two values corrected, the short and long rows
    // dropped), imports as is: its own columns are ignored with a warning.
    QStringList lines = QString::fromUtf8(readAll(rejects)).split(QStringLiteral("\r\n"));
    lines.removeIf([](const QString& l) { return l.startsWith(u"C6,") || l.startsWith(u"C7,"); });
    const QString fixed =
        site.file(QStringLiteral("fixed.csv"), lines.join(QStringLiteral("\r\n"))
                                                   .replace(QStringLiteral(",9,"), QStringLiteral(",4,"))
                                                   .replace(QStringLiteral("A0042"), QStringLiteral("A0002"))
                                                   .replace(QStringLiteral(",abc,"), QStringLiteral(",60,"))
                                                   .toUtf8());
    auto again = importFile(*site.db, Kind::Interactions, fixed);
    QVERIFY(again);
    QCOMPARE(problemTexts(again.value()), QStringList());
    QCOMPARE(again->warnings,
             (std::vector<QString>{
                 QStringLiteral("column 'extra_1' is not a column of interactions and was ignored"),
                 QStringLiteral("column 'reject_line' is not a column of interactions and was ignored"),
                 QStringLiteral("column 'reject_reason' is not a column of interactions and was ignored")}));
    QCOMPARE(again->inserted, 2);
    QCOMPARE(dump(site.path, "SELECT contact_reason FROM interactions WHERE interaction_id = 'C4'"),
             QStringList{"said \"hi\""});
}

void TestImportRules::rejectsOnFullDiskCommitsNothing()
{
    Site site;
    QVERIFY(site.db);
    const QString f = site.file(QStringLiteral("i.csv"), kInteractionsHeader +
                                                             "C1,A0001,2026-07-06T08:00:00,voice,q,30,1,0,0,0,5,x\n"
                                                             "C2,A0001,2026-07-06T09:00:00,voice,q,30,1,0,0,0,9,y\n");
    const QString rejects = site.dir.filePath(QStringLiteral("rejects.csv"));
    QVERIFY(writeFile(rejects, "yesterday's rejects\n"));
    const QStringList before = dumpAll(site.path);
    // The disk is full from the first byte on: the rejected row cannot be
    // kept, so the good one is not committed either (nothing is lost).
    testing::failAtomicWritesAfter(0);
    auto r = importFile(*site.db, Kind::Interactions, f, [&](import::ImportOptions& o) {
        o.skipInvalid = true;
        o.rejectsFile = rejects;
    });
    QVERIFY(!r);
    QVERIFY2(r.error().reason.endsWith(QStringLiteral("cannot write: No space left on device")),
             qPrintable(r.error().toString()));
    QCOMPARE(dumpAll(site.path), before);
    QCOMPARE(readAll(rejects), QByteArray("yesterday's rejects\n"));
}

void TestImportRules::unknownAgentNeedsCreateAgents()
{
    Site site;
    QVERIFY(site.db);
    const QString f = site.file(QStringLiteral("i.csv"), "interaction_id,agent_id,started_at,handle_seconds\n"
                                                         "C1,A0042,2026-07-06T08:00:00,30\n"
                                                         "C2,A0042,2026-07-06T09:00:00,30\n"
                                                         "C3,A0001,2026-07-06T09:00:00,30\n");
    auto refused = importFile(*site.db, Kind::Interactions, f);
    QVERIFY(refused);
    const QString reason = QStringLiteral("column agent_id: value 'A0042': unknown agent; import the agents first, or "
                                          "use --create-agents to create it in team Unassigned");
    QCOMPARE(problemTexts(refused.value()),
             QStringList({f + QStringLiteral(":2: ") + reason, f + QStringLiteral(":3: ") + reason}));
    QVERIFY(!refused->committed);
    QCOMPARE(counts(*site.db)[QStringLiteral("agents")], 3);

    auto created = importFile(*site.db, Kind::Interactions, f, [](import::ImportOptions& o) { o.createAgents = true; });
    QVERIFY(created);
    QVERIFY(created->committed);
    QCOMPARE(created->createdAgents, 1);
    QCOMPARE(created->inserted, 3);
    QCOMPARE(created->summary(),
             QStringLiteral("3 rows read: 3 new, 0 replaced, 0 unchanged, 0 rejected; 1 agents created"));
    QCOMPARE(dump(site.path, "SELECT agent_id, name, team, status FROM agents WHERE agent_id = 'A0042'"),
             QStringList{"A0042|A0042|Unassigned|active"});
    QCOMPARE(dump(site.path, "SELECT name FROM teams ORDER BY 1"),
             QStringList({"Billing", "Tech Support", "Unassigned"}));
    // The import checked the agents itself, with SQLite's foreign-key checks
    // off for its transaction only: they are on again for every later write,
    // and the database has no dangling reference.
    QCOMPARE(site.db->sql().execAndGet("PRAGMA foreign_keys").getInt(), 1);
    QVERIFY_THROWS_EXCEPTION(SQLite::Exception,
                             site.db->sql().exec("INSERT INTO interactions(interaction_id, agent_id, started_at, "
                                                 "handle_seconds) VALUES ('C9', 'A0099', '2026-07-06T10:00:00', 30)"));
    QCOMPARE(dump(site.path, "PRAGMA foreign_key_check"), QStringList());
}

void TestImportRules::rejectedRowTakesItsCreatedAgentAlong()
{
    Site site;
    QVERIFY(site.db);
    QVERIFY(importFile(*site.db, Kind::Interactions, examplePath(Kind::Interactions))->committed);
    // C00000002 exists with other values: the row is rejected, so the agent it
    // named must not be left behind.
    const QString f = site.file(QStringLiteral("i.csv"), kInteractionsHeader +
                                                             "C00000002,A0077,2026-07-06T08:31:02,chat,billing,700,0,1,"
                                                             "0,1,,payment failed\n"
                                                             "C00000009,A0078,2026-07-06T08:40:00,chat,billing,70,1,0,"
                                                             "0,0,,payment failed\n");
    auto r = importFile(*site.db, Kind::Interactions, f, [](import::ImportOptions& o) {
        o.createAgents = true;
        o.skipInvalid = true;
    });
    QVERIFY(r);
    QVERIFY(r->committed);
    QCOMPARE(r->rejected, 1);
    QCOMPARE(r->inserted, 1);
    QCOMPARE(r->createdAgents, 1);
    QCOMPARE(dump(site.path, "SELECT agent_id FROM agents WHERE team = 'Unassigned' ORDER BY 1"), QStringList{"A0078"});
}

void TestImportRules::rowRulesAreEnforced_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("problem"); // after the file name

    const QByteArray agents = "agent_id,name,team,hire_date,status,left_on\n";
    QTest::newRow("left without left_on") << int(Kind::Agents) << agents + "A9,Ann,Billing,2024-01-01,left,\n"
                                          << ":2: column left_on: status is 'left' but left_on is empty";
    QTest::newRow("active with left_on") << int(Kind::Agents)
                                         << agents + "A9,Ann,Billing,2024-01-01,active,2025-02-01\n"
                                         << ":2: column left_on: left_on is set but status is not 'left'";
    QTest::newRow("no status with left_on") << int(Kind::Agents) << agents + "A9,Ann,Billing,2024-01-01,,2025-02-01\n"
                                            << ":2: column left_on: left_on is set but status is not 'left'";
    QTest::newRow("left before hired") << int(Kind::Agents) << agents + "A9,Ann,Billing,2024-01-01,left,2023-12-31\n"
                                       << ":2: column left_on: left_on (2023-12-31) is before hire_date (2024-01-01)";
    const QByteArray coaching =
        "note_id,agent_id,coach,coached_on,attribute,target_metric,target,follow_up_on,followed_up_on,outcome\n";
    QTest::newRow("follow-up before coaching")
        << int(Kind::Coaching) << coaching + "N9,A0001,Jo,2026-07-10,empathy,qa,80,2026-07-09,,\n"
        << ":2: column follow_up_on: follow_up_on (2026-07-09) is before coached_on (2026-07-10)";
    QTest::newRow("outcome without follow-up")
        << int(Kind::Coaching) << coaching + "N9,A0001,Jo,2026-07-10,empathy,qa,80,2026-07-31,,met\n"
        << ":2: column followed_up_on: outcome is set but followed_up_on is empty";
    QTest::newRow("fixed without fixed_on")
        << int(Kind::Feedback)
        << QByteArray("ticket_id,submitted_on,category,title,status,fixed_on\nT9,2026-07-07,tool,Slow CRM,fixed,\n")
        << ":2: column fixed_on: status is 'fixed' but fixed_on is empty";
    const QByteArray pairs = "pair_id,mentee_id,mentor_id,behavior,started_on,planned_end,ended_on,outcome\n";
    QTest::newRow("mentor is the mentee")
        << int(Kind::MentoringPairs) << pairs + "P9,A0001,A0001,empathy,2026-07-06,2026-08-17,,\n"
        << ":2: column mentor_id: mentor_id is the same agent as mentee_id (A0001)";
    QTest::newRow("planned end not after start")
        << int(Kind::MentoringPairs) << pairs + "P9,A0002,A0001,empathy,2026-07-06,2026-07-06,,\n"
        << ":2: column planned_end: planned_end (2026-07-06) is not after started_on (2026-07-06)";
    QTest::newRow("outcome without ended_on")
        << int(Kind::MentoringPairs) << pairs + "P9,A0002,A0001,empathy,2026-07-06,2026-08-17,,met\n"
        << ":2: column ended_on: outcome is set but ended_on is empty";
    QTest::newRow("ended_on without outcome")
        << int(Kind::MentoringPairs) << pairs + "P9,A0002,A0001,empathy,2026-07-06,2026-08-17,2026-08-17,\n"
        << ":2: column outcome: ended_on is set but outcome is empty";
    QTest::newRow("ended before the start")
        << int(Kind::MentoringPairs) << pairs + "P9,A0002,A0001,empathy,2026-07-06,2026-08-17,2026-07-01,stopped\n"
        << ":2: column ended_on: ended_on (2026-07-01) is before started_on (2026-07-06)";
    const QByteArray sessions = "session_id,pair_id,held_on,minutes\n";
    QTest::newRow("session of an unknown pair")
        << int(Kind::MentoringSessions) << sessions + "S9,P9,2026-07-08,30\n"
        << ":2: column pair_id: value 'P9': unknown mentoring pair; import the mentoring pairs first";
}

void TestImportRules::rowRulesAreEnforced()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, csv);
    QFETCH(QString, problem);
    Site site;
    QVERIFY(site.db);
    const QString f = site.file(QStringLiteral("rows.csv"), csv);
    const auto before = counts(*site.db);
    auto r = importFile(*site.db, Kind(kind), f);
    QVERIFY(r);
    QCOMPARE(problemTexts(r.value()), QStringList{f + problem});
    QVERIFY(!r->committed);
    QCOMPARE(counts(*site.db), before); // nothing stored
}

QTEST_GUILESS_MAIN(TestImportRules)
#include "tst_importrules.moc"
