// The store: migrations, refusal of files that are not ours to touch, online
// backup, integrity checks and the weekly rollups.
#include "FbTestSupport.h"
#include "store/Backup.h"
#include "store/Checks.h"
#include "store/Migrations.h"

#include <QDate>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

using namespace fb;
using namespace fbtest;

namespace fb::store {
// The first migration as shipped (SchemaV1.cpp), to build a version-1 file.
extern const char* const kSchemaV1;
void seedV1(SQLite::Database& db);
} // namespace fb::store

namespace {

QStringList findingTexts(const std::vector<store::CheckFinding>& findings)
{
    QStringList out;
    for (const auto& f : findings)
        out << f.check + QStringLiteral(": ") + f.message;
    return out;
}

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
    void backupWhileAnotherConnectionWrites();
    void backupWhileAnotherConnectionReads();
    void backupRefusesTheDatabaseItself();
    void backupToNonAsciiFolder();
    void checksPassOnCleanDatabase();
    void checksFindTamperedRows_data();
    void checksFindTamperedRows();
    void rollupsEqualIndependentComputation();
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
    for (const char* table : {"meta", "teams", "agents", "interactions", "interaction_rollups", "rubrics",
                              "rubric_attributes", "qa_evaluations", "qa_scores", "pulse_responses", "coaching_notes",
                              "feedback_tickets", "recognitions", "import_log"}) {
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
        store::seedV1(raw);
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

void TestStore::backupWhileAnotherConnectionWrites()
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

void TestStore::backupWhileAnotherConnectionReads()
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

void TestStore::backupRefusesTheDatabaseItself()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fb.db"));
    auto db = openDb(path);
    QVERIFY(db);
    const auto st = store::backupTo(*db, path);
    QVERIFY(!st);
    QCOMPARE(st.error().toString(), path + QStringLiteral(": is the open database itself; choose another file"));
}

void TestStore::backupToNonAsciiFolder()
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

void TestStore::checksPassOnCleanDatabase()
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("fb.db")));
    QVERIFY(db);
    auto empty = store::runChecks(*db);
    QVERIFY(empty);
    QCOMPARE(findingTexts(empty.value()), QStringList());
    QVERIFY(importExamples(*db));
    auto findings = store::runChecks(*db);
    QVERIFY(findings);
    QCOMPARE(findingTexts(findings.value()), QStringList());
}

void TestStore::checksFindTamperedRows_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QString>("finding");
    // The examples: A0001 has two interactions in 2026-W28 (412 s and 655 s).
    QTest::newRow("count") << "UPDATE interaction_rollups SET interactions = 3 WHERE agent_id = 'A0001'"
                           << "rollups: rollup for A0001 2026-W28 says 3 interactions, the interactions say 2";
    QTest::newRow("handle seconds")
        << "UPDATE interaction_rollups SET handle_seconds = 1000 WHERE agent_id = 'A0001'"
        << "rollups: rollup for A0001 2026-W28 says 1000 handle_seconds, the interactions say 1067";
    QTest::newRow("csat") << "UPDATE interaction_rollups SET csat_top2 = 0 WHERE agent_id = 'A0001'"
                          << "rollups: rollup for A0001 2026-W28 says 0 csat_top2, the interactions say 1";
    QTest::newRow("defects") << "UPDATE interaction_rollups SET defects = 0 WHERE agent_id = 'A0001'"
                             << "rollups: rollup for A0001 2026-W28 says 0 defects, the interactions say 1";
    QTest::newRow("missing") << "DELETE FROM interaction_rollups WHERE agent_id = 'A0001'"
                             << "rollups: 2 interactions of A0001 2026-W28 are missing from the rollups";
    QTest::newRow("orphan") << "UPDATE interaction_rollups SET week = 202630 WHERE agent_id = 'A0003'"
                            << "rollups: rollup for A0003 2026-W30 has no interactions behind it";
    // Row rules (domain/RowRules), which import enforces, checked on rows written around it.
    QTest::newRow("agent left without date")
        << "UPDATE agents SET status = 'left', left_on = NULL WHERE agent_id = 'A0002'"
        << "agents: A0002: status is 'left' but left_on is empty";
    QTest::newRow("active agent with date") << "UPDATE agents SET left_on = '2026-01-31' WHERE agent_id = 'A0001'"
                                            << "agents: A0001: left_on is set but status is not 'left'";
    QTest::newRow("left before hired")
        << "UPDATE agents SET status = 'left', left_on = '2021-03-14' WHERE agent_id = 'A0001'"
        << "agents: A0001: left_on (2021-03-14) is before hire_date (2021-03-15)";
    QTest::newRow("follow-up before coaching")
        << "UPDATE coaching_notes SET follow_up_on = '2026-07-09' WHERE note_id = 'N0002'"
        << "coaching: N0002: follow_up_on (2026-07-09) is before coached_on (2026-07-10)";
    QTest::newRow("outcome without follow-up")
        << "UPDATE coaching_notes SET followed_up_on = NULL WHERE note_id = 'N0001'"
        << "coaching: N0001: outcome is set but followed_up_on is empty";
    QTest::newRow("fixed ticket without date")
        << "UPDATE feedback_tickets SET fixed_on = NULL WHERE ticket_id = 'T0001'"
        << "feedback: T0001: status is 'fixed' but fixed_on is empty";
}

