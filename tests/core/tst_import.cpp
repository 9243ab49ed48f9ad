// Import: every kind reads, every bad value is reported where it is, and a
// file either goes in whole or changes nothing.
#include "FbTestSupport.h"
#include "store/Checks.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace fb;
using namespace fbtest;

namespace {

const QByteArray kInteractionsHeader = "interaction_id,agent_id,started_at,channel,queue,handle_seconds,"
                                       "resolved_first_contact,repeat_contact,escalated,defects,csat,contact_reason\n";

const char* const kDateHint =
    "is not an ISO 8601 date (YYYY-MM-DD); a date like 03/04/2026 could be either day or month first, so say which "
    "with --date-format, e.g. --date-format \"dd/MM/yyyy\" or --date-format \"MM/dd/yyyy\" (add \" H:mm\" or "
    "\" H:mm:ss\" for a time)";

// A database with the example agents (A0001..A0003, teams Billing and Tech Support).
struct Site {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<store::Database> db;

    explicit Site(bool withAgents = true)
    {
        path = dir.filePath(QStringLiteral("fb.db"));
        db = openDb(path);
        if (db && withAgents) {
            auto r = importFile(*db, Kind::Agents, examplePath(Kind::Agents));
            if (!r || !r->committed)
                db.reset();
        }
    }
    QString file(const QString& name, const QByteArray& bytes) const
    {
        const QString p = dir.filePath(name);
        return writeFile(p, bytes) ? p : QString();
    }
};

} // namespace

class TestImport : public QObject {
    Q_OBJECT

private slots:
    void everyExampleImports_data();
    void everyExampleImports();
    void missingRequiredColumnIsAnError();
    void unknownColumnIsAWarning();
    void headersMatchIgnoringCaseSpacesAndSeparators();
    void invalidValueIsReportedWhereItIs_data();
    void invalidValueIsReportedWhereItIs();
    void firstHundredProblemsListedThenCounted();
    void oneBadRowChangesNothing();
    void dryRunChangesNothing();
    void reimportIsIdempotent_data();
    void reimportIsIdempotent();
    void conflictWithoutUpdateNamesTheId();
    void updateReplacesAndRecomputesRollups();
    void skipInvalidWritesRejects();
    void unknownAgentNeedsCreateAgents();
    void rejectedRowTakesItsCreatedAgentAlong();
    void cancelChangesNothing();
    void mapJoinsDateAndTime();
    void mapErrors_data();
    void mapErrors();
    void jsonProfile();
    void rowRulesAreEnforced_data();
    void rowRulesAreEnforced();
    void decimalComma_data();
    void decimalComma();
    void durationsAndBooleans();
    void encodings_data();
    void encodings();
    void lineEndings_data();
    void lineEndings();
    void qaScoresWithNaAndRubricColumns();
    void pulseWeekGivenAsDate();
};

void TestImport::everyExampleImports_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("rows");
    const int rows[] = {3, 3, 2, 3, 2, 2, 2};
    for (Kind k : allKinds())
        QTest::newRow(qPrintable(kindName(k))) << int(k) << rows[int(k)];
}

void TestImport::everyExampleImports()
{
    QFETCH(int, kind);
    QFETCH(int, rows);
    Site site(false);
    QVERIFY(site.db);
    for (Kind k : allKinds()) {
        auto r = importFile(*site.db, k, examplePath(k));
        QVERIFY(r);
        if (int(k) != kind)
            continue;
        QCOMPARE(problemTexts(r.value()), QStringList());
        QCOMPARE(r->warnings, std::vector<QString>());
        QVERIFY(r->committed);
        QCOMPARE(r->rowsRead, rows);
        QCOMPARE(r->inserted, rows);
        QCOMPARE(r->encoding, csv::Encoding::Utf8);
        QCOMPARE(r->lineEnding, csv::LineEnding::Lf);
        QCOMPARE(r->summary(), QStringLiteral("%1 rows read: %1 new, 0 replaced, 0 unchanged, 0 rejected").arg(rows));
        QCOMPARE(counts(*site.db)[kindName(k)], rows);
    }
    auto findings = store::runChecks(*site.db);
    QVERIFY(findings);
    QVERIFY(findings->empty());
}

