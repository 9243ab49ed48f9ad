// Import of the ways a file can spell its values: decimal commas, durations
// and booleans, encodings, line endings, NA scores and weeks given as dates.
#include "FbTestSupport.h"
#include "ImportTestSite.h"
#include "export/Exporter.h"

#include <QStringEncoder>
#include <QTest>

using namespace fb;
using namespace fbtest;

class TestImportFormats : public QObject {
    Q_OBJECT

private slots:
    void decimalComma_data();
    void decimalComma();
    void durationsAndBooleans();
    void encodings_data();
    void encodings();
    void lineEndings_data();
    void lineEndings();
    void qaScoresWithNaAndRubricColumns();
    void pulseWeekGivenAsDate();
    void invalidUtf8IsRefusedOrReplaced();
};

void TestImportFormats::decimalComma_data()
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

void TestImportFormats::decimalComma()
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

void TestImportFormats::durationsAndBooleans()
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

void TestImportFormats::encodings_data()
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

void TestImportFormats::encodings()
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

void TestImportFormats::lineEndings_data()
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

void TestImportFormats::lineEndings()
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

void TestImportFormats::qaScoresWithNaAndRubricColumns()
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

void TestImportFormats::pulseWeekGivenAsDate()
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

QTEST_GUILESS_MAIN(TestImportFormats)
void TestImportFormats::invalidUtf8IsRefusedOrReplaced()
{
    // A UTF-8 file (it has a BOM) with one byte that is not UTF-8 in it.
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "agent_id,name,team,supervisor,site,shift,hire_date,status,left_on\n"
                             "A0010,J\xC3\xBCrgen M\xC3\xBCller,Billing,,,,,active,\n"
                             "A0011,Bad\xFF"
                             "Byte,Billing,,,,,active,\n";
    Site site(false);
    QVERIFY(site.db);
    const QString f = site.file(QStringLiteral("agents.csv"), bytes);
    auto refused = importFile(*site.db, Kind::Agents, f);
    QVERIFY(refused);
    QVERIFY(!refused->committed);
    QCOMPARE(problemTexts(refused.value()),
             QStringList{f + QStringLiteral(":3: column name: byte 4 (0xFF) is not UTF-8; correct the file or import "
                                            "with --replace-invalid")});
    QCOMPARE(dump(site.path, "SELECT count(*) FROM agents"), QStringList{"0"});

    auto replaced = importFile(*site.db, Kind::Agents, f, [](import::ImportOptions& o) { o.replaceInvalid = true; });
    QVERIFY(replaced);
    QVERIFY(replaced->committed);
    QCOMPARE(replaced->invalidReplaced, 1);
    QCOMPARE(replaced->summary(), QStringLiteral("2 rows read: 2 new, 0 replaced, 0 unchanged, 0 rejected; 1 invalid "
                                                 "UTF-8 sequences replaced by U+FFFD"));
    QCOMPARE(dump(site.path, "SELECT name FROM agents ORDER BY agent_id"),
             (QStringList{QStringLiteral("J\u00FCrgen M\u00FCller"), QStringLiteral("Bad\uFFFDByte")}));

    // Export -> import -> export is byte for byte the same, and still UTF-8.
    const QString first = site.dir.filePath(QStringLiteral("first.csv"));
    QVERIFY(exporting::runExport(*site.db, exporting::ExportOptions{Kind::Agents, first, false, std::nullopt}));
    Site again(false);
    QVERIFY(again.db);
    auto back = importFile(*again.db, Kind::Agents, first);
    QVERIFY(back && back->committed);
    QCOMPARE(back->encoding, csv::Encoding::Utf8);
    const QString second = again.dir.filePath(QStringLiteral("second.csv"));
    QVERIFY(exporting::runExport(*again.db, exporting::ExportOptions{Kind::Agents, second, false, std::nullopt}));
    QCOMPARE(readAll(second), readAll(first));
    QVERIFY(readAll(first).contains("A0010,J\xC3\xBCrgen M\xC3\xBCller,Billing"));
    QVERIFY(readAll(first).contains("A0011,Bad\xEF\xBF\xBD"
                                    "Byte,Billing"));
}

#include "tst_importformats.moc"
