// Opening a database file that may come from someone else: SQLite's
// defensive settings on every connection, the schema compared exactly with
// Floorboard's for its version, and a truncated or unmarked file refused
// without a byte or a -wal/-shm file written. Read-only folders and files are
// in tst_cli_faults (they need a read-only mount or another user).
#include "FbTestSupport.h"
#include "store/Migrations.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

using namespace fb;
using namespace fbtest;

namespace {

QStringList dirEntries(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

const store::Database::Mode kAllModes[] = {store::Database::Mode::CreateOrMigrate, store::Database::Mode::ExistingOnly,
                                           store::Database::Mode::Read, store::Database::Mode::ReadOnly};

// A genuine database with the examples in it, closed (so no -wal is left).
bool makeGenuine(const QString& path)
{
    auto db = openDb(path);
    return db && importExamples(*db);
}

} // namespace

class TestStoreOpen : public QObject {
    Q_OBJECT

private slots:
    void hostileSchemaIsRefusedUntouched_data();
    void hostileSchemaIsRefusedUntouched();
    void unmarkedSqliteFileIsNotNewerFloorboard();
    void truncatedFileIsRefusedWithoutJournalFiles();
    void connectionsAreDefensive_data();
    void connectionsAreDefensive();
    void readModeOnWritableFileIsNotReadOnly();
    void importIntoReadOnlyConnectionNamesTheDatabase();
};

void TestStoreOpen::hostileSchemaIsRefusedUntouched_data()
{
    QTest::addColumn<QString>("sql");    // run on a genuine database of the latest version
    QTest::addColumn<QString>("reason"); // what the refusal says between "genuine Floorboard database: " and "("
    QTest::newRow("extra trigger") << "CREATE TRIGGER wipe AFTER INSERT ON agents BEGIN DELETE FROM interactions; END"
                                   << "it has an extra trigger wipe";
    QTest::newRow("extra view") << "CREATE VIEW everyone AS SELECT * FROM agents"
                                << "it has an extra view everyone";
    QTest::newRow("extra table") << "CREATE TABLE spare (x)"
                                 << "it has an extra table spare";
    QTest::newRow("extra index") << "CREATE INDEX agents_name ON agents(name)"
                                 << "it has an extra index agents_name";
    QTest::newRow("changed table") << "ALTER TABLE teams ADD COLUMN note TEXT"
                                   << "its table teams differs from Floorboard's";
    QTest::newRow("missing index") << "DROP INDEX calibration_sessions_held_on"
                                   << "it lacks the index calibration_sessions_held_on";
}

void TestStoreOpen::hostileSchemaIsRefusedUntouched()
{
    QFETCH(QString, sql);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.floorboard"));
    QVERIFY(makeGenuine(path));
    {
        SQLite::Database raw(path.toStdString(), SQLite::OPEN_READWRITE);
        raw.exec(sql.toStdString());
    }
    const QByteArray before = sha256(path);
    const QStringList filesBefore = dirEntries(dir);
    for (auto mode : kAllModes) {
        auto db = store::Database::open(path, mode);
        QVERIFY(!db);
        QCOMPARE(db.error().toString(),
                 path + QStringLiteral(": is not a genuine Floorboard database: %1 (schema version %2); it was left "
                                       "untouched")
                            .arg(reason)
                            .arg(store::latestSchemaVersion()));
    }
    QCOMPARE(sha256(path), before);
    QCOMPARE(dirEntries(dir), filesBefore);
}

void TestStoreOpen::unmarkedSqliteFileIsNotNewerFloorboard()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unmarked.db"));
    {
        SQLite::Database raw(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("PRAGMA user_version = 42");
    }
    const QByteArray before = sha256(path);
    const QStringList filesBefore = dirEntries(dir);
    for (auto mode : kAllModes) {
        auto db = store::Database::open(path, mode);
        QVERIFY(!db);
        QCOMPARE(db.error().toString(),
                 path + QStringLiteral(": is not a Floorboard database (an empty SQLite file without Floorboard's "
                                       "mark, user_version 42); it was left untouched"));
    }
    QCOMPARE(sha256(path), before);
    QCOMPARE(dirEntries(dir), filesBefore);
}

void TestStoreOpen::truncatedFileIsRefusedWithoutJournalFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.floorboard"));
    QVERIFY(makeGenuine(path));
    const qint64 whole = QFileInfo(path).size();
    // A closed database is exactly its pages: 8192 bytes each (Database.cpp).
    QCOMPARE(whole % 8192, 0);
    QVERIFY(whole >= 4 * 8192);
    const qint64 half = whole / 2 + 100; // not on a page boundary, as a cut download would be
    {
        QFile f(path);
        QVERIFY(f.resize(half));
    }
    const QByteArray before = sha256(path);
    for (auto mode : kAllModes) {
        auto db = store::Database::open(path, mode);
        QVERIFY(!db);
        QCOMPARE(db.error().toString(),
                 path + QStringLiteral(": is truncated (%1 of %2 bytes); it was left untouched").arg(half).arg(whole));
    }
    QCOMPARE(sha256(path), before);
    QCOMPARE(dirEntries(dir), QStringList{QStringLiteral("cut.floorboard")});
}

void TestStoreOpen::connectionsAreDefensive_data()
{
    QTest::addColumn<int>("mode");
    for (auto mode : kAllModes)
        QTest::newRow(qPrintable(QString::number(int(mode)))) << int(mode);
}

void TestStoreOpen::connectionsAreDefensive()
{
    QFETCH(int, mode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fb.floorboard"));
    QVERIFY(makeGenuine(path));
    auto db = store::Database::open(path, store::Database::Mode(mode));
    QVERIFY(db);
    int defensive = -1;
    QCOMPARE(sqlite3_db_config((*db)->sql().getHandle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive), SQLITE_OK);
    QCOMPARE(defensive, 1);
    QCOMPARE((*db)->sql().execAndGet("PRAGMA trusted_schema").getInt(), 0);
}

void TestStoreOpen::readModeOnWritableFileIsNotReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fb.floorboard"));
    QVERIFY(makeGenuine(path));
    auto db = store::Database::open(path, store::Database::Mode::Read);
    QVERIFY(db);
    QVERIFY(!(*db)->isReadOnly());
    QCOMPARE((*db)->readOnlyNote(), QString());
    auto readOnly = store::Database::open(path, store::Database::Mode::ReadOnly);
    QVERIFY(readOnly);
    QVERIFY((*readOnly)->isReadOnly());
    QCOMPARE((*readOnly)->readOnlyNote(), QString()); // asked for, so nothing to explain
}

void TestStoreOpen::importIntoReadOnlyConnectionNamesTheDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fb.floorboard"));
    QVERIFY(makeGenuine(path));
    const QByteArray before = sha256(path);
    auto db = store::Database::open(path, store::Database::Mode::ReadOnly);
    QVERIFY(db);
    auto r = importFile(**db, Kind::Agents, examplePath(Kind::Agents));
    QVERIFY(!r);
    QCOMPARE(r.error().toString(), path + QStringLiteral(": is open read-only: nothing can be imported into it"));
    db->reset();
    QCOMPARE(sha256(path), before);
}

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "tst_storeopen.moc"