void TestImport::missingRequiredColumnIsAnError()
{
    Site site;
    QVERIFY(site.db);
    const QString f = site.file(QStringLiteral("i.csv"), "interaction_id,agent_id,handle_seconds\nC1,A0001,30\n");
    auto r = importFile(*site.db, Kind::Interactions, f);
    QVERIFY(!r);
    QCOMPARE(r.error().toString(),
             f + QStringLiteral(":1: column started_at: missing required column started_at (the header has: "
                                "interaction_id, agent_id, handle_seconds); add it or map it with --map "
                                "started_at=\"Your Header\""));
    QCOMPARE(counts(*site.db)[QStringLiteral("interactions")], 0);
}

void TestImport::unknownColumnIsAWarning()
{
    Site site;
    QVERIFY(site.db);
    const QString f = site.file(QStringLiteral("i.csv"), "interaction_id,agent_id,started_at,handle_seconds,Mood\n"
                                                         "C1,A0001,2026-07-06T08:00:00,30,happy\n");
    auto r = importFile(*site.db, Kind::Interactions, f);
    QVERIFY(r);
    QVERIFY(r->committed);
    QCOMPARE(r->warnings, std::vector<QString>{QStringLiteral("column 'Mood' is not a column of interactions and was "
                                                              "ignored")});
    QCOMPARE(dump(site.path, "SELECT interaction_id, agent_id, started_at, channel, handle_seconds FROM interactions"),
             QStringList{"C1|A0001|2026-07-06T08:00:00|NULL|30.0"});
}

void TestImport::headersMatchIgnoringCaseSpacesAndSeparators()
{
    Site site(false);
    QVERIFY(site.db);
    const QString f = site.file(QStringLiteral("a.csv"), "Agent ID,NAME, Team ,Hire-Date,left_On\n"
                                                         "A7,Ana Silva,Billing,2024-01-02,\n");
    auto r = importFile(*site.db, Kind::Agents, f);
    QVERIFY(r);
    QCOMPARE(r->warnings, std::vector<QString>());
    QVERIFY(r->committed);
    QCOMPARE(dump(site.path, "SELECT agent_id, name, team, hire_date, left_on FROM agents"),
             QStringList{"A7|Ana Silva|Billing|2024-01-02|NULL"});
}

void TestImport::invalidValueIsReportedWhereItIs_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("problem"); // after "FILE:3: "

    QTest::newRow("bad date") << QByteArray("C9,A0001,yesterday,voice,q,30,1,0,0,0,5,x")
                              << "column started_at: value 'yesterday': is not an ISO 8601 date and time "
                                 "(YYYY-MM-DDTHH:MM:SS)";
    QTest::newRow("ambiguous date") << QByteArray("C9,A0001,03/04/2026 10:00,voice,q,30,1,0,0,0,5,x")
                                    << QStringLiteral("column started_at: value '03/04/2026 10:00': ") + kDateHint;
    QTest::newRow("bad enum") << QByteArray("C9,A0001,2026-07-06T08:00:00,phone,q,30,1,0,0,0,5,x")
                              << "column channel: value 'phone': must be one of voice, chat, email, other";
    QTest::newRow("csat out of range") << QByteArray("C9,A0001,2026-07-06T08:00:00,voice,q,30,1,0,0,0,7,x")
                                       << "column csat: value '7': is out of range (1 to 5)";
    QTest::newRow("bad boolean") << QByteArray("C9,A0001,2026-07-06T08:00:00,voice,q,30,1,0,maybe,0,5,x")
                                 << "column escalated: value 'maybe': is not a yes/no value (0/1, yes/no, y/n, "
                                    "true/false)";
    QTest::newRow("bad duration") << QByteArray("C9,A0001,2026-07-06T08:00:00,voice,q,5 min,1,0,0,0,5,x")
                                  << "column handle_seconds: value '5 min': is not a duration (seconds, h:mm:ss or "
                                     "m:ss)";
    QTest::newRow("negative defects") << QByteArray("C9,A0001,2026-07-06T08:00:00,voice,q,30,1,0,0,-2,5,x")
                                      << "column defects: value '-2': is out of range (0 to 1000000000)";
    QTest::newRow("missing required value")
        << QByteArray("C9,,2026-07-06T08:00:00,voice,q,30,1,0,0,0,5,x") << "column agent_id: value '': is required";
    QTest::newRow("ragged row") << QByteArray("C9,A0001,2026-07-06T08:00:00,voice,q,30,1,0,0,0,5")
                                << "has 11 fields, the header has 12";
}

