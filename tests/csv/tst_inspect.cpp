// inspect(): what `floorboard-cli inspect` and the import preview report.
#include "csv/Inspect.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fb::csv;

namespace {

QString problemsText(const InspectReport& report)
{
    QStringList out;
    for (const Problem& p : report.problems)
        out << QStringLiteral("%1: %2").arg(p.line).arg(p.message);
    return out.join(QLatin1Char('\n'));
}

// A literal with embedded NULs, all of it.
template <std::size_t N> QByteArray bytesOf(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

} // namespace

class TestInspect final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void problems_data();
    void problems();
    void rowsAndHeader();
    void maxRowsStillCountsAll();
    void noHeader();
    void missingFile();
    void jsonOfSmallFile();
    void json_data();
    void json();
    void jsonOfCells();
    void text();

private:
    QString file(const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write fixture");
        f.write(bytes);
        return path;
    }
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestInspect::problems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("clean") << QByteArray("a,b\n1,2\n") << QString();
    QTest::newRow("ragged rows") << QByteArray("a,b,c,d\n1,2,3,4\n5,6,7\n8,9,10,11,12\n")
                                 << QStringLiteral("3: record has 3 fields, header has 4\n"
                                                   "4: record has 5 fields, header has 4");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("0: file is empty");
    QTest::newRow("only blank lines") << QByteArray("\n\r\n\n") << QStringLiteral("0: file is empty");
    QTest::newRow("header only") << QByteArray("a,b\n") << QString();
    QTest::newRow("duplicate and empty header names")
        << QByteArray("id,name,id,,name,id\n1,2,3,4,5,6\n")
        << QStringLiteral("1: empty header name in column 4\n"
                          "1: duplicate header name \"id\" in columns 1, 3, 6\n"
                          "1: duplicate header name \"name\" in columns 2, 5");
    QTest::newRow("reader problems in line order")
        << QByteArray("a,b\n1,2\"\n3\n\"4,5\n")
        << QStringLiteral("2: stray quote in unquoted field\n"
                          "3: record has 1 fields, header has 2\n"
                          "4: quoted field starting on line 4 is never closed");
}

void TestInspect::problems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    auto report = inspect(file(bytes));
    QVERIFY(report.ok());
    QCOMPARE(problemsText(*report), expected);
}

void TestInspect::rowsAndHeader()
{
    auto report = inspect(QStringLiteral(FB_TESTDATA "/csv/inspect_small.csv"));
    QVERIFY(report.ok());
    QCOMPARE(report->header, std::vector<std::string>({"name", "note", "qty"}));
    QCOMPARE(report->rowCount, 3);
    QCOMPARE(report->rows.size(), 3u);
    QCOMPARE(report->rows[1], std::vector<std::string>({"x", "two\nlines", "2"}));
    QCOMPARE(report->encoding, Encoding::Utf8);
    QCOMPARE(report->delimiter, ',');
    QCOMPARE(report->lineEnding, LineEnding::Lf);
}

void TestInspect::maxRowsStillCountsAll()
{
    InspectOptions options;
    options.maxRows = 2;
    auto report = inspect(file("h\n1\n2\n3\n4\n"), options);
    QVERIFY(report.ok());
    QCOMPARE(report->rows, std::vector<std::vector<std::string>>({{"1"}, {"2"}}));
    QCOMPARE(report->rowCount, 4);
}

void TestInspect::noHeader()
{
    InspectOptions options;
    options.noHeader = true;
    auto report = inspect(file("a;a\n1;2;3\n"), options);
    QVERIFY(report.ok());
    QVERIFY(report->header.empty());
    QCOMPARE(report->rowCount, 2);
    QCOMPARE(problemsText(*report), QStringLiteral("2: record has 3 fields, first record has 2"));
}

void TestInspect::missingFile()
{
    auto report = inspect(QStringLiteral("/nonexistent.csv"));
    QVERIFY(!report.ok());
    QCOMPARE(report.error().file, QStringLiteral("/nonexistent.csv"));
}

