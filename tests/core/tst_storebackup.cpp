// Online backup of the store: while another connection writes or reads,
// never onto the database itself, and into a folder with a non-ASCII name.
#include "CheckFindingTexts.h"
#include "FbTestSupport.h"
#include "store/Backup.h"

#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

using namespace fb;
using namespace fbtest;

class TestStoreBackup : public QObject {
    Q_OBJECT

private slots:
    void backupWhileAnotherConnectionWrites();
    void backupWhileAnotherConnectionReads();
    void backupRefusesTheDatabaseItself();
    void backupToNonAsciiFolder();
};

void TestStoreBackup::backupWhileAnotherConnectionWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fb.db"));
    auto db = openDb(path);
    QVERIFY(db);
    QVERIFY(importExamples(*db));
    const auto expected = counts(*db);
    const QStringList expectedRows = dumpAll(path);

    // Another process is half-way through an import.
    SQLite::Database writer(path.toStdString(), SQLite::OPEN_READWRITE);
    SQLite::Transaction tx(writer, SQLite::TransactionBehavior::IMMEDIATE);
    writer.exec("INSERT INTO agents(agent_id, name, team) VALUES ('A9999', 'Pending', 'Billing')");
    writer.exec("DELETE FROM recognitions");

    const QString target = dir.filePath(QStringLiteral("copy.db"));
    const auto st = store::backupTo(*db, target);
    QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().toString()));
    QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));
    tx.commit();

    auto copy = store::Database::open(target, store::Database::Mode::ExistingOnly);
    QVERIFY(copy);
    QCOMPARE(counts(*copy.value()), expected);
    QCOMPARE(dumpAll(target), expectedRows);
    auto findings = store::runChecks(*copy.value());
    QVERIFY(findings);
    QCOMPARE(findingTexts(findings.value()), QStringList());
    // The source saw the commit; the copy is the snapshot before it.
    QCOMPARE(counts(*db)[QStringLiteral("agents")], expected.at(QStringLiteral("agents")) + 1);
}

void TestStoreBackup::backupWhileAnotherConnectionReads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fb.db"));
    auto db = openDb(path);
    QVERIFY(db);
    QVERIFY(importExamples(*db));
    const auto expected = counts(*db);

    SQLite::Database reader(path.toStdString(), SQLite::OPEN_READONLY);
    SQLite::Statement read(reader, "SELECT interaction_id FROM interactions ORDER BY 1");
    QVERIFY(read.executeStep()); // a read transaction stays open

    const QString target = dir.filePath(QStringLiteral("copy.db"));
    QVERIFY(QFile::copy(examplePath(Kind::Agents), target)); // an older file at the target is replaced
    const auto st = store::backupTo(*db, target);
    QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().toString()));
    QVERIFY(read.executeStep());
    QCOMPARE(QString::fromStdString(read.getColumn(0).getString()), QStringLiteral("C00000002"));

    auto copy = store::Database::open(target, store::Database::Mode::ReadOnly);
    QVERIFY(copy);
    QCOMPARE(counts(*copy.value()), expected);
    QCOMPARE(dumpAll(target), dumpAll(path));
}

void TestStoreBackup::backupRefusesTheDatabaseItself()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fb.db"));
    auto db = openDb(path);
    QVERIFY(db);
    const auto st = store::backupTo(*db, path);
    QVERIFY(!st);
    QCOMPARE(st.error().toString(), path + QStringLiteral(": is the open database itself; choose another file"));
}

void TestStoreBackup::backupToNonAsciiFolder()
{
    // The final rename takes the paths as UTF-16 (Windows reads narrow paths in its ANSI code page).
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("Zoë — Ünïcode €"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("site ▲.db"));
    auto db = openDb(path);
    QVERIFY(db);
    QVERIFY(importExamples(*db));
    const QString target = QDir(folder).filePath(QStringLiteral("copy ü.db"));
    const auto st = store::backupTo(*db, target);
    QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().toString()));
    QCOMPARE(QDir(folder).entryList({QStringLiteral("copy*")}, QDir::Files), QStringList{QStringLiteral("copy ü.db")});
    QCOMPARE(dumpAll(target), dumpAll(path));
}

QTEST_GUILESS_MAIN(TestStoreBackup)
#include "tst_storebackup.moc"
