// The store: migrations and the refusal of files that are not ours to
// touch. Online backup is in tst_storebackup.cpp, integrity checks and the
// weekly rollups in tst_storechecks.cpp.
#include "CheckFindingTexts.h"
#include "FbTestSupport.h"
#include "store/Migrations.h"
#include "store/Sql.h"

#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace fb;
using namespace fbtest;

namespace fb::store {
// The first migration as shipped (SchemaV1.cpp), to build a version-1 file.
extern const char* const kSchemaV1;
Status seedV1(sql::Connection& db);
} // namespace fb::store

namespace {

QStringList dirEntries(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private slots:
    void emptyFileMigratesToLatest_data();
    void emptyFileMigratesToLatest();
    void reopeningDoesNotMigrateAgain();
    void versionOneDatabaseMigratesKeepingItsRows();
    void existingOnlyRefusesMissingFile();
    void emptyFileIsNoDatabaseYet_data();
    void emptyFileIsNoDatabaseYet();
    void newerSchemaIsRefusedUntouched_data();
    void newerSchemaIsRefusedUntouched();
    void foreignFileIsRefusedUntouched_data();
    void foreignFileIsRefusedUntouched();
};

void TestStore::emptyFileMigratesToLatest_data()
{
    QTest::addColumn<bool>("zeroByteFile");
    QTest::newRow("no file") << false;
    QTest::newRow("zero-byte file") << true;
}

void TestStore::emptyFileMigratesToLatest()
{
    QFETCH(bool, zeroByteFile);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fb.db"));
    if (zeroByteFile)
        QVERIFY(writeFile(path, {}));
    auto db = openDb(path);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), store::latestSchemaVersion());
    QCOMPARE(store::currentSchemaVersion(), store::latestSchemaVersion());
    auto& sql = db->sql();
    QCOMPARE(sql.execAndGet("PRAGMA user_version").getInt(), store::latestSchemaVersion());
    QCOMPARE(sql.execAndGet("PRAGMA application_id").getInt(), store::kApplicationId);
    QCOMPARE(QString::fromStdString(sql.execAndGet("PRAGMA journal_mode").getString()), QStringLiteral("wal"));
    QCOMPARE(sql.execAndGet("PRAGMA foreign_keys").getInt(), 1);
    for (const char* table :
         {"meta", "teams", "agents", "interactions", "interaction_rollups", "rubrics", "rubric_attributes",
          "qa_evaluations", "qa_scores", "pulse_responses", "coaching_notes", "feedback_tickets", "recognitions",
          "import_log", "mentoring_pairs", "mentoring_sessions", "mentoring_capacity"}) {
        SQLite::Statement st(sql, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?");
        st.bind(1, table);
        QVERIFY(st.executeStep());
        QVERIFY2(st.getColumn(0).getInt() == 1, table);
    }
    // The default rubric is seeded with the schema.
    QCOMPARE(dump(path, "SELECT version, position, name, weight, scale, na_allowed, critical FROM rubric_attributes "
                        "ORDER BY position"),
             QStringList({"1|0|accuracy|30.0|0-4|1|0", "1|1|clarity|20.0|0-4|1|0", "1|2|empathy|20.0|0-4|1|0",
                          "1|3|policy_adherence|20.0|0-4|1|1", "1|4|documentation|10.0|0-4|1|0"}));
    // Foreign keys are enforced on our connection.
    QVERIFY_THROWS_EXCEPTION(SQLite::Exception,
                             sql.exec("INSERT INTO agents(agent_id, name, team) VALUES ('A1', 'x', 'no such team')"));
}

void TestStore::reopeningDoesNotMigrateAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fb.db"));
    QVERIFY(openDb(path));
    auto again = openDb(path);
    QVERIFY(again);
    QCOMPARE(again->schemaVersion(), store::latestSchemaVersion());
    QCOMPARE(dump(path, "SELECT count(*) FROM rubrics"), QStringList{"1"});
    auto readOnly = store::Database::open(path, store::Database::Mode::ReadOnly);
    QVERIFY(readOnly);
}

void TestStore::versionOneDatabaseMigratesKeepingItsRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    {
        // What the first release wrote: schema 1 only, with data in it.
        SQLite::Database raw(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec(store::kSchemaV1);
        QVERIFY(store::seedV1(*store::sql::overSqlite(raw, path)).ok());
        raw.exec("INSERT INTO teams VALUES ('Billing')");
        raw.exec("INSERT INTO agents(agent_id, name, team, status) VALUES ('A1', 'Ann', 'Billing', 'active')");
        raw.exec(("PRAGMA application_id = " + std::to_string(store::kApplicationId)).c_str());
        raw.exec("PRAGMA user_version = 1");
    }
    auto readOnly = store::Database::open(path, store::Database::Mode::ReadOnly);
    if (store::latestSchemaVersion() > 1) {
        QVERIFY(!readOnly);
        QCOMPARE(readOnly.error().toString(),
                 path + QStringLiteral(": has an older schema (version 1); open it once in Floorboard to upgrade it"));
    }
    auto db = openDb(path);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), store::latestSchemaVersion());
    QCOMPARE(dump(path, "SELECT agent_id, name, team, status FROM agents"), QStringList{"A1|Ann|Billing|active"});
    QVERIFY(importExamples(*db));
    auto findings = store::runChecks(*db);
    QVERIFY(findings);
    QCOMPARE(findingTexts(findings.value()), QStringList());
}

