// exporting::writeCsvTables, the one way a page writes its tables into a
// folder: each file as writeCsv writes it, and a folder that cannot take one
// file leaves every file as it was.
#include "FbTestSupport.h"
#include "export/ReportCsv.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace fb;
using namespace fbtest;

namespace {

exporting::ReportTable table(const std::string& name)
{
    exporting::ReportTable t;
    t.header = {"agent", "n"};
    t.textMask = {true, false};
    t.rows = {{name, "3"}, {"=1+1", "-2"}};
    return t;
}

} // namespace

class TestCsvTables final : public QObject {
    Q_OBJECT
private slots:
    void writesEveryTableByName();
    void unwritableFileLeavesEveryFileAsItWas();
};

void TestCsvTables::writesEveryTableByName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Status st = exporting::writeCsvTables({{"a.csv", table("Ann")}, {"b.csv", table("Bo")}}, dir.path());
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));
    // The formula guard on the text column only, CRLF line ends: what writeCsv writes.
    QCOMPARE(readAll(dir.filePath(QStringLiteral("a.csv"))), QByteArray("agent,n\r\nAnn,3\r\n'=1+1,-2\r\n"));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("b.csv"))), QByteArray("agent,n\r\nBo,3\r\n'=1+1,-2\r\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             QStringList({QStringLiteral("a.csv"), QStringLiteral("b.csv")}));
}

void TestCsvTables::unwritableFileLeavesEveryFileAsItWas()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString first = dir.filePath(QStringLiteral("a.csv"));
    QVERIFY(writeFile(first, "yesterday's export\n"));
    // The second file's folder does not exist, so it cannot be opened: the first is not replaced either.
    const Status st = exporting::writeCsvTables({{"a.csv", table("Ann")}, {"missing/b.csv", table("Bo")}}, dir.path());
    QVERIFY(!st.ok());
    QVERIFY2(st.error().toString().startsWith(dir.filePath(QStringLiteral("missing/b.csv")) +
                                              QStringLiteral(": cannot write: ")),
             qPrintable(st.error().toString()));
    QCOMPARE(readAll(first), QByteArray("yesterday's export\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             QStringList({QStringLiteral("a.csv")}));
}

QTEST_GUILESS_MAIN(TestCsvTables)
#include "tst_csvtables.moc"
