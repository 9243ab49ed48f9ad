// Import: every kind reads, every bad value is reported where it is, and a
// file either goes in whole or changes nothing. The row rules and the rejects
// file are in tst_importrules.cpp, column mapping in tst_importmapping.cpp,
// number, date and text formats in tst_importformats.cpp.
#include "FbTestSupport.h"
#include "ImportTestSite.h"
#include "store/Checks.h"

#include <QTest>

using namespace fb;
using namespace fbtest;

namespace {

const char* const kDateHint =
    "is not an ISO 8601 date (YYYY-MM-DD); a date like 03/04/2026 could be either day or month first, so say which "
    "with --date-format, e.g. --date-format \"dd/MM/yyyy\" or --date-format \"MM/dd/yyyy\" (add \" H:mm\" or "
    "\" H:mm:ss\" for a time)";

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
    void cancelChangesNothing();
};

void TestImport::everyExampleImports_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("rows");
    // feedback: 3 since the example shows an accepted ticket with its owner
    const int rows[] = {3, 3, 2, 3, 2, 3, 2, 3, 3};
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

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
