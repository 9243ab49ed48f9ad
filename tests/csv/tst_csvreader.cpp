// CsvReader as a spec: encodings, delimiter sniffing, line breaks, quoting
// problems, big fields and chunk boundaries.
#include "csv/CsvReader.h"
#include "csv/Encoding.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace fb::csv;

namespace {

struct Parsed final {
    QList<QStringList> rows;
    QList<qint64> lines;
    std::vector<Problem> problems;
    bool failed = false;
    QString encoding;
    char delimiter = 0;
    QString lineEnding;
    qint64 consumed = 0;
    qint64 total = 0;
};

Parsed drain(CsvReader& reader)
{
    Parsed out;
    Record record;
    qint64 index = 0;
    while (reader.next(record)) {
        QStringList row;
        for (const std::string& f : record.fields)
            row << QString::fromStdString(f);
        out.rows << row;
        out.lines << record.line;
        if (record.index != ++index)
            qFatal("record index %lld, expected %lld", record.index, index);
    }
    out.problems = reader.problems();
    out.failed = reader.failed();
    out.encoding = encodingName(reader.encoding());
    out.delimiter = reader.delimiter();
    out.lineEnding = lineEndingName(reader.lineEnding());
    out.consumed = reader.bytesConsumed();
    out.total = reader.totalBytes();
    return out;
}

Parsed parse(const QByteArray& bytes, const ReaderOptions& options = {})
{
    auto reader = CsvReader::fromBytes(bytes, options);
    if (!reader)
        qFatal("fromBytes failed");
    return drain(**reader);
}

QByteArray utf16(const QString& text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

// Restores the default chunk size even when a QCOMPARE returns early.
struct ChunkSize final {
    explicit ChunkSize(qint64 bytes) { fb::csv::detail::setChunkSize(bytes); }
    ~ChunkSize() { fb::csv::detail::setChunkSize(1 << 20); }
    ChunkSize(const ChunkSize&) = delete;
    ChunkSize& operator=(const ChunkSize&) = delete;
};

using Rows = QList<QStringList>;

} // namespace

class TestCsvReader final : public QObject {
    Q_OBJECT

private slots:
    void encodingDetection_data();
    void encodingDetection();
    void windows1252Table();
    void forcedEncodingWins();
    void invalidByteOnlyNearTheEnd();
    void delimiterSniffing_data();
    void delimiterSniffing();
    void forcedDelimiterWins();
    void lineBreaks_data();
    void lineBreaks();
    void blankLinesKeptWhenAsked();
    void quotedLineBreakMovesLineCounter();
    void unterminatedQuote();
    void strayQuote();
    void textAfterClosingQuote();
    void spacesAfterClosingQuoteDropped();
    void tenMegabyteField();
    void overlongRecordStopsAtItsLine_data();
    void overlongRecordStopsAtItsLine();
    void recordAtTheLimitIsRead();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void progress();
    void problemsAreCapped();
    void missingFile();
};

void TestCsvReader::encodingDetection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<Rows>("rows");

    const QString text = QStringLiteral("name;city\r\nZoë;Kraków \U0001D11E\r\n");
    const Rows unicodeRows = {{QStringLiteral("name"), QStringLiteral("city")},
                              {QStringLiteral("Zoë"), QStringLiteral("Kraków \U0001D11E")}};
    QTest::newRow("UTF-8 without BOM") << text.toUtf8() << QStringLiteral("UTF-8") << unicodeRows;
    QTest::newRow("UTF-8 BOM is stripped")
        << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << QStringLiteral("UTF-8 with BOM") << unicodeRows;
    QTest::newRow("UTF-16LE with BOM (Excel Unicode text)")
        << utf16(text, QStringConverter::Utf16LE) << QStringLiteral("UTF-16LE") << unicodeRows;
    QTest::newRow("UTF-16BE with BOM") << utf16(text, QStringConverter::Utf16BE) << QStringLiteral("UTF-16BE")
                                       << unicodeRows;
    QTest::newRow("invalid UTF-8 is Windows-1252") << QByteArray("Caf\xE9;\x80") << QStringLiteral("Windows-1252")
                                                   << Rows{{QStringLiteral("Café"), QStringLiteral("€")}};
    QTest::newRow("ASCII only is UTF-8") << QByteArray("a,b\n") << QStringLiteral("UTF-8")
                                         << Rows{{QStringLiteral("a"), QStringLiteral("b")}};
    QTest::newRow("overlong sequence is not UTF-8")
        << QByteArray("x\xC0\xAF") << QStringLiteral("Windows-1252") << Rows{{QStringLiteral("xÀ¯")}};
    QTest::newRow("empty input") << QByteArray() << QStringLiteral("UTF-8") << Rows{};
}

