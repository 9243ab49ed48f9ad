// The XLSX writer (core/export/XlsxWorkbook, ReportXlsx): workbooks are read
// back with openpyxl (tests/support/xlsx_dump.py), an independent reader, and
// compared cell by cell: type, value and number format; sheet names, frozen
// header row, autofilter, column widths; text that looks like a formula stays
// text; refusals leave the old file as it was.
#include "FbTestSupport.h"
#include "XlsxDump.h"
#include "common/AtomicFile.h"
#include "export/ReportXlsx.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fb;
using exporting::CellType;

class TestXlsx final : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { testing::failAtomicWritesAfter(-1); }
    void sheetNames_data();
    void sheetNames();
    void columnTypes();
    void typedCells();
    void formulaTextStaysText();
    void sheetsOfASet();
    void missingFolderWritesNothing();
    void failedWriteKeepsOldFile();
    void droppedWorkbookWritesNothing();

private:
    QTemporaryDir m_dir;
    exporting::ReportTable sample() const;
};

void TestXlsx::sheetNames_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");
    QTest::newRow("kept") << "coverage" << QStringList{} << "coverage";
    QTest::newRow("forbidden characters") << "a[b]:c*d?e/f\\g" << QStringList{} << "a_b__c_d_e_f_g";
    QTest::newRow("apostrophes at the ends") << "'week'" << QStringList{} << "week";
    QTest::newRow("empty") << "" << QStringList{} << "Sheet";
    QTest::newRow("31 characters") << "you_said_we_did_and_what_came_of_it" << QStringList{}
                                   << "you_said_we_did_and_what_came_o";
    QTest::newRow("whole UTF-8 characters") << QString(40, QChar(0xE4)) << QStringList{} << QString(31, QChar(0xE4));
    QTest::newRow("taken, any case") << "Pairs" << QStringList{"pairs"} << "Pairs (2)";
    QTest::newRow("taken twice") << "pairs" << QStringList{"pairs", "pairs (2)"} << "pairs (3)";
    QTest::newRow("taken and long") << "you_said_we_did_and_what_came_of_it"
                                    << QStringList{"you_said_we_did_and_what_came_o"}
                                    << "you_said_we_did_and_what_ca (2)";
}

void TestXlsx::sheetNames()
{
    QFETCH(QString, wanted);
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    std::vector<std::string> names;
    for (const auto& t : taken)
        names.push_back(t.toStdString());
    QCOMPARE(QString::fromStdString(exporting::sheetName(wanted.toStdString(), names)), expected);
}

exporting::ReportTable TestXlsx::sample() const
{
    return {{"team", "agents", "met_share", "change", "weight", "p_value", "day", "at", "week", "fcr"},
            {true, false, false, false, false, false, false, false, false, false},
            {{"Billing", "12", "0.5", "1.2345678901234567", "0.25", "0.0123", "2026-03-02", "2026-03-02T09:15:30",
              "2026-W10", "0.68"},
             {"=1+2", "3", "", "-2", "1", "", "2026-03-09", "2026-03-09 17:05", "2026-W11", "0.7"},
             {"@SUM(A1)", "0", "1", "NA", "0.5", "1", "", "", "", ""}}};
}

void TestXlsx::columnTypes()
{
    // text (mask), whole numbers, a share, computed (one decimal), typed
    // (as written), a p-value, dates, date-times, weeks (text), a proportion metric.
    const std::vector<CellType> expected{
        CellType::Text,          CellType::Integer, CellType::Percent,  CellType::Text, CellType::Number,
        CellType::ThreeDecimals, CellType::Date,    CellType::DateTime, CellType::Text, CellType::Percent};
    auto table = sample();
    QVERIFY(exporting::reportColumnTypes(table) == expected);
    table.rows[2][3].assign(1, '7'); // without the NA: a computed number (assign: GCC 12 warns on = "7")
    QCOMPARE(exporting::reportColumnTypes(table)[3], CellType::OneDecimal);
}

