// Import through a column mapping: joined date and time columns, the
// mapping's own errors, and a mapping saved as a JSON profile.
#include "FbTestSupport.h"
#include "ImportTestSite.h"

#include <QStringEncoder>
#include <QTest>

using namespace fb;
using namespace fbtest;

class TestImportMapping : public QObject {
    Q_OBJECT

private slots:
    void mapJoinsDateAndTime();
    void mapErrors_data();
    void mapErrors();
    void jsonProfile();
};

void TestImportMapping::mapJoinsDateAndTime()
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

void TestImportMapping::mapErrors_data()
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

void TestImportMapping::mapErrors()
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

void TestImportMapping::jsonProfile()
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

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
