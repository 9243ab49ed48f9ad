// Import writes valid interactions several rows per statement
// (RowWriter::kBatchRows). Files longer than one batch must give exactly what
// a row-by-row import gave: the same outcome per row, every refusal at its own
// line and in line order (problems and the rejects file), the same rows and
// rollups, and nothing at all after a refusal. The short files of tst_import
// and tst_importrules never fill a batch; these do.
#include "FbTestSupport.h"
#include "ImportTestSite.h"
#include "store/Checks.h"
#include "store/RowWriter.h"

#include <QTest>

using namespace fb;
using namespace fbtest;

namespace {

// 100 rows: three full batches of 32 and four rows after them.
constexpr int kRows = 100;
static_assert(kRows > 3 * store::RowWriter::kBatchRows && kRows % store::RowWriter::kBatchRows != 0);

// Interaction C<n> (n from 1): agent A0001, Monday 2026-07-06 (ISO week
// 2026-W28), 10 s, resolved, CSAT 5, so every sum below is known by hand.
QByteArray row(int n, int handleSeconds = 10)
{
    return QStringLiteral("C%1,A0001,2026-07-06T%2:%3:00,voice,q,%4,1,0,0,0,5,x\n")
        .arg(n, 3, 10, QLatin1Char('0'))
        .arg(8 + (n - 1) / 60, 2, 10, QLatin1Char('0'))
        .arg((n - 1) % 60, 2, 10, QLatin1Char('0'))
        .arg(handleSeconds)
        .toUtf8();
}

// Rows from..to, with `replace` giving the text of some lines instead.
QByteArray rows(int from, int to, const std::map<int, QByteArray>& replace = {})
{
    QByteArray out = kInteractionsHeader;
    for (int n = from; n <= to; ++n) {
        const auto it = replace.find(n);
        out += it == replace.end() ? row(n) : it->second;
    }
    return out;
}

QString conflictAt(const QString& file, int line, int n)
{
    return file + QStringLiteral(":%1: column interaction_id: value 'C%2': interaction_id already exists with "
                                 "different values; use --update to replace it")
                      .arg(line)
                      .arg(n, 3, 10, QLatin1Char('0'));
}

} // namespace

class TestImportBatches : public QObject {
    Q_OBJECT

private slots:
    void fullBatchesStoreEveryRowAndItsRollups();
    void existingKeyInsideABatchIsNamedAtItsLine();
    void duplicateWithinABatchIsNamedAtItsLine();
    void skippedRowsKeepTheirOrder();
    void updateAcrossBatches();
    void serverSizedBatchesKeepEveryValue();
};

void TestImportBatches::fullBatchesStoreEveryRowAndItsRollups()
{
    Site site;
    QVERIFY(site.db);
    const QString f = site.file(QStringLiteral("i.csv"), rows(1, kRows));
    auto r = importFile(*site.db, Kind::Interactions, f);
    QVERIFY(r);
    QCOMPARE(problemTexts(r.value()), QStringList());
    QVERIFY(r->committed);
    QCOMPARE(r->summary(), QStringLiteral("100 rows read: 100 new, 0 replaced, 0 unchanged, 0 rejected"));
    const QStringList ids = dump(site.path, "SELECT interaction_id FROM interactions ORDER BY 1");
    QCOMPARE(ids.size(), kRows);
    QCOMPARE(ids.front(), QStringLiteral("C001"));
    QCOMPARE(ids.back(), QStringLiteral("C100"));
    QCOMPARE(dump(site.path, "SELECT started_at, handle_seconds FROM interactions WHERE interaction_id = 'C100'"),
             QStringList{"2026-07-06T09:39:00|10.0"});
    // 100 rows of 10 s: 1,000 s, squares 10,000; all resolved, all CSAT 5.
    const QStringList expected{"A0001|202628|100|1000|10000|100|100|0|0|0|100|100|500"};
    QCOMPARE(storedRollups(site.path), expected);
    QCOMPARE(rollupsFromInteractions(site.path), expected);
}

void TestImportBatches::existingKeyInsideABatchIsNamedAtItsLine()
{
    Site site;
    QVERIFY(site.db);
    // C050 is stored with 20 s; the file has it with 10 s in its second batch.
    QVERIFY(importFile(*site.db, Kind::Interactions,
                       site.file(QStringLiteral("one.csv"), kInteractionsHeader + row(50, 20)))
                ->committed);
    const QStringList before = dumpAll(site.path);
    const QString f = site.file(QStringLiteral("i.csv"), rows(1, kRows));
    auto r = importFile(*site.db, Kind::Interactions, f);
    QVERIFY(r);
    QCOMPARE(problemTexts(r.value()), QStringList{conflictAt(f, 51, 50)}); // C050 is on line 51
    QCOMPARE(r->summary(), QStringLiteral("100 rows read: 99 new, 0 replaced, 0 unchanged, 1 rejected. 1 problems: "
                                          "nothing was changed."));
    QVERIFY(!r->committed);
    QCOMPARE(dumpAll(site.path), before);
}