void TestCsvReader::encodingDetection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(Rows, rows);
    const Parsed parsed = parse(bytes);
    QCOMPARE(parsed.encoding, encoding);
    QCOMPARE(parsed.rows, rows);
    QVERIFY(parsed.problems.empty());
}

// 0x80..0x9F are where Windows-1252 differs from Latin-1; the five bytes it
// leaves undefined become the C1 controls of the same value.
void TestCsvReader::windows1252Table()
{
    QByteArray bytes;
    for (int b = 0x80; b <= 0x9F; ++b)
        bytes.append(char(b));
    bytes.append("\xA0\xE9\xFF");
    ReaderOptions options;
    options.encoding = Encoding::Windows1252;
    const Parsed parsed = parse(bytes, options);
    const QString expected = QStringLiteral("\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039"
                                            "\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014"
                                            "\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178\u00A0\u00E9\u00FF");
    QCOMPARE(parsed.rows, Rows({{expected}}));
}

void TestCsvReader::forcedEncodingWins()
{
    ReaderOptions options;
    options.encoding = Encoding::Windows1252;
    const Parsed parsed = parse(QByteArray("\xC3\xA9,x\n"), options); // valid UTF-8 for é
    QCOMPARE(parsed.encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(parsed.rows, Rows({{QStringLiteral("Ã©"), QStringLiteral("x")}}));
}

// Detection must look at the whole file, not the first chunk.
void TestCsvReader::invalidByteOnlyNearTheEnd()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("late.csv"));
    QByteArray bytes = "id,name\r\n";
    int rows = 0;
    while (bytes.size() < (3 << 20) / 2) // 1.5 MiB, past the first 1 MiB chunk
        bytes += QByteArray::number(++rows) + ",plain ascii text\r\n";
    bytes += "last,Caf\xE9\r\n";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    auto reader = CsvReader::open(path);
    QVERIFY(reader.ok());
    const Parsed parsed = drain(**reader);
    QCOMPARE(parsed.encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(parsed.rows.size(), rows + 2);
    QCOMPARE(parsed.rows.last(), QStringList({QStringLiteral("last"), QStringLiteral("Café")}));
    QCOMPARE(parsed.lines.last(), rows + 2);
}

void TestCsvReader::delimiterSniffing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QStringLiteral(",");
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2;3\n") << QStringLiteral(";");
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << QStringLiteral("tab");
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << QStringLiteral("|");
    QTest::newRow("semicolon with commas inside quotes")
        << QByteArray("name;note\n\"Doe, John\";\"a, b, c, d\"\n\"Roe, Jane\";\"x,y\"\n") << QStringLiteral(";");
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("item;price;qty\napple;1,25;3\npear;0,5;10,5\n") << QStringLiteral(";");
    QTest::newRow("consistent beats frequent") << QByteArray("a|b\nx,y,z|1\n,,,|2\n") << QStringLiteral("|");
    QTest::newRow("single column defaults to comma") << QByteArray("name\nAda\nGrace\n") << QStringLiteral(",");
    QTest::newRow("ragged comma file") << QByteArray("a,b,c\n1,2\n3,4,5,6\n") << QStringLiteral(",");
    QTest::newRow("blank lines ignored") << QByteArray("\n\na;b\n\n1;2\n") << QStringLiteral(";");
}

void TestCsvReader::delimiterSniffing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, delimiter);
    QCOMPARE(delimiterName(parse(bytes).delimiter), delimiter);
}

void TestCsvReader::forcedDelimiterWins()
{
    ReaderOptions options;
    options.delimiter = ';';
    const Parsed parsed = parse("a,b;c\n", options);
    QCOMPARE(parsed.rows, Rows({{QStringLiteral("a,b"), QStringLiteral("c")}}));
}