void TestXlsx::typedCells()
{
    const QString path = m_dir.filePath(QStringLiteral("typed.xlsx"));
    QVERIFY(exporting::writeXlsx(sample(), path, "typed").ok());
    FB_READ_XLSX(read, path);
    const QJsonArray sheets = read.book.value(QLatin1String("sheets")).toArray();
    QCOMPARE(sheets.size(), 1);
    const QJsonObject sheet = sheets.at(0).toObject();
    QCOMPARE(sheet.value(QLatin1String("name")).toString(), QStringLiteral("typed"));
    QCOMPARE(sheet.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
    QCOMPARE(sheet.value(QLatin1String("filter")).toString(), QStringLiteral("A1:J4"));
    QCOMPARE(sheet.value(QLatin1String("rows")).toInt(), 4);
    QCOMPARE(fbtest::rowText(sheet, 0),
             (QStringList{"s:team:General", "s:agents:General", "s:met_share:General", "s:change:General",
                          "s:weight:General", "s:p_value:General", "s:day:General", "s:at:General", "s:week:General",
                          "s:fcr:General"}));
    QCOMPARE(fbtest::rowText(sheet, 1),
             (QStringList{"s:Billing:General", "n:12:0", "n:0.5:0.0%", "s:1.2345678901234567:General", "n:0.25:General",
                          "n:0.0123:0.000", "d:2026-03-02T00:00:00:yyyy-mm-dd",
                          "d:2026-03-02T09:15:30:yyyy-mm-dd hh:mm:ss", "s:2026-W10:General", "n:0.68:0.0%"}));
    // The column with an NA is text: every value stays as written.
    QCOMPARE(fbtest::rowText(sheet, 2),
             (QStringList{"s:=1+2:General", "n:3:0", "", "s:-2:General", "n:1:General", "",
                          "d:2026-03-09T00:00:00:yyyy-mm-dd", "d:2026-03-09T17:05:00:yyyy-mm-dd hh:mm:ss",
                          "s:2026-W11:General", "n:0.7:0.0%"}));
    QCOMPARE(fbtest::rowText(sheet, 3), (QStringList{"s:@SUM(A1):General", "n:0:0", "n:1:0.0%", "s:NA:General",
                                                     "n:0.5:General", "n:1:0.000", "", "", "", ""}));
    // Widths fit the longest of header and values (+2), the header with room for its filter button.
    const QJsonObject widths = sheet.value(QLatin1String("widths")).toObject();
    QCOMPARE(widths.size(), 10);
    QCOMPARE(widths.value(QLatin1String("A")).toDouble(),
             8.0 + 2 + 0.7109375); // "@SUM(A1)"; openpyxl adds Excel's padding
    QCOMPARE(widths.value(QLatin1String("D")).toDouble(), 18.0 + 2 + 0.7109375); // "1.2345678901234567"
    QCOMPARE(widths.value(QLatin1String("H")).toDouble(), 19.0 + 2 + 0.7109375); // a date-time
}

void TestXlsx::formulaTextStaysText()
{
    exporting::ReportTable t{{"note"}, {true}, {{"=HYPERLINK(\"http://x\",\"y\")"}, {"+1"}, {"-1"}, {"@A1"}}};
    const QString path = m_dir.filePath(QStringLiteral("formulas.xlsx"));
    QVERIFY(exporting::writeXlsx(t, path, "notes").ok());
    FB_READ_XLSX(read, path);
    const QJsonObject sheet = read.book.value(QLatin1String("sheets")).toArray().at(0).toObject();
    QCOMPARE(fbtest::rowText(sheet, 1), QStringList{"s:=HYPERLINK(\"http://x\",\"y\"):General"});
    QCOMPARE(fbtest::rowText(sheet, 2), QStringList{"s:+1:General"});
    QCOMPARE(fbtest::rowText(sheet, 3), QStringList{"s:-1:General"});
    QCOMPARE(fbtest::rowText(sheet, 4), QStringList{"s:@A1:General"}); // "s", never "f" (a formula)
}

void TestXlsx::sheetsOfASet()
{
    const std::vector<exporting::NamedTable> tables{
        {"coverage.csv", {{"team", "share"}, {true, false}, {{"A", "0.25"}}}},
        {"coverage.csv", {{"team"}, {true}, {}}},
        {"you_said_we_did_and_what_came_of_it.csv", {{"n"}, {false}, {{"1"}, {"2"}}}},
    };
    const QString path = m_dir.filePath(QStringLiteral("set.xlsx"));
    QVERIFY(exporting::writeXlsxTables(tables, path).ok());
    FB_READ_XLSX(read, path);
    const QJsonArray sheets = read.book.value(QLatin1String("sheets")).toArray();
    QStringList names;
    QStringList filters;
    for (const auto& s : sheets) {
        names << s.toObject().value(QLatin1String("name")).toString();
        filters << s.toObject().value(QLatin1String("filter")).toString();
    }
    QCOMPARE(names, (QStringList{"coverage", "coverage (2)", "you_said_we_did_and_what_came_o"}));
    QCOMPARE(filters, (QStringList{"A1:B2", "A1:A2", "A1:A3"})); // an empty table keeps a filter row
    QCOMPARE(fbtest::rowText(sheets.at(0).toObject(), 1), (QStringList{"s:A:General", "n:0.25:0.0%"}));
}

void TestXlsx::missingFolderWritesNothing()
{
    const QString folder = m_dir.filePath(QStringLiteral("no-such-folder"));
    const QString path = folder + QStringLiteral("/out.xlsx");
    const Status s = exporting::writeXlsx(sample(), path, "x");
    QVERIFY(!s.ok());
    QCOMPARE(s.error().toString(), path + QStringLiteral(": cannot write: the folder ") +
                                       QDir::toNativeSeparators(folder) + QStringLiteral(" does not exist"));
    QVERIFY(!QFile::exists(folder));
}

void TestXlsx::failedWriteKeepsOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("old.xlsx"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous workbook");
    }
    testing::failAtomicWritesAfter(100); // as a disk that fills up while the workbook is copied in
    const Status s = exporting::writeXlsx(sample(), path, "x");
    QVERIFY(!s.ok());
    QCOMPARE(s.error().toString(), path + QStringLiteral(": cannot write: No space left on device"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the previous workbook"));
    QCOMPARE(QDir(m_dir.path()).entryList(QStringList{QStringLiteral("old*")}, QDir::Files),
             QStringList{QStringLiteral("old.xlsx")});
}

void TestXlsx::droppedWorkbookWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("dropped.xlsx"));
    {
        auto book = exporting::XlsxWorkbook::create(path, true);
        QVERIFY(book.ok());
        QVERIFY((*book)->addSheet("x", {"a"}).ok());
        QVERIFY((*book)->writeRow({"1"}, {CellType::Integer}).ok());
    } // a cancelled export: no commit()
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList(QStringList{QStringLiteral("dropped*")}, QDir::Files), QStringList());
}

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