void TestImport::invalidValueIsReportedWhereItIs()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, problem);
    Site site;
    QVERIFY(site.db);
    const QString f = site.file(QStringLiteral("i.csv"),
                                kInteractionsHeader + "C1,A0001,2026-07-06T08:00:00,voice,q,30,1,0,0,0,5,x\n" + line +
                                    "\nC2,A0002,2026-07-06T09:00:00,chat,q,31,0,0,0,0,,y\n");
    auto r = importFile(*site.db, Kind::Interactions, f);
    QVERIFY(r);
    QCOMPARE(problemTexts(r.value()), QStringList{f + QStringLiteral(":3: ") + problem});
    const Error& e = r->problems.front();
    QCOMPARE(e.file, f);
    QCOMPARE(e.line, 3);
    QCOMPARE(r->problemCount, 1);
    QCOMPARE(r->rejected, 1);
    QVERIFY(!r->committed);
    QCOMPARE(
        r->summary(),
        QStringLiteral("3 rows read: 2 new, 0 replaced, 0 unchanged, 1 rejected. 1 problems: nothing was changed."));
    QCOMPARE(counts(*site.db)[QStringLiteral("interactions")], 0);
    QCOMPARE(counts(*site.db)[QStringLiteral("rollups")], 0);
}

void TestImport::firstHundredProblemsListedThenCounted()
{
    Site site;
    QVERIFY(site.db);
    QByteArray csv = kInteractionsHeader;
    for (int i = 0; i < 150; ++i)
        csv += QStringLiteral("C%1,A0001,2026-07-06T08:00:00,voice,q,30,1,0,0,0,%2,x\n").arg(i).arg(10 + i).toUtf8();
    const QString f = site.file(QStringLiteral("bad.csv"), csv);
    auto r = importFile(*site.db, Kind::Interactions, f);
    QVERIFY(r);
    QCOMPARE(r->problems.size(), size_t(100));
    QCOMPARE(r->problemCount, 150);
    QCOMPARE(r->rejected, 150);
    QCOMPARE(r->problems.front().toString(),
             f + QStringLiteral(":2: column csat: value '10': is out of range (1 to 5)"));
    QCOMPARE(r->problems.back().toString(),
             f + QStringLiteral(":101: column csat: value '109': is out of range (1 to 5)"));
    QCOMPARE(r->summary(), QStringLiteral("150 rows read: 0 new, 0 replaced, 0 unchanged, 150 rejected. 150 problems: "
                                          "nothing was changed."));
    QVERIFY(!r->committed);
}

void TestImport::oneBadRowChangesNothing()
{
    Site site;
    QVERIFY(site.db);
    QVERIFY(importExamples(*site.db));
    const auto countsBefore = counts(*site.db);
    const QStringList before = dumpAll(site.path);
    const QStringList logBefore = dump(site.path, "SELECT * FROM import_log");
    const QString f = site.file(QStringLiteral("i.csv"), kInteractionsHeader +
                                                             "C10,A0001,2026-07-13T08:00:00,voice,q,30,1,0,0,0,5,x\n"
                                                             "C11,A0002,2026-07-13T08:00:00,voice,q,30,1,0,0,0,5,x\n"
                                                             "C12,A0002,2026-07-13T08:00:00,voice,q,30,1,0,0,0,9,x\n"
                                                             "C13,A0003,2026-07-14T08:00:00,voice,q,30,1,0,0,0,5,x\n");
    auto r = importFile(*site.db, Kind::Interactions, f);
    QVERIFY(r);
    QCOMPARE(r->inserted, 3);
    QCOMPARE(r->rejected, 1);
    QVERIFY(!r->committed);
    QCOMPARE(counts(*site.db), countsBefore);
    QCOMPARE(dumpAll(site.path), before);
    QCOMPARE(dump(site.path, "SELECT * FROM import_log"), logBefore);
}