void TestCsvReader::lineBreaks_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("lineEnding");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<qint64>>("lines");
    const Rows two = {{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QStringLiteral("2")}};
    QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << QStringLiteral("LF") << two << QList<qint64>{1, 2};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << QStringLiteral("CRLF") << two << QList<qint64>{1, 2};
    QTest::newRow("CR") << QByteArray("a,b\r1,2\r") << QStringLiteral("CR") << two << QList<qint64>{1, 2};
    QTest::newRow("missing final newline")
        << QByteArray("a,b\r\n1,2") << QStringLiteral("CRLF") << two << QList<qint64>{1, 2};
    QTest::newRow("single line without terminator")
        << QByteArray("a,b") << QStringLiteral("none") << Rows{{QStringLiteral("a"), QStringLiteral("b")}}
        << QList<qint64>{1};
    QTest::newRow("blank trailing lines")
        << QByteArray("a,b\n1,2\n\n\r\n\n") << QStringLiteral("LF") << two << QList<qint64>{1, 2};
    QTest::newRow("blank lines between") << QByteArray("a,b\n\n\n1,2") << QStringLiteral("LF") << two
                                         << QList<qint64>{1, 4};
    QTest::newRow("mixed: the first one met counts")
        << QByteArray("a,b\r\n1,2\n3,4\r") << QStringLiteral("CRLF")
        << Rows{two[0], two[1], {QStringLiteral("3"), QStringLiteral("4")}} << QList<qint64>{1, 2, 3};
    QTest::newRow("trailing delimiter is an empty last field")
        << QByteArray("a,\n") << QStringLiteral("LF") << Rows{{QStringLiteral("a"), QString()}} << QList<qint64>{1};
    QTest::newRow("whitespace-only line is a record")
        << QByteArray("a\n \nb") << QStringLiteral("LF")
        << Rows{{QStringLiteral("a")}, {QStringLiteral(" ")}, {QStringLiteral("b")}} << QList<qint64>{1, 2, 3};
}

void TestCsvReader::lineBreaks()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, lineEnding);
    QFETCH(Rows, rows);
    QFETCH(QList<qint64>, lines);
    const Parsed parsed = parse(bytes);
    QCOMPARE(parsed.lineEnding, lineEnding);
    QCOMPARE(parsed.rows, rows);
    QCOMPARE(parsed.lines, lines);
    QVERIFY(parsed.problems.empty());
}

void TestCsvReader::blankLinesKeptWhenAsked()
{
    ReaderOptions options;
    options.skipEmptyLines = false;
    const Parsed parsed = parse("a\n\n\r\nb\n\n", options);
    QCOMPARE(parsed.rows, Rows({{QStringLiteral("a")}, {QString()}, {QString()}, {QStringLiteral("b")}, {QString()}}));
    QCOMPARE(parsed.lines, QList<qint64>({1, 2, 3, 4, 5}));
}

void TestCsvReader::quotedLineBreakMovesLineCounter()
{
    const Parsed parsed = parse("id,note\r\n1,\"line one\r\nline two\rline three\nend\"\r\n2,x\r\n");
    QCOMPARE(parsed.rows, Rows({{QStringLiteral("id"), QStringLiteral("note")},
                                {QStringLiteral("1"), QStringLiteral("line one\r\nline two\rline three\nend")},
                                {QStringLiteral("2"), QStringLiteral("x")}}));
    QCOMPARE(parsed.lines, QList<qint64>({1, 2, 6}));
    QCOMPARE(parsed.lineEnding, QStringLiteral("CRLF"));
}

void TestCsvReader::unterminatedQuote()
{
    const Parsed parsed = parse("a,b\n1,2\n3,\"open\n4,5\n");
    QVERIFY(parsed.failed);
    QCOMPARE(parsed.problems.size(), 1u);
    QCOMPARE(parsed.problems[0].line, 3);
    QCOMPARE(parsed.problems[0].message, QStringLiteral("quoted field starting on line 3 is never closed"));
    // The partial record: everything up to the end of the file.
    QCOMPARE(parsed.rows.last(), QStringList({QStringLiteral("3"), QStringLiteral("open\n4,5\n")}));
    QCOMPARE(parsed.lines.last(), 3);
}

void TestCsvReader::strayQuote()
{
    const Parsed parsed = parse("name,height\nAda,5'10\"\nBob,\"6'\"\nCy,a\"b\"c\n");
    QVERIFY(!parsed.failed);
    QCOMPARE(parsed.rows, Rows({{QStringLiteral("name"), QStringLiteral("height")},
                                {QStringLiteral("Ada"), QStringLiteral("5'10\"")},
                                {QStringLiteral("Bob"), QStringLiteral("6'")},
                                {QStringLiteral("Cy"), QStringLiteral("a\"b\"c")}}));
    QCOMPARE(parsed.problems.size(), 2u); // once per field
    QCOMPARE(parsed.problems[0].line, 2);
    QCOMPARE(parsed.problems[0].message, QStringLiteral("stray quote in unquoted field"));
    QCOMPARE(parsed.problems[1].line, 4);
}