void TestImportBatches::duplicateWithinABatchIsNamedAtItsLine()
{
    Site site;
    QVERIFY(site.db);
    const QStringList before = dumpAll(site.path);
    // Line 20 repeats C009 (line 10) as it is; line 30 repeats it with 99 s.
    const QString f = site.file(QStringLiteral("i.csv"), rows(1, kRows, {{19, row(9)}, {29, row(9, 99)}}));
    auto r = importFile(*site.db, Kind::Interactions, f);
    QVERIFY(r);
    QCOMPARE(problemTexts(r.value()), QStringList{conflictAt(f, 30, 9)});
    QCOMPARE(r->summary(), QStringLiteral("100 rows read: 98 new, 0 replaced, 1 unchanged, 1 rejected. 1 problems: "
                                          "nothing was changed."));
    QVERIFY(!r->committed);
    QCOMPARE(dumpAll(site.path), before);
}

void TestImportBatches::skippedRowsKeepTheirOrder()
{
    Site site;
    QVERIFY(site.db);
    // A conflict in the first batch (line 16); a conflict (line 36) among the
    // rows that wait when a bad value comes (line 41), so the batch must be
    // written before the bad row is listed; a conflict in the third (line 71).
    const QByteArray bad = "C040,A0001,2026-07-06T08:39:00,voice,q,30,1,0,0,0,9,x\n";
    const QString f = site.file(QStringLiteral("i.csv"),
                                rows(1, kRows, {{15, row(3, 11)}, {35, row(34, 13)}, {40, bad}, {70, row(60, 12)}}));
    const QString rejects = site.dir.filePath(QStringLiteral("rejects.csv"));
    auto r = importFile(*site.db, Kind::Interactions, f, [&](import::ImportOptions& o) {
        o.skipInvalid = true;
        o.rejectsFile = rejects;
    });
    QVERIFY(r);
    QVERIFY(r->committed);
    QCOMPARE(problemTexts(r.value()),
             QStringList({conflictAt(f, 16, 3), conflictAt(f, 36, 34),
                          f + QStringLiteral(":41: column csat: value '9': is out of range (1 to 5)"),
                          conflictAt(f, 71, 60)}));
    QCOMPARE(r->summary(), QStringLiteral("100 rows read: 96 new, 0 replaced, 0 unchanged, 4 rejected"));
    // A reason holding ";" is quoted (CsvWriter quotes any other locale's delimiter).
    const QByteArray conflict = "interaction_id already exists with different values; use --update to replace it";
    QCOMPARE(QString::fromUtf8(readAll(rejects)),
             QString::fromUtf8(kInteractionsHeader.trimmed() + ",reject_line,reject_reason\r\n" + row(3, 11).trimmed() +
                               ",16,\"column interaction_id: value 'C003': " + conflict + "\"\r\n" +
                               row(34, 13).trimmed() + ",36,\"column interaction_id: value 'C034': " + conflict +
                               "\"\r\n" + bad.trimmed() + ",41,column csat: value '9': is out of range (1 to 5)\r\n" +
                               row(60, 12).trimmed() + ",71,\"column interaction_id: value 'C060': " + conflict +
                               "\"\r\n"));
    QCOMPARE(dump(site.path, "SELECT count(*), sum(handle_seconds) FROM interactions"), QStringList{"96|960.0"});
    const QStringList expected{"A0001|202628|96|960|9600|96|96|0|0|0|96|96|480"};
    QCOMPARE(storedRollups(site.path), expected);
    QCOMPARE(rollupsFromInteractions(site.path), expected);
}

void TestImportBatches::updateAcrossBatches()
{
    Site site;
    QVERIFY(site.db);
    QVERIFY(importFile(*site.db, Kind::Interactions, site.file(QStringLiteral("old.csv"), rows(1, kRows)))->committed);
    // C051..C150: C051..C100 are stored (C060 and C090 now 70 s), C101..C150 new.
    const QString f = site.file(QStringLiteral("i.csv"), rows(51, 150, {{60, row(60, 70)}, {90, row(90, 70)}}));
    auto r = importFile(*site.db, Kind::Interactions, f, [](import::ImportOptions& o) { o.update = true; });
    QVERIFY(r);
    QCOMPARE(problemTexts(r.value()), QStringList());
    QVERIFY(r->committed);
    QCOMPARE(r->summary(), QStringLiteral("100 rows read: 50 new, 2 replaced, 48 unchanged, 0 rejected"));
    // 150 rows: 148 of 10 s and 2 of 70 s; 1,620 s, squares 14,800 + 9,800.
    QCOMPARE(dump(site.path, "SELECT count(*), sum(handle_seconds) FROM interactions"), QStringList{"150|1620.0"});
    const QStringList expected{"A0001|202628|150|1620|24600|150|150|0|0|0|150|150|750"};
    QCOMPARE(storedRollups(site.path), expected);
    QCOMPARE(rollupsFromInteractions(site.path), expected);
    auto findings = store::runChecks(*site.db);
    QVERIFY(findings);
    QVERIFY(findings->empty());
}