void TestImport::dryRunChangesNothing()
{
    Site site;
    QVERIFY(site.db);
    const QStringList before = dumpAll(site.path);
    auto r = importFile(*site.db, Kind::Interactions, examplePath(Kind::Interactions),
                        [](import::ImportOptions& o) { o.dryRun = true; });
    QVERIFY(r);
    QCOMPARE(problemTexts(r.value()), QStringList());
    QCOMPARE(r->inserted, 3);
    QVERIFY(!r->committed);
    QCOMPARE(r->summary(),
             QStringLiteral("3 rows read: 3 new, 0 replaced, 0 unchanged, 0 rejected. Dry run: nothing was changed."));
    QCOMPARE(dumpAll(site.path), before);
    QCOMPARE(dump(site.path, "SELECT count(*) FROM import_log"), QStringList{"1"});
}

void TestImport::reimportIsIdempotent_data()
{
    QTest::addColumn<int>("kind");
    for (Kind k : allKinds())
        QTest::newRow(qPrintable(kindName(k))) << int(k);
}

void TestImport::reimportIsIdempotent()
{
    QFETCH(int, kind);
    Site site(false);
    QVERIFY(site.db);
    QVERIFY(importExamples(*site.db));
    const QStringList before = dumpAll(site.path);
    const qint64 rows = counts(*site.db)[kindName(Kind(kind))];
    auto r = importFile(*site.db, Kind(kind), examplePath(Kind(kind)));
    QVERIFY(r);
    QCOMPARE(problemTexts(r.value()), QStringList());
    QVERIFY(r->committed);
    QCOMPARE(r->inserted, 0);
    QCOMPARE(r->replaced, 0);
    QCOMPARE(r->unchanged, rows);
    QCOMPARE(r->summary(), QStringLiteral("%1 rows read: 0 new, 0 replaced, %1 unchanged, 0 rejected. Everything was "
                                          "already there: nothing changed.")
                               .arg(rows));
    QCOMPARE(dumpAll(site.path), before);
}

void TestImport::conflictWithoutUpdateNamesTheId()
{
    Site site;
    QVERIFY(site.db);
    QVERIFY(importFile(*site.db, Kind::Interactions, examplePath(Kind::Interactions))->committed);
    const QStringList before = dumpAll(site.path);
    const QString f = site.file(QStringLiteral("i.csv"), kInteractionsHeader +
                                                             "C00000001,A0001,2026-07-06T08:12:31,voice,billing,412,1,"
                                                             "0,0,0,5,invoice question\n"
                                                             "C00000002,A0001,2026-07-06T08:31:02,chat,billing,700,0,1,"
                                                             "0,1,,payment failed\n");
    auto r = importFile(*site.db, Kind::Interactions, f);
    QVERIFY(r);
    QCOMPARE(
        problemTexts(r.value()),
        QStringList{f + QStringLiteral(":3: column interaction_id: value 'C00000002': interaction_id already exists "
                                       "with different values; use --update to replace it")});
    QCOMPARE(r->unchanged, 1);
    QVERIFY(!r->committed);
    QCOMPARE(dumpAll(site.path), before);
}