// PapaParse's InvalidQuotes: a quote inside a quoted field followed by text
// is kept as text and the field continues to the next real closing quote.
void TestCsvReader::textAfterClosingQuote()
{
    const Parsed parsed = parse("\"x\"y\",z\nnext,row\n");
    QVERIFY(!parsed.failed);
    QCOMPARE(parsed.rows,
             Rows({{QStringLiteral("x\"y"), QStringLiteral("z")}, {QStringLiteral("next"), QStringLiteral("row")}}));
    QCOMPARE(parsed.problems.size(), 1u);
    QCOMPARE(parsed.problems[0].line, 1);
    QCOMPARE(parsed.problems[0].message,
             QStringLiteral("quote inside quoted field is not followed by a delimiter or line break; kept as text"));
}

void TestCsvReader::spacesAfterClosingQuoteDropped()
{
    const Parsed parsed = parse("\"a\"  ,\"b\" \n\"c\" \"d\",e\n");
    QCOMPARE(parsed.rows,
             Rows({{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c\" \"d"), QStringLiteral("e")}}));
    // Row 2: neither the quote after c nor the one before d closes the field.
    QCOMPARE(parsed.problems.size(), 2u);
    QCOMPARE(parsed.problems[0].line, 2);
    QCOMPARE(parsed.problems[1].line, 2);
}

void TestCsvReader::tenMegabyteField()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    const QByteArray big(10 * 1024 * 1024, 'x');
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,blob\n1,\"" + big + "\"\"" + big + "\"\n2," + big + "\n3,end\n");
    file.close();

    ReaderOptions noLimit; // as with --max-field 0
    noLimit.maxRecordBytes = 0;
    auto reader = CsvReader::open(path, noLimit);
    QVERIFY(reader.ok());
    Record record;
    QVERIFY((*reader)->next(record));
    QVERIFY((*reader)->next(record));
    QCOMPARE(record.fields.size(), 2u);
    QCOMPARE(record.fields[1].size(), 2 * big.size() + 1);
    QCOMPARE(record.fields[1][big.size()], '"');
    QVERIFY((*reader)->next(record));
    QCOMPARE(record.fields[1].size(), std::size_t(big.size()));
    QCOMPARE(record.line, 3);
    QVERIFY((*reader)->next(record));
    QCOMPARE(record.fields, std::vector<std::string>({"3", "end"}));
    QCOMPARE(record.line, 4);
    QVERIFY(!(*reader)->next(record));
    QCOMPARE((*reader)->delimiter(), ',');
    QVERIFY((*reader)->problems().empty());
}

void TestCsvReader::overlongRecordStopsAtItsLine_data()
{
    QTest::addColumn<QByteArray>("third");
    QTest::addColumn<int>("problems"); // the last is the one of the limit
    // The fault probe's 52 MB line of commas took 3.3 GB as 52 million empty
    // fields; 3 MB shows the same, stopped after the first megabyte.
    QTest::newRow("a line of delimiters") << QByteArray(3 << 20, ',') << 1;
    QTest::newRow("one long field") << QByteArray(3 << 20, 'x') << 1;
    QTest::newRow("one long quoted field") << QByteArray("\"" + QByteArray(3 << 20, 'x') + "\"") << 1;
    // What a field keeps without a run of text counts as well (found by
    // fuzz_csvreader: these grew without bound past the limit).
    QTest::newRow("doubled quotes") << QByteArray("\"" + QByteArray(6 << 20, '"') + "\"") << 1;
    QTest::newRow("line breaks in quotes") << QByteArray("\"" + QByteArray(3 << 20, '\n') + "\"") << 1;
    // Each reported once per field, and then the limit.
    QTest::newRow("stray quotes") << QByteArray("x" + QByteArray(3 << 20, '"')) << 2;
    // `" ` after a closing quote, each one reported; 1000 kept and the limit.
    QTest::newRow("quote and space after a closing quote")
        << QByteArray("\"" + QByteArray(3 << 20, ' ').replace("  ", "\" ") + "\"") << 1001;
}