// A site server takes a batch as one COPY of RowWriter::kServerBatchRows
// rows (on a file these are many 32-row batches, with the same results):
// two full batches and three rows, values that COPY's text format escapes
// (a tab, a backslash, a line break, quotes) and empty cells stored as NULL,
// then a file whose second batch meets a stored key.
void TestImportBatches::serverSizedBatchesKeepEveryValue()
{
    Site site;
    QVERIFY(site.db);
    constexpr int kMany = 2 * store::RowWriter::kServerBatchRows + 3;
    // One row a minute from Monday 2026-07-06 00:00: 8,195 minutes stay in ISO week 2026-W28.
    const auto line = [](int n, const QByteArray& tail) {
        const QDateTime at = QDateTime(QDate(2026, 7, 6), QTime(0, 0)).addSecs(60LL * (n - 1));
        return QStringLiteral("D%1,A0002,%2,chat,q,")
                   .arg(n, 5, 10, QLatin1Char('0'))
                   .arg(at.toString(Qt::ISODate))
                   .toUtf8() +
               tail + '\n';
    };
    const QByteArray special = "7.25,,0,1,2,,\"tab\there, back\\slash\nand \"\"quotes\"\"\"";
    const QByteArray plain = "20,1,0,0,0,4,plain";
    QByteArray csv = kInteractionsHeader;
    for (int n = 1; n <= kMany; ++n)
        csv += line(n, n == 5000 ? special : plain);
    const QString f = site.file(QStringLiteral("many.csv"), csv);
    auto r = importFile(*site.db, Kind::Interactions, f);
    QVERIFY(r);
    QCOMPARE(problemTexts(r.value()), QStringList());
    QCOMPARE(r->summary(), QStringLiteral("8,195 rows read: 8,195 new, 0 replaced, 0 unchanged, 0 rejected"));
    QCOMPARE(dump(site.path, "SELECT count(*), sum(handle_seconds) FROM interactions WHERE agent_id = 'A0002'"),
             QStringList{"8195|163887.25"});
    QCOMPARE(dump(site.path, "SELECT handle_seconds, resolved_first_contact, repeat_contact, escalated, defects, "
                             "csat, contact_reason FROM interactions WHERE interaction_id = 'D05000'"),
             QStringList{"7.25|NULL|0|1|2|NULL|tab\there, back\\slash\nand \"quotes\""});
    QCOMPARE(dump(site.path, "SELECT started_at FROM interactions WHERE interaction_id = 'D08195'"),
             QStringList{"2026-07-11T16:34:00"});
    // 8,194 rows of 20 s and one of 7.25 s; 8,194 resolved of 8,194 known; CSAT 4 on 8,194.
    const QStringList expected{"A0002|202628|8195|163887.25|3277652.5625|8194|8194|0|1|2|8194|8194|32776"};
    QCOMPARE(storedRollups(site.path), expected);
    QCOMPARE(rollupsFromInteractions(site.path), expected);

    // The same file with D06000 (line 6002, after D05000's line break, in the
    // second server batch) at 21 s: refused at that line, nothing changes.
    const QStringList before = dumpAll(site.path);
    QByteArray again = kInteractionsHeader;
    for (int n = 1; n <= kMany; ++n)
        again += line(n, n == 5000 ? special : n == 6000 ? QByteArray("21,1,0,0,0,4,plain") : plain);
    const QString g = site.file(QStringLiteral("again.csv"), again);
    auto refused = importFile(*site.db, Kind::Interactions, g);
    QVERIFY(refused);
    QVERIFY(!refused->committed);
    QCOMPARE(problemTexts(refused.value()),
             QStringList{g + QStringLiteral(":6002: column interaction_id: value 'D06000': interaction_id already "
                                            "exists with different values; use --update to replace it")});
    QCOMPARE(dumpAll(site.path), before);
}

QTEST_GUILESS_MAIN(TestImportBatches)
#include "tst_importbatches.moc"