void TestImport::updateReplacesAndRecomputesRollups()
{
    Site site;
    QVERIFY(site.db);
    QVERIFY(importFile(*site.db, Kind::Interactions, examplePath(Kind::Interactions))->committed);
    // C00000002 moves from A0001 in 2026-W28 to A0002 in 2026-W29; C00000001
    // changes its csat; C00000003 is as it was; C00000004 is new.
    const QString f = site.file(QStringLiteral("i.csv"), kInteractionsHeader +
                                                             "C00000001,A0001,2026-07-06T08:12:31,voice,billing,412,1,"
                                                             "0,0,0,3,invoice question\n"
                                                             "C00000002,A0002,2026-07-14T10:00:00,chat,billing,600,1,0,"
                                                             "1,2,4,payment failed\n"
                                                             "C00000003,A0003,2026-07-07T14:02:44,email,tech,290,1,0,1,"
                                                             "0,2,\"router, no signal\"\n"
                                                             "C00000004,A0001,2026-07-07T09:00:00,voice,billing,100,,0,"
                                                             "0,0,,\n");
    auto r = importFile(*site.db, Kind::Interactions, f, [](import::ImportOptions& o) { o.update = true; });
    QVERIFY(r);
    QCOMPARE(problemTexts(r.value()), QStringList());
    QVERIFY(r->committed);
    QCOMPARE(r->inserted, 1);
    QCOMPARE(r->replaced, 2);
    QCOMPARE(r->unchanged, 1);
    QCOMPARE(r->summary(), QStringLiteral("4 rows read: 1 new, 2 replaced, 1 unchanged, 0 rejected"));
    QCOMPARE(
        dump(site.path, "SELECT interaction_id, agent_id, started_at, handle_seconds, csat FROM interactions "
                        "ORDER BY 1"),
        QStringList({"C00000001|A0001|2026-07-06T08:12:31|412.0|3", "C00000002|A0002|2026-07-14T10:00:00|600.0|4",
                     "C00000003|A0003|2026-07-07T14:02:44|290.0|2", "C00000004|A0001|2026-07-07T09:00:00|100.0|NULL"}));
    const QStringList expected{"A0001|202628|2|512|179744|1|1|0|0|0|1|0|3", "A0002|202629|1|600|360000|1|1|0|1|2|1|1|4",
                               "A0003|202628|1|290|84100|1|1|0|1|0|1|0|2"};
    QCOMPARE(rollupsFromInteractions(site.path), expected);
    QCOMPARE(storedRollups(site.path), expected);
    auto findings = store::runChecks(*site.db);
    QVERIFY(findings);
    QVERIFY(findings->empty());
}

void TestImport::skipInvalidWritesRejects()
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

void TestImport::unknownAgentNeedsCreateAgents()
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
}

void TestImport::rejectedRowTakesItsCreatedAgentAlong()
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

void TestImport::cancelChangesNothing()
{
    Site site;
    QVERIFY(site.db);
    const QStringList before = dumpAll(site.path);
    std::atomic_bool cancel{true};
    auto r =
        import::runImport(*site.db, importOptions(Kind::Interactions, examplePath(Kind::Interactions)), {}, &cancel);
    QVERIFY(r);
    QVERIFY(r->cancelled);
    QVERIFY(!r->committed);
    QCOMPARE(r->rowsRead, 1); // stopped at the first row, small file or not
    QCOMPARE(r->summary(), QStringLiteral("Cancelled after 1 rows read: nothing was changed."));
    QCOMPARE(dumpAll(site.path), before);
}

void TestImport::mapJoinsDateAndTime()
{
    Site site;
    QVERIFY(site.db);
    const QString f = site.file(QStringLiteral("export.csv"), "Ticket,Agent,Date,Time,Channel,AHT,Notes\n"
                                                              "T-1,A0001,06/07/2026,08:12,Voice,5:12,first\n"
                                                              "T-2,A0002,13/07/2026,17:05,chat,1:00:00,second\n");
    auto r = importFile(*site.db, Kind::Interactions, f, [](import::ImportOptions& o) {
        for (const char* m : {"interaction_id=Ticket", "agent_id=Agent", "started_at=Date+Time", "handle_seconds=AHT",
                              "contact_reason = Notes"})
            QVERIFY(o.map.add(QString::fromLatin1(m)).ok());
        o.dateFormat = QStringLiteral("dd/MM/yyyy HH:mm");
    });
    QVERIFY(r);
    QCOMPARE(problemTexts(r.value()), QStringList());
    QCOMPARE(r->warnings, std::vector<QString>());
    QVERIFY(r->committed);
    QCOMPARE(dump(site.path, "SELECT interaction_id, agent_id, started_at, channel, handle_seconds, contact_reason "
                             "FROM interactions ORDER BY 1"),
             QStringList({"T-1|A0001|2026-07-06T08:12:00|voice|312.0|first",
                          "T-2|A0002|2026-07-13T17:05:00|chat|3600.0|second"}));
}