void TestStore::existingOnlyRefusesMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    auto db = store::Database::open(path, store::Database::Mode::ExistingOnly);
    QVERIFY(!db);
    QCOMPARE(db.error().toString(), path + QStringLiteral(": no such database"));
    QVERIFY(!QFile::exists(path));
}

void TestStore::emptyFileIsNoDatabaseYet_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("error"); // empty: opened and made a database
    QTest::newRow("create or migrate") << int(store::Database::Mode::CreateOrMigrate) << QString();
    const QString refused =
        QStringLiteral(": is empty (0 bytes), not yet a Floorboard database; it was left untouched");
    QTest::newRow("existing only") << int(store::Database::Mode::ExistingOnly) << refused;
    QTest::newRow("read only") << int(store::Database::Mode::ReadOnly) << refused;
}

void TestStore::emptyFileIsNoDatabaseYet()
{
    QFETCH(int, mode);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.floorboard"));
    QVERIFY(writeFile(path, QByteArray()));
    auto db = store::Database::open(path, store::Database::Mode(mode));
    if (error.isEmpty()) {
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion(), store::latestSchemaVersion());
        return;
    }
    QVERIFY(!db);
    QCOMPARE(db.error().toString(), path + error);
    QCOMPARE(QFileInfo(path).size(), 0);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("empty.floorboard")}); // no -wal, -shm
}

void TestStore::newerSchemaIsRefusedUntouched_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("create or migrate") << int(store::Database::Mode::CreateOrMigrate);
    QTest::newRow("existing only") << int(store::Database::Mode::ExistingOnly);
    QTest::newRow("read only") << int(store::Database::Mode::ReadOnly);
}

void TestStore::newerSchemaIsRefusedUntouched()
{
    QFETCH(int, mode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    {
        SQLite::Database raw(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("CREATE TABLE future_things (id INTEGER PRIMARY KEY)");
        raw.exec("INSERT INTO future_things VALUES (1)");
        raw.exec(("PRAGMA application_id = " + std::to_string(store::kApplicationId)).c_str());
        raw.exec("PRAGMA user_version = 99");
    }
    const QByteArray before = sha256(path);
    const QStringList filesBefore = dirEntries(dir);

    auto db = store::Database::open(path, store::Database::Mode(mode));
    QVERIFY(!db);
    QCOMPARE(db.error().toString(),
             path + QStringLiteral(": was written by a newer Floorboard (schema version 99; this version reads up to "
                                   "%1); it was left untouched")
                        .arg(store::latestSchemaVersion()));
    QCOMPARE(sha256(path), before);
    QCOMPARE(dirEntries(dir), filesBefore);
}

void TestStore::foreignFileIsRefusedUntouched_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("reason");
    const QString notOurs = QStringLiteral("is not a Floorboard database; it was left untouched");
    QTest::newRow("CSV file") << "csv"
                              << "is not a Floorboard database (not an SQLite file); it was left untouched";
    QTest::newRow("tiny text file") << "tiny"
                                    << "is not a Floorboard database (not an SQLite file); it was left untouched";
    QTest::newRow("other application with tables") << "other-app" << notOurs;
    QTest::newRow("tables without application id") << "no-app-id" << notOurs;
    QTest::newRow("other application, no tables") << "other-app-empty" << notOurs;
}

void TestStore::foreignFileIsRefusedUntouched()
{
    QFETCH(QString, what);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.db"));
    if (what == QLatin1String("csv")) {
        QVERIFY(QFile::copy(examplePath(Kind::Interactions), path));
    } else if (what == QLatin1String("tiny")) {
        QVERIFY(writeFile(path, "hello\n"));
    } else {
        SQLite::Database raw(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        if (what != QLatin1String("other-app-empty")) {
            raw.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)");
            raw.exec("INSERT INTO invoices VALUES (1, 9.5)");
        }
        if (what != QLatin1String("no-app-id"))
            raw.exec("PRAGMA application_id = 305419896"); // 0x12345678
    }
    const QByteArray before = sha256(path);
    const QStringList filesBefore = dirEntries(dir);

    for (auto mode : {store::Database::Mode::CreateOrMigrate, store::Database::Mode::ExistingOnly,
                      store::Database::Mode::ReadOnly}) {
        auto db = store::Database::open(path, mode);
        QVERIFY(!db);
        QCOMPARE(db.error().toString(), path + QStringLiteral(": ") + reason);
    }
    QCOMPARE(sha256(path), before);
    QCOMPARE(dirEntries(dir), filesBefore);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
