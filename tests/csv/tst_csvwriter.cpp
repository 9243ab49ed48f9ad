// CsvWriter: RFC 4180 output, atomic replacement, formula-injection guard.
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fb::csv;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

using Rows = std::vector<std::vector<std::string>>;

QByteArray write(const QString& path, const Rows& rows, const WriterOptions& options = {},
                 const std::vector<bool>& mask = {})
{
    auto writer = CsvWriter::create(path, options);
    if (!writer)
        qFatal("create failed");
    for (const auto& row : rows)
        (*writer)->writeRow(row, mask);
    if (!(*writer)->commit().ok())
        qFatal("commit failed");
    return readFile(path);
}

} // namespace

class TestCsvWriter final : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void quoting_data();
    void quoting();
    void bom();
    void otherDelimiter();
    void destroyedWithoutCommitKeepsOldFile();
    void commitReplacesFile();
    void cannotCreate();
    void neutraliseTable_data();
    void neutraliseTable();
    void unneutraliseLeavesOtherCellsAlone_data();
    void unneutraliseLeavesOtherCellsAlone();
    void maskLeavesNonTextCells();
    void neutraliseOff();
    void headerCarriesTheMark();
    void markIsRecognised_data();
    void markIsRecognised();
    void roundTrip_data();
    void roundTrip();

private:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

void TestCsvWriter::quoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("abc");
    QTest::newRow("delimiter") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote doubled") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("LF") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("CR") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"");
    QTest::newRow("spaces are not quoted") << QStringLiteral(" a ") << QByteArray(" a ");
    // Another locale's delimiter is quoted too, so a spreadsheet splitting on
    // it never starts a cell (or a formula) inside the value.
    QTest::newRow("semicolon before a formula") << QStringLiteral("x;=1+1") << QByteArray("\"x;=1+1\"");
    QTest::newRow("TAB before a formula") << QStringLiteral("x\t=1+1") << QByteArray("\"x\t=1+1\"");
    QTest::newRow("pipe") << QStringLiteral("a|b") << QByteArray("\"a|b\"");
    QTest::newRow("unicode") << QStringLiteral("Zoë €") << QStringLiteral("Zoë €").toUtf8();
}

void TestCsvWriter::quoting()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, written);
    const QByteArray bytes = write(path("q.csv"), {{"x", field.toStdString(), ""}});
    QCOMPARE(bytes, "x," + written + ",\r\n");
}

void TestCsvWriter::bom()
{
    WriterOptions options;
    options.bom = true;
    QCOMPARE(write(path("bom.csv"), {{"a", "b"}, {"1", "2"}}, options), QByteArray("\xEF\xBB\xBF"
                                                                                   "a,b\r\n1,2\r\n"));
}

void TestCsvWriter::otherDelimiter()
{
    WriterOptions options;
    options.delimiter = ';';
    QCOMPARE(write(path("semi.csv"), {{"a;b", "c,d"}, {""}}, options),
             QByteArray("\"a;b\";\"c,d\"\r\n\"\"\r\n")); // a comma is quoted too
}

void TestCsvWriter::destroyedWithoutCommitKeepsOldFile()
{
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("keep")));
    const QString target = path("keep/keep.csv");
    const QByteArray old = "old,content\r\n1,2\r\n";
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(old);
    }
    {
        auto writer = CsvWriter::create(target);
        QVERIFY(writer.ok());
        for (int i = 0; i < 100000; ++i) // enough to hit the disk before the "crash"
            (*writer)->writeRow({"new", std::to_string(i)});
    }
    QCOMPARE(readFile(target), old);
    QCOMPARE(QDir(path("keep")).entryList(QDir::Files | QDir::Hidden), QStringList({QStringLiteral("keep.csv")}));
}

void TestCsvWriter::commitReplacesFile()
{
    const QString target = path("replace.csv");
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old\r\n");
    }
    QCOMPARE(write(target, {{"new"}}), QByteArray("new\r\n"));
}

void TestCsvWriter::cannotCreate()
{
    auto writer = CsvWriter::create(QStringLiteral("/nonexistent/dir/out.csv"));
    QVERIFY(!writer.ok());
    QCOMPARE(writer.error().file, QStringLiteral("/nonexistent/dir/out.csv"));
}

void TestCsvWriter::neutraliseTable_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("guarded");
    QTest::newRow("formula") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("minus (a text cell)") << QStringLiteral("-5") << QStringLiteral("'-5");
    QTest::newRow("plus") << QStringLiteral("+49 30 1234") << QStringLiteral("'+49 30 1234");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=x") << QStringLiteral("'\t=x");
    QTest::newRow("CR") << QStringLiteral("\r=x") << QStringLiteral("'\r=x");
    QTest::newRow("already guarded") << QStringLiteral("'=x") << QStringLiteral("''=x");
    QTest::newRow("two apostrophes") << QStringLiteral("''@x") << QStringLiteral("'''@x");
    QTest::newRow("apostrophe then text") << QStringLiteral("'hello") << QStringLiteral("'hello");
    QTest::newRow("apostrophes only") << QStringLiteral("''") << QStringLiteral("''");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("trigger later") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("plain") << QStringLiteral("hello") << QStringLiteral("hello");
}

void TestCsvWriter::neutraliseTable()
{
    QFETCH(QString, cell);
    QFETCH(QString, guarded);
    QCOMPARE(QString::fromStdString(neutralise(cell.toStdString())), guarded);
    QCOMPARE(QString::fromStdString(unneutralise(guarded.toStdString())), cell);
}