void TestImport::mapErrors_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("addError");    // from ColumnMap::add
    QTest::addColumn<QString>("importError"); // from the import, after "FILE"
    QTest::newRow("no equals") << "oops"
                               << "--map takes target=Source Header (or target=A+B to join two columns), not 'oops'"
                               << QString();
    QTest::newRow("empty source") << "started_at=Date+"
                                  << "--map started_at=Date+ names an empty source column" << QString();
    QTest::newRow("unknown target") << "start=Date" << QString()
                                    << ": --map names start, which is not a column of interactions";
    QTest::newRow("unknown source") << "started_at=Datum" << QString()
                                    << ":1: column started_at: --map started_at names the column 'Datum', which the "
                                       "file does not have";
}

void TestImport::mapErrors()
{
    QFETCH(QString, assignment);
    QFETCH(QString, addError);
    QFETCH(QString, importError);
    Site site;
    QVERIFY(site.db);
    import::ImportOptions o = importOptions(Kind::Interactions, examplePath(Kind::Interactions));
    const Status st = o.map.add(assignment);
    if (!addError.isEmpty()) {
        QVERIFY(!st);
        QCOMPARE(st.error().toString(), addError);
        return;
    }
    QVERIFY(st);
    auto r = import::runImport(*site.db, o);
    QVERIFY(!r);
    QCOMPARE(r.error().toString(), examplePath(Kind::Interactions) + importError);
}

void TestImport::jsonProfile()
{
    Site site;
    QVERIFY(site.db);
    QStringEncoder cp1252("windows-1252");
    const QString f =
        site.file(QStringLiteral("export.csv"), cp1252(QStringLiteral("Ticket;Agent;Date;Time;AHT;Grund\n"
                                                                      "T-1;A0001;06/07/2026;08:12;312,5;Rückruf €\n")));
    const QString profile = site.file(QStringLiteral("profile.json"), R"({
        "kind": "interactions", "delimiter": ";", "encoding": "Windows-1252", "date_format": "dd/MM/yyyy H:mm",
        "map": {"interaction_id": "Ticket", "agent_id": "Agent", "started_at": "Date+Time",
                "handle_seconds": "AHT", "contact_reason": "Grund"}})");
    import::ImportOptions o = importOptions(Kind::Interactions, f);
    QVERIFY(import::applyProfile(profile, o).ok());
    QCOMPARE(o.dateFormat, QStringLiteral("dd/MM/yyyy H:mm"));
    auto r = import::runImport(*site.db, o);
    QVERIFY(r);
    QCOMPARE(problemTexts(r.value()), QStringList());
    QVERIFY(r->committed);
    QCOMPARE(r->encoding, csv::Encoding::Windows1252);
    QCOMPARE(r->delimiter, ';');
    QCOMPARE(dump(site.path, "SELECT interaction_id, started_at, handle_seconds, contact_reason FROM interactions"),
             QStringList{QStringLiteral("T-1|2026-07-06T08:12:00|312.5|Rückruf €")});

    // Saved and applied again, a profile gives the same options.
    const QString saved = site.dir.filePath(QStringLiteral("saved.json"));
    QVERIFY(import::saveProfile(saved, o).ok());
    import::ImportOptions again = importOptions(Kind::Interactions, f);
    QVERIFY(import::applyProfile(saved, again).ok());
    QCOMPARE(again.map.sources, o.map.sources);
    QCOMPARE(again.dateFormat, o.dateFormat);
    QCOMPARE(again.reader.delimiter, o.reader.delimiter);
    QCOMPARE(again.reader.encoding, o.reader.encoding);

    // A profile for another kind is refused.
    import::ImportOptions agents = importOptions(Kind::Agents, f);
    const Status wrong = import::applyProfile(profile, agents);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().toString(), profile + QStringLiteral(": is a profile for interactions, not agents"));
}

void TestImport::rowRulesAreEnforced_data()
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
}

void TestImport::rowRulesAreEnforced()
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