void TestInspect::jsonOfSmallFile()
{
    auto report = inspect(QStringLiteral(FB_TESTDATA "/csv/inspect_small.csv"));
    QVERIFY(report.ok());
    QCOMPARE(inspectJson(*report),
             QByteArray(R"({"encoding":"UTF-8","delimiter":",","line_ending":"LF","header":["name","note","qty"],)"
                        R"("rows":[["Zo)"
                        "\xC3\xAB"
                        R"(","say \"hi\"","1"],["x","two\nlines","2"],["short","3"]],"row_count":3,)"
                        R"("problems":[{"line":5,"message":"record has 2 fields, header has 3"}]})"));
}

void TestInspect::json_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("tab, Windows-1252, CRLF, escapes")
        << QByteArray("k\tv\r\nback\\slash\t\"ctl\x01\ttab\"\r\n\x80\t\r\n")
        << QByteArray(R"({"encoding":"Windows-1252","delimiter":"tab","line_ending":"CRLF","header":["k","v"],)"
                      R"("rows":[["back\\slash","ctl\u0001\ttab"],["€",""]],"row_count":2,"problems":[]})");
    QTest::newRow("empty file")
        << QByteArray()
        << QByteArray(R"({"encoding":"UTF-8","delimiter":",","line_ending":"none","header":[],"rows":[],)"
                      R"("row_count":0,"problems":[{"line":0,"message":"file is empty"}]})");
    QTest::newRow("UTF-16LE, CR, pipe")
        << bytesOf("\xFF\xFE"
                   "a\0|\0b\0\r\0"
                   "1\0|\0"
                   "2\0")
        << QByteArray(R"({"encoding":"UTF-16LE","delimiter":"|","line_ending":"CR","header":["a","b"],)"
                      R"("rows":[["1","2"]],"row_count":1,"problems":[]})");
}

void TestInspect::json()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, expected);
    auto report = inspect(file(bytes));
    QVERIFY(report.ok());
    QCOMPARE(inspectJson(*report), expected);
}

// Cells are escaped from their UTF-8 as read; what is not UTF-8 (a forced
// encoding) is U+FFFD, and a cell's leading U+FEFF is dropped, as through
// QString before escaping was done on the bytes.
void TestInspect::jsonOfCells()
{
    InspectOptions options;
    options.reader.encoding = Encoding::Utf8;
    options.noHeader = true;
    auto report = inspect(file(bytesOf("\"a\x1F\x7F\\\"\"\",\xEF\xBB\xBF"
                                       "b\xEF\xBB\xBF,c\xFF\xC3\n")),
                          options);
    QVERIFY(report.ok());
    QCOMPARE(inspectJson(*report),
             QByteArray(R"({"encoding":"UTF-8","delimiter":",","line_ending":"LF","header":[],"rows":[["a\u001f)"
                        "\x7F"
                        R"(\\\"","b)"
                        "\xEF\xBB\xBF"
                        R"(","c)"
                        "\xEF\xBF\xBD\xEF\xBF\xBD"
                        R"("]],"row_count":1,"problems":[]})"));
}

void TestInspect::text()
{
    const QString path = QStringLiteral(FB_TESTDATA "/csv/inspect_small.csv");
    auto report = inspect(path);
    QVERIFY(report.ok());
    QCOMPARE(inspectText(*report), QStringLiteral("File:        %1\n"
                                                  "Encoding:    UTF-8\n"
                                                  "Delimiter:   ,\n"
                                                  "Line ending: LF\n"
                                                  "Header:      3 columns: name, note, qty\n"
                                                  "Rows:        3\n"
                                                  "\n"
                                                  "First 3 rows:\n"
                                                  "  name  | note      | qty\n"
                                                  "  ------+-----------+----\n"
                                                  "  Zoë   | say \"hi\"  | 1\n"
                                                  "  x     | two↵lines | 2\n"
                                                  "  short | 3\n"
                                                  "\n"
                                                  "Problems (1):\n"
                                                  "  line 5: record has 2 fields, header has 3\n")
                                       .arg(path));
}

QTEST_GUILESS_MAIN(TestInspect)
#include "tst_inspect.moc"