void TestStore::checksFindTamperedRows()
{
    QFETCH(QString, tamper);
    QFETCH(QString, finding);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fb.db"));
    auto db = openDb(path);
    QVERIFY(db);
    QVERIFY(importExamples(*db));
    {
        SQLite::Database raw(path.toStdString(), SQLite::OPEN_READWRITE);
        raw.exec(tamper.toStdString());
    }
    auto findings = store::runChecks(*db);
    QVERIFY(findings);
    QStringList texts = findingTexts(findings.value());
    if (tamper.contains(QLatin1String("week = 202630"))) // the moved rollup also leaves its week uncovered
        QVERIFY(
            texts.removeOne(QStringLiteral("rollups: 1 interactions of A0003 2026-W28 are missing from the rollups")));
    QCOMPARE(texts, QStringList{finding});
}

void TestStore::rollupsEqualIndependentComputation()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fb.db"));
    auto db = openDb(path);
    QVERIFY(db);
    QVERIFY(importFile(*db, Kind::Agents, examplePath(Kind::Agents))->committed);

    // 400 interactions over three agents and the turn of the year, where ISO
    // weeks and calendar years part (2026-12-31 is 2026-W53, 2027-01-04 is 2027-W01).
    QRandomGenerator rng(42);
    const QStringList agents{"A0001", "A0002", "A0003"};
    QByteArray csv = "interaction_id,agent_id,started_at,channel,queue,handle_seconds,resolved_first_contact,"
                     "repeat_contact,escalated,defects,csat,contact_reason\n";
    std::map<std::pair<QString, int>, RollupRow> expected;
    for (int i = 0; i < 400; ++i) {
        const QString agent = agents[int(rng.bounded(3))];
        const QDate day = QDate(2026, 12, 20).addDays(rng.bounded(30));
        const double handle = rng.bounded(2000) / 4.0; // quarters of a second
        const int fcr = int(rng.bounded(3)) - 1;       // -1 = unknown
        const int repeat = int(rng.bounded(2)), escalated = int(rng.bounded(2)), defects = int(rng.bounded(4));
        const int csat = int(rng.bounded(6)); // 0 = not surveyed
        csv += QStringLiteral("I%1,%2,%3T%4:15:00,voice,q,%5,%6,%7,%8,%9,%10,\n")
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .arg(agent, day.toString(Qt::ISODate))
                   .arg(8 + i % 10, 2, 10, QLatin1Char('0'))
                   .arg(handle)
                   .arg(fcr < 0 ? QString() : QString::number(fcr))
                   .arg(repeat)
                   .arg(escalated)
                   .arg(defects)
                   .arg(csat == 0 ? QString() : QString::number(csat))
                   .toUtf8();
        RollupRow& r = expected[{agent, isoWeekKey(day)}];
        r.n += 1;
        r.handle += handle;
        r.handleSq += handle * handle;
        r.fcrKnown += fcr < 0 ? 0 : 1;
        r.fcrResolved += fcr > 0 ? 1 : 0;
        r.repeats += repeat;
        r.escalations += escalated;
        r.defects += defects;
        r.csatSurveyed += csat > 0 ? 1 : 0;
        r.csatTop2 += csat >= 4 ? 1 : 0;
        r.csatSum += csat;
    }
    QStringList expectedRows;
    for (const auto& [key, r] : expected)
        expectedRows << rollupText(key.first, key.second, r);
    QVERIFY(expected.count({QStringLiteral("A0001"), 202653}) == 1);
    QVERIFY(expected.count({QStringLiteral("A0001"), 202701}) == 1);

    const QString file = dir.filePath(QStringLiteral("interactions.csv"));
    QVERIFY(writeFile(file, csv));
    auto report = importFile(*db, Kind::Interactions, file);
    QVERIFY(report);
    QCOMPARE(problemTexts(report.value()), QStringList());
    QCOMPARE(report->inserted, 400);
    QCOMPARE(storedRollups(path), expectedRows);

    // A second file adds to existing weeks.
    const QString more = dir.filePath(QStringLiteral("more.csv"));
    QVERIFY(writeFile(more, "interaction_id,agent_id,started_at,handle_seconds,csat\n"
                            "J1,A0001,2026-12-31T23:59:59,100,5\nJ2,A0001,2027-01-01,50,\n"));
    QVERIFY(importFile(*db, Kind::Interactions, more)->committed);
    RollupRow& w53 = expected[{QStringLiteral("A0001"), 202653}];
    w53.n += 2;
    w53.handle += 150;
    w53.handleSq += 100 * 100 + 50 * 50;
    w53.csatSurveyed += 1;
    w53.csatTop2 += 1;
    w53.csatSum += 5;
    expectedRows.clear();
    for (const auto& [key, r] : expected)
        expectedRows << rollupText(key.first, key.second, r);
    QCOMPARE(storedRollups(path), expectedRows);
    QCOMPARE(rollupsFromInteractions(path), expectedRows);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