void TestImport::decimalComma_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("force");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QStringList>("stored");
    QTest::addColumn<QStringList>("problems"); // after the file name

    QTest::newRow("semicolon") << QByteArray("interaction_id;agent_id;started_at;handle_seconds;queue\n"
                                             "C1;A0001;2026-07-06T08:00:00;312,5;a,b\n")
                               << false << ';' << QStringList{"312.5|a,b"} << QStringList();
    // Excel's "Unicode text" export on a German machine: tab-separated, decimal comma.
    QTest::newRow("tab") << QByteArray("interaction_id\tagent_id\tstarted_at\thandle_seconds\tqueue\n"
                                       "C1\tA0001\t2026-07-06T08:00:00\t680,5\tbilling\n")
                         << false << '\t' << QStringList{"680.5|billing"} << QStringList();
    QTest::newRow("pipe") << QByteArray("interaction_id|agent_id|started_at|handle_seconds|queue\n"
                                        "C1|A0001|2026-07-06T08:00:00|0,25|billing\n")
                          << false << '|' << QStringList{"0.25|billing"} << QStringList();
    QTest::newRow("comma, forced") << QByteArray("interaction_id,agent_id,started_at,handle_seconds,queue\n"
                                                 "C1,A0001,2026-07-06T08:00:00,\"3,5\",billing\n")
                                   << true << ',' << QStringList{"3.5|billing"} << QStringList();
    QTest::newRow("comma, not forced") << QByteArray("interaction_id,agent_id,started_at,handle_seconds,queue\n"
                                                     "C1,A0001,2026-07-06T08:00:00,\"3,5\",billing\n")
                                       << false << ',' << QStringList()
                                       << QStringList{QStringLiteral(
                                              ":2: column handle_seconds: value '3,5': is not a duration (seconds, "
                                              "h:mm:ss or m:ss)")};
}

void TestImport::decimalComma()
{
    QFETCH(QByteArray, csv);
    QFETCH(bool, force);
    QFETCH(char, delimiter);
    QFETCH(QStringList, stored);
    QFETCH(QStringList, problems);
    Site site;
    QVERIFY(site.db);
    const QString f = site.file(QStringLiteral("i.csv"), csv);
    auto r = importFile(*site.db, Kind::Interactions, f, [&](import::ImportOptions& o) { o.decimalComma = force; });
    QVERIFY(r);
    QCOMPARE(r->delimiter, delimiter);
    for (QString& problem : problems)
        problem.prepend(f); // the data name the line; the file is this test's temporary one
    QCOMPARE(problemTexts(r.value()), problems);
    QCOMPARE(dump(site.path, "SELECT handle_seconds, queue FROM interactions"), stored);
}

void TestImport::durationsAndBooleans()
{
    Site site;
    QVERIFY(site.db);
    const QString f = site.file(QStringLiteral("i.csv"),
                                kInteractionsHeader + "C1,A0001,2026-07-06T08:00:00,voice,q,1:02:03,yes,no,Y,0,,\n"
                                                      "C2,A0001,2026-07-06T08:00:00,voice,q,5:07,N,TRUE,false,0,,\n"
                                                      "C3,A0001,2026-07-06T08:00:00,voice,q,0:45.5,No,y,True,0,,\n");
    auto r = importFile(*site.db, Kind::Interactions, f);
    QVERIFY(r);
    QCOMPARE(problemTexts(r.value()), QStringList());
    QCOMPARE(dump(site.path, "SELECT interaction_id, handle_seconds, resolved_first_contact, repeat_contact, escalated "
                             "FROM interactions ORDER BY 1"),
             QStringList({"C1|3723.0|1|0|1", "C2|307.0|0|1|0", "C3|45.5|0|1|1"}));
}

void TestImport::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    const QString text = QStringLiteral("agent_id,name,team\r\nA1,José Müller,Équipe €\r\nA2,Zoë,Équipe €\r\n");
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QStringEncoder cp1252("windows-1252");
    QVERIFY(cp1252.isValid());
    QTest::newRow("UTF-8") << text.toUtf8() << int(csv::Encoding::Utf8);
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(csv::Encoding::Utf8Bom);
    QTest::newRow("UTF-16LE with BOM") << QByteArray(utf16(text)) << int(csv::Encoding::Utf16LE);
    QTest::newRow("Windows-1252") << QByteArray(cp1252(text)) << int(csv::Encoding::Windows1252);
}

