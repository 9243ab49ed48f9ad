// "Excel on this computer": how one cell that is not text is written for the
// spreadsheet of a German and a US machine (locales passed explicitly). The
// expected strings are written out by hand from the conventions: German
// "0,68" and 25.10.2026 14:30, US "0.68" and 10/25/2026 2:30 PM, four-digit years.
#include "csv/CsvWriter.h"
#include "csv/ExcelCells.h"

#include <QTest>

using namespace fb;

namespace {

QLocale localeNamed(const QString& name)
{
    return name == QLatin1String("de") ? QLocale(QLocale::German, QLocale::Germany)
                                       : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

class TestExcelCells final : public QObject {
    Q_OBJECT

private slots:
    void cells_data();
    void cells();
    void delimiters_data();
    void delimiters();
    void rowsInExcelMode();
};

void TestExcelCells::cells_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, const char* locale, const char* cell, int decimals, const char* expected) {
        QTest::newRow(name) << QString::fromLatin1(locale) << QString::fromUtf8(cell) << decimals
                            << QString::fromUtf8(expected);
    };
    row("de decimal", "de", "0.68", -1, "0,68");
    row("de float noise: 15 significant digits", "de", "15.000000000000016", -1, "15");
    row("de as the screen shows", "de", "15.000000000000016", 1, "15,0");
    row("de proportion to 3", "de", "0.78449", 3, "0,784");
    row("de no group separator", "de", "1234.5", -1, "1234,5");
    row("de whole number", "de", "1234567", -1, "1234567");
    row("de whole number rounded", "de", "92", 0, "92");
    row("de negative", "de", "-0.5", 1, "-0,5");
    row("de date", "de", "2026-10-25", -1, "25.10.2026");
    row("de date and time", "de", "2026-07-06T08:12:31", -1, "06.07.2026 08:12");
    row("de date and time with a space", "de", "2026-07-06 14:30", -1, "06.07.2026 14:30");
    row("de week stays", "de", "2026-W28", -1, "2026-W28");
    row("de NA stays", "de", "NA", -1, "NA");
    row("de id with a leading zero stays", "de", "007", -1, "007");
    row("de leading plus stays", "de", "+5", -1, "+5");
    row("de empty", "de", "", 1, "");
    row("de not a date", "de", "2026-13-01", -1, "2026-13-01");
    row("de time with a zone stays", "de", "2026-07-06T08:12:31Z", -1, "2026-07-06T08:12:31Z");
    row("de key stays", "de", "lower_is_better", -1, "lower_is_better");
    row("en decimal", "en", "0.68", -1, "0.68");
    row("en no group separator", "en", "1234.5", 1, "1234.5");
    row("en date", "en", "2026-10-25", -1, "10/25/2026");
    row("en morning", "en", "2026-07-06T08:12:31", -1, "7/6/2026 8:12 AM");
    row("en afternoon", "en", "2026-07-06T14:30:00", -1, "7/6/2026 2:30 PM");
}

void TestExcelCells::cells()
{
    QFETCH(QString, locale);
    QFETCH(QString, cell);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(csv::excelCell(cell.toStdString(), localeNamed(locale), decimals)), expected);
}

void TestExcelCells::delimiters_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << ';';
    QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << ';';
    QTest::newRow("Swiss German (decimal point)") << QLocale(QLocale::German, QLocale::Switzerland) << ',';
    QTest::newRow("US English") << QLocale(QLocale::English, QLocale::UnitedStates) << ',';
    QTest::newRow("British English") << QLocale(QLocale::English, QLocale::UnitedKingdom) << ',';
}

void TestExcelCells::delimiters()
{
    QFETCH(QLocale, locale);
    QFETCH(char, delimiter);
    QCOMPARE(csv::excelDelimiter(locale), delimiter);
    const csv::WriterOptions o = csv::excelOptions(locale);
    QCOMPARE(o.delimiter, delimiter);
    QVERIFY(o.bom);
    QVERIFY(o.neutralise);
}

void TestExcelCells::rowsInExcelMode()
{
    // Text cells keep the formula guard and are never reformatted; the others
    // follow the locale; a text cell holding any common delimiter is quoted.
    const csv::WriterOptions de = csv::excelOptions(QLocale(QLocale::German, QLocale::Germany));
    std::string out;
    csv::appendRow(out, {"Keller, M.", "=1+1", "0.126", "2026-10-25", "3.14159"}, {true, true, false, false, false}, de,
                   {-1, -1, 2, -1, -1});
    QCOMPARE(out, std::string("\"Keller, M.\";'=1+1;0,13;25.10.2026;3,14159\r\n"));
    // A text cell that looks like a number stays as it is: it is text (an id, a name).
    out.clear();
    csv::appendRow(out, {"0.5", "0.5"}, {true, false}, de);
    QCOMPARE(out, std::string("0.5;0,5\r\n"));
}

QTEST_GUILESS_MAIN(TestExcelCells)
#include "tst_excelcells.moc"