void TestCsvReader::overlongRecordStopsAtItsLine()
{
    QFETCH(QByteArray, third);
    QFETCH(int, problems);
    ReaderOptions options;
    options.delimiter = ',';
    const Parsed parsed = parse("a,b\n1,2\n" + third + "\n3,4\n", options);
    QVERIFY(parsed.failed);
    QCOMPARE(parsed.rows, (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                              {QStringLiteral("1"), QStringLiteral("2")}}));
    QCOMPARE(parsed.problems.size(), std::size_t(problems));
    QCOMPARE(parsed.problems.back().line, 3);
    QCOMPARE(parsed.problems.back().message, QStringLiteral("record is longer than 1048576 bytes; reading stopped "
                                                            "here (raise the limit with --max-field)"));
}

void TestCsvReader::recordAtTheLimitIsRead()
{
    ReaderOptions options;
    options.delimiter = ',';
    options.maxRecordBytes = 7;
    const Parsed parsed = parse("abc,def\nabc,defg\n", options); // 7 bytes, then 8
    QCOMPARE(parsed.rows, (QList<QStringList>{{QStringLiteral("abc"), QStringLiteral("def")}}));
    QCOMPARE(parsed.problems.size(), 1u);
    QCOMPARE(parsed.problems[0].line, 2);
    QCOMPARE(parsed.problems[0].message,
             QStringLiteral("record is longer than 7 bytes; reading stopped here (raise the limit with --max-field)"));
}

// Every record, BOM, quote pair, CRLF, UTF-8 sequence, UTF-16 code unit and
// surrogate pair cut at every possible place by tiny chunks.
void TestCsvReader::chunkBoundaries_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text = QStringLiteral("h1;h2;h3\r\n\"a\"\"b\";\"x\r\ny\";é€\U0001F600\r\n\r\nlast;;\"\"\r\n");
    QTest::newRow("UTF-8") << text.toUtf8() << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << QStringLiteral("UTF-8 with BOM");
    QTest::newRow("UTF-16LE") << utf16(text, QStringConverter::Utf16LE) << QStringLiteral("UTF-16LE");
    QTest::newRow("UTF-16BE") << utf16(text, QStringConverter::Utf16BE) << QStringLiteral("UTF-16BE");
    QTest::newRow("Windows-1252") << QByteArray("h1;h2;h3\r\n\"a\"\"b\";\"x\r\ny\";\xE9\x80\r\n\r\nlast;;\"\"\r\n")
                                  << QStringLiteral("Windows-1252");
}

void TestCsvReader::chunkBoundaries()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const QString emoji = encoding == QStringLiteral("Windows-1252") ? QString() : QStringLiteral("\U0001F600");
    const Rows expected = {{QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3")},
                           {QStringLiteral("a\"b"), QStringLiteral("x\r\ny"), QStringLiteral("é€") + emoji},
                           {QStringLiteral("last"), QString(), QString()}};
    for (qint64 size : {1, 2, 3, 5, 7, 1 << 20}) {
        ChunkSize chunk(size);
        const Parsed parsed = parse(bytes);
        QCOMPARE(parsed.encoding, encoding);
        QCOMPARE(parsed.delimiter, ';');
        QCOMPARE(parsed.rows, expected);
        QCOMPARE(parsed.lines, QList<qint64>({1, 2, 5}));
        QCOMPARE(parsed.lineEnding, QStringLiteral("CRLF"));
        QVERIFY(parsed.problems.empty());
    }
}

void TestCsvReader::progress()
{
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "a,b\n1,2\n";
    const Parsed parsed = parse(bytes);
    QCOMPARE(parsed.total, bytes.size());
    QCOMPARE(parsed.consumed, bytes.size());
}

// A million bad lines must not cost a million messages.
void TestCsvReader::problemsAreCapped()
{
    QByteArray bytes;
    for (int i = 0; i < 1500; ++i)
        bytes += "5'10\"\n";
    bytes += "\"open";
    auto reader = CsvReader::fromBytes(bytes);
    QVERIFY(reader.ok());
    const Parsed parsed = drain(**reader);
    QCOMPARE(parsed.rows.size(), 1501);
    QCOMPARE(parsed.problems.size(), 1001u);
    QCOMPARE((*reader)->problemsOmitted(), 500);
    QCOMPARE(parsed.problems.back().message, QStringLiteral("quoted field starting on line 1501 is never closed"));
}

void TestCsvReader::missingFile()
{
    auto reader = CsvReader::open(QStringLiteral("/nonexistent/x.csv"));
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().file, QStringLiteral("/nonexistent/x.csv"));
    QVERIFY(reader.error().reason.startsWith(QStringLiteral("cannot open: ")));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