void TestImport::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    Site site(false);
    QVERIFY(site.db);
    const QString f = site.file(QStringLiteral("agents.csv"), bytes);
    auto r = importFile(*site.db, Kind::Agents, f);
    QVERIFY(r);
    QCOMPARE(problemTexts(r.value()), QStringList());
    QVERIFY(r->committed);
    QCOMPARE(int(r->encoding), encoding);
    QCOMPARE(dump(site.path, "SELECT agent_id, name, team FROM agents ORDER BY 1"),
             QStringList({QStringLiteral("A1|José Müller|Équipe €"), QStringLiteral("A2|Zoë|Équipe €")}));
}

void TestImport::lineEndings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("ending");
    QTest::newRow("CRLF") << QByteArray("agent_id,name,team\r\nA1,Ann,T\r\nA2,Bo,T\r\n") << int(csv::LineEnding::CrLf);
    QTest::newRow("CR") << QByteArray("agent_id,name,team\rA1,Ann,T\rA2,Bo,T\r") << int(csv::LineEnding::Cr);
    QTest::newRow("LF, no final newline")
        << QByteArray("agent_id,name,team\nA1,Ann,T\nA2,Bo,T") << int(csv::LineEnding::Lf);
    QTest::newRow("CRLF, no final newline")
        << QByteArray("agent_id,name,team\r\nA1,Ann,T\r\nA2,Bo,T") << int(csv::LineEnding::CrLf);
}

void TestImport::lineEndings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, ending);
    Site site(false);
    QVERIFY(site.db);
    auto r = importFile(*site.db, Kind::Agents, site.file(QStringLiteral("a.csv"), bytes));
    QVERIFY(r);
    QCOMPARE(problemTexts(r.value()), QStringList());
    QCOMPARE(r->inserted, 2);
    QCOMPARE(int(r->lineEnding), ending);
    QCOMPARE(dump(site.path, "SELECT agent_id, name, team FROM agents ORDER BY 1"),
             QStringList({"A1|Ann|T", "A2|Bo|T"}));
}

void TestImport::qaScoresWithNaAndRubricColumns()
{
    Site site;
    QVERIFY(site.db);
    auto r = importFile(*site.db, Kind::QaEvaluations, examplePath(Kind::QaEvaluations));
    QVERIFY(r);
    QVERIFY(r->committed);
    QCOMPARE(dump(site.path, "SELECT evaluation_id, attribute, score FROM qa_scores ORDER BY 1, 2"),
             QStringList({"E000001|accuracy|4", "E000001|clarity|3", "E000001|documentation|NULL", "E000001|empathy|3",
                          "E000001|policy_adherence|4", "E000002|accuracy|2", "E000002|clarity|3",
                          "E000002|documentation|2", "E000002|empathy|2", "E000002|policy_adherence|0"}));
    QCOMPARE(dump(site.path, "SELECT evaluation_id, rubric_version, comment FROM qa_evaluations ORDER BY 1"),
             QStringList({"E000001|1|Clear next steps", "E000002|1|Skipped identity check"}));

    const QString f =
        site.file(QStringLiteral("qa.csv"), "evaluation_id,agent_id,evaluator,evaluated_at,accuracy,clarity,empathy,"
                                            "policy_adherence,documentation\n"
                                            "E3,A0001,Jo,2026-07-08T10:00:00,n/a,4,5,NA,x\n");
    auto bad = importFile(*site.db, Kind::QaEvaluations, f);
    QVERIFY(bad);
    QCOMPARE(problemTexts(bad.value()),
             QStringList({f + QStringLiteral(":2: column empathy: value '5': is out of range (0 to 4)"),
                          f + QStringLiteral(":2: column documentation: value 'x': is not a score (a whole number, or "
                                             "NA)")}));
}

void TestImport::pulseWeekGivenAsDate()
{
    Site site;
    QVERIFY(site.db);
    auto r = importFile(*site.db, Kind::Pulses, examplePath(Kind::Pulses));
    QVERIFY(r);
    QVERIFY(r->committed);
    QCOMPARE(dump(site.path, "SELECT response_id, week, team, agent_id FROM pulse_responses ORDER BY 1"),
             QStringList({"P000001|2026-W28|Billing|A0001", "P000002|2026-W28|Billing|NULL",
                          "P000003|2026-W28|Tech Support|A0003"}));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