// Cells neutralise() could not have produced come back unchanged.
void TestCsvWriter::unneutraliseLeavesOtherCellsAlone_data()
{
    QTest::addColumn<QString>("cell");
    QTest::newRow("apostrophe then text") << QStringLiteral("'hello");
    QTest::newRow("apostrophes then text") << QStringLiteral("''x=");
    QTest::newRow("no apostrophe") << QStringLiteral("=x");
    QTest::newRow("lone apostrophe") << QStringLiteral("'");
    QTest::newRow("empty") << QString();
}

void TestCsvWriter::unneutraliseLeavesOtherCellsAlone()
{
    QFETCH(QString, cell);
    QCOMPARE(QString::fromStdString(unneutralise(cell.toStdString())), cell);
}

void TestCsvWriter::maskLeavesNonTextCells()
{
    const QByteArray bytes = write(path("mask.csv"), {{"-5", "-5", "=A1", "@x"}}, {}, {false, true, true});
    // Cells past a shorter mask are text.
    QCOMPARE(bytes, QByteArray("-5,'-5,'=A1,'@x\r\n"));
}

void TestCsvWriter::headerCarriesTheMark()
{
    const auto header = [this](const char* name, const WriterOptions& options, const std::vector<std::string>& names) {
        auto w = CsvWriter::create(path(name), options);
        if (!w)
            return QByteArray("cannot create");
        (*w)->writeHeader(names);
        return (*w)->commit() ? readFile(path(name)) : QByteArray("cannot commit");
    };
    WriterOptions semicolon;
    semicolon.delimiter = ';';
    semicolon.bom = true;
    WriterOptions raw;
    raw.neutralise = false;
    QCOMPARE(header("a.csv", {}, {"agent_id", "name", "team"}), QByteArray("\"agent_id\",name,team\r\n"));
    QCOMPARE(header("b.csv", semicolon, {"agent_id", "name"}), QByteArray("\xEF\xBB\xBF\"agent_id\";name\r\n"));
    // No guard, nothing to undo: no mark. Nor where the mark cannot be told
    // from quotes a name needs, or in a file of one column.
    QCOMPARE(header("c.csv", raw, {"agent_id", "name"}), QByteArray("agent_id,name\r\n"));
    QCOMPARE(header("d.csv", {}, {"id;x", "name"}), QByteArray("\"id;x\",name\r\n"));
    QCOMPARE(header("e.csv", {}, {"agent_id"}), QByteArray("agent_id\r\n"));
    QVERIFY(hasFloorboardMark(header("f.csv", {}, {"agent_id", "name"}).toStdString(), ','));
    QVERIFY(hasFloorboardMark(header("g.csv", semicolon, {"agent_id", "name"}).toStdString(), ';'));
    QVERIFY(!hasFloorboardMark(header("h.csv", {}, {"id;x", "name"}).toStdString(), ','));
}

void TestCsvWriter::markIsRecognised_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("ours");
    QTest::newRow("ours") << QByteArray("\"interaction_id\",agent_id\r\nC1,A1\r\n") << ',' << true;
    QTest::newRow("ours, BOM, tab") << QByteArray("\xEF\xBB\xBF\"id\"\tname\r\n") << '\t' << true;
    QTest::newRow("plain header") << QByteArray("interaction_id,agent_id\r\n") << ',' << false;
    QTest::newRow("every name quoted") << QByteArray("\"interaction_id\",\"agent_id\"\r\n") << ',' << false;
    QTest::newRow("first name needs its quotes") << QByteArray("\"id, main\",agent_id\r\n") << ',' << false;
    QTest::newRow("other delimiter") << QByteArray("\"interaction_id\",agent_id\r\n") << ';' << false;
    QTest::newRow("one quoted column") << QByteArray("\"interaction_id\"\r\n") << ',' << false;
    QTest::newRow("empty name") << QByteArray("\"\",agent_id\r\n") << ',' << false;
    QTest::newRow("empty file") << QByteArray() << ',' << false;
}

void TestCsvWriter::markIsRecognised()
{
    QFETCH(QByteArray, start);
    QFETCH(char, delimiter);
    QFETCH(bool, ours);
    QCOMPARE(hasFloorboardMark(std::string_view(start.constData(), std::size_t(start.size())), delimiter), ours);
}

void TestCsvWriter::neutraliseOff()
{
    WriterOptions options;
    options.neutralise = false;
    QCOMPARE(write(path("raw.csv"), {{"=1+2", "-5"}}, options), QByteArray("=1+2,-5\r\n"));
}

void TestCsvWriter::roundTrip_data()
{
    QTest::addColumn<bool>("neutraliseOn");
    QTest::newRow("raw") << false;
    QTest::newRow("neutralised, unneutralised on import") << true;
}

void TestCsvWriter::roundTrip()
{
    QFETCH(bool, neutraliseOn);
    const Rows rows = {
        {"plain", "with,comma", "with \"quotes\"", "\"", "\"\""},
        {"crlf\r\nin", "lf\nin", "cr\rin", " spaced ", ""},
        {"=cmd|' /C calc'!A0", "'=x", "''@y", "'hello", "Zoë 😀"},
        {""},
        {"", ""},
        {"trailing,", ",leading", "\t", "\r", "\n"},
    };
    WriterOptions options;
    options.neutralise = neutraliseOn;
    const QString target = path("round.csv");
    write(target, rows, options);

    auto reader = CsvReader::open(target);
    QVERIFY(reader.ok());
    Rows back;
    Record record;
    while ((*reader)->next(record)) {
        if (neutraliseOn)
            for (std::string& field : record.fields)
                field = unneutralise(field);
        back.push_back(record.fields);
    }
    QVERIFY((*reader)->problems().empty());
    QCOMPARE((*reader)->delimiter(), ',');
    QCOMPARE((*reader)->lineEnding(), LineEnding::CrLf);
    QCOMPARE(back.size(), rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        QCOMPARE(back[i], rows[i]);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
