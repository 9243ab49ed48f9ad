// The interaction indexes are built lazily (issue 19): a load into an empty
// table and the migration of a table with rows leave them unbuilt, the
// database stays genuine (it opens, `check` passes) and reads the same rows,
// and buildInteractionIndexes() builds them once, with progress, refusing a
// read-only connection and leaving them unbuilt when cancelled.
#include "FbTestSupport.h"
#include "demo/DemoGenerator.h"
#include "store/Checks.h"
#include "store/InteractionQuery.h"
#include "store/Migrations.h"

#include <QTemporaryDir>

#include <SQLiteCpp/Database.h>

#include <atomic>

using namespace fb;
using Q = store::InteractionQuery;

class TestInteractionIndexes final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void bulkLoadLeavesThemToTheReader();
    void sameRowsWithoutThem();
    void buildReportsProgress();
    void cancelLeavesThemUnbuilt();
    void readOnlyIsRefused();
    void migrationLeavesATableWithRowsToTheReader();

private:
    static QStringList indexes(const QString& path);
    static bool pending(store::Database& db);
    QString demoCopy(const QString& name) const;

    QTemporaryDir m_dir;
    QString m_demo; // a demo site as generated: indexes unbuilt
};

const QStringList kBoth{QStringLiteral("interactions_agent_started"), QStringLiteral("interactions_started")};

void TestInteractionIndexes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.floorboard"));
    auto db = fbtest::openDb(m_demo);
    QVERIFY(db);
    demo::DemoOptions o;
    o.agents = 24;
    o.teams = 2;
    o.weeks = 14;
    o.contactsPerWeek = 40;
    QVERIFY(demo::generateDemo(*db, o).ok());
}

QStringList TestInteractionIndexes::indexes(const QString& path)
{
    return fbtest::dump(path, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'interactions' "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY name");
}

bool TestInteractionIndexes::pending(store::Database& db)
{
    auto p = store::interactionIndexesPending(db);
    return p.ok() && p.value();
}

QString TestInteractionIndexes::demoCopy(const QString& name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_demo, path) ? path : QString();
}

void TestInteractionIndexes::bulkLoadLeavesThemToTheReader()
{
    const QString path = m_dir.filePath(QStringLiteral("examples.floorboard"));
    {
        auto db = fbtest::openDb(path);
        QVERIFY(db);
        QCOMPARE(indexes(path), kBoth); // a new database has them: built on the empty table
        QVERIFY(!pending(*db));
        QVERIFY(fbtest::importExamples(*db)); // interactions into an empty table
        QCOMPARE(indexes(path), QStringList{});
        QVERIFY(pending(*db));
    }
    // Still a genuine database: it opens again, and check finds nothing.
    auto db = fbtest::openDb(path);
    QVERIFY(db);
    auto findings = store::runChecks(*db);
    QVERIFY(findings.ok());
    QCOMPARE(findings->size(), size_t(0));
    QCOMPARE(fbtest::storedRollups(path), fbtest::rollupsFromInteractions(path));

    QVERIFY(store::buildInteractionIndexes(*db).ok());
    QCOMPARE(indexes(path), kBoth);
    QVERIFY(!pending(*db));
    QCOMPARE(
        fbtest::dump(path, "SELECT interaction_id FROM interactions INDEXED BY interactions_agent_started "
                           "ORDER BY agent_id, started_at, interaction_id"),
        fbtest::dump(path, "SELECT interaction_id FROM interactions ORDER BY agent_id, started_at, interaction_id"));
    QCOMPARE(fbtest::dump(path, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
    QVERIFY(store::buildInteractionIndexes(*db).ok()); // nothing left to build
    QCOMPARE(indexes(path), kBoth);

    // Into a table that has rows: the indexes are kept up row by row.
    auto again = fbtest::importFile(*db, Kind::Interactions, fbtest::examplePath(Kind::Interactions),
                                    [](import::ImportOptions& o) { o.update = true; });
    QVERIFY(again && again->committed);
    QCOMPARE(indexes(path), kBoth);
}

void TestInteractionIndexes::sameRowsWithoutThem()
{
    const QString path = demoCopy(QStringLiteral("same.floorboard"));
    auto db = fbtest::openDb(path);
    QVERIFY(db);
    QVERIFY(pending(*db));
    std::vector<Q> queries(4);
    queries[1].descending = false;
    queries[2].agentId = "A0003";
    queries[2].fromDay = "2026-09-07";
    queries[2].toDay = "2026-10-04";
    queries[3].sort = Q::Sort::Agent;
    queries[3].team = "Tech Support";
    std::vector<std::vector<std::vector<Value>>> before;
    for (const auto& q : queries) {
        auto page = store::browseInteractions(*db, q, {}, 50);
        QVERIFY(page.ok());
        QCOMPARE(page->rows.size(), size_t(50));
        before.push_back(page->rows);
    }
    QVERIFY(store::buildInteractionIndexes(*db).ok());
    for (size_t i = 0; i < queries.size(); ++i) {
        auto page = store::browseInteractions(*db, queries[i], {}, 50);
        QVERIFY(page.ok());
        QVERIFY2(page->rows == before[i], qPrintable(QString::number(i)));
    }
}

void TestInteractionIndexes::buildReportsProgress()
{
    const QString path = demoCopy(QStringLiteral("progress.floorboard"));
    auto db = fbtest::openDb(path);
    QVERIFY(db);
    const qint64 rows = fbtest::dump(path, "SELECT count(*) FROM interactions").value(0).toLongLong();
    QCOMPARE(rows, qint64(13448)); // sqlite3: SELECT count(*) FROM interactions
    std::vector<std::pair<qint64, qint64>> calls;
    QVERIFY(store::buildInteractionIndexes(*db, [&calls](qint64 done, qint64 total) {
                calls.emplace_back(done, total);
            }).ok());
    // The estimate: ten of SQLite's steps per row and index, reported every 1,000 steps.
    const qint64 total = rows * 10 * 2;
    QVERIFY(calls.size() > 2);
    QCOMPARE(calls.back(), std::make_pair(total, total));
    for (size_t i = 0; i + 1 < calls.size(); ++i) {
        QCOMPARE(calls[i].second, total);
        QCOMPARE(calls[i].first, std::min<qint64>(qint64(i + 1) * 1000, total - 1));
    }
    QCOMPARE(indexes(path), kBoth);
}

void TestInteractionIndexes::cancelLeavesThemUnbuilt()
{
    const QString path = demoCopy(QStringLiteral("cancel.floorboard"));
    auto db = fbtest::openDb(path);
    QVERIFY(db);
    std::atomic_bool cancel{false};
    int calls = 0;
    const auto st = store::buildInteractionIndexes(
        *db,
        [&](qint64, qint64) {
            if (++calls == 3)
                cancel = true; // pressed while SQLite works
        },
        &cancel);
    QVERIFY(!st.ok());
    QCOMPARE(st.error().toString(), QStringLiteral("cancelled"));
    QCOMPARE(calls, 3);
    QCOMPARE(indexes(path), QStringList{});
    QVERIFY(pending(*db));
    QCOMPARE(fbtest::dump(path, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
    QVERIFY(store::buildInteractionIndexes(*db).ok()); // the next reader builds them
    QCOMPARE(indexes(path), kBoth);
}

void TestInteractionIndexes::readOnlyIsRefused()
{
    const QString path = demoCopy(QStringLiteral("readonly.floorboard"));
    auto db = store::Database::open(path, store::Database::Mode::ReadOnly);
    QVERIFY(db.ok());
    QVERIFY(pending(**db));
    const auto st = store::buildInteractionIndexes(**db);
    QVERIFY(!st.ok());
    QCOMPARE(st.error().toString(),
             path + QStringLiteral(": is read-only: the interaction indexes cannot be built, so the contact list is "
                                   "read without them"));
    QCOMPARE(indexes(path), QStringList{});
}

void TestInteractionIndexes::migrationLeavesATableWithRowsToTheReader()
{
    // The version before the indexes: the last whose schema lacks them (never
    // a fixed number: other migrations may come before it when branches merge).
    int before = 0;
    for (int v = 1; v <= store::latestSchemaVersion(); ++v) {
        SQLite::Database probe(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        QVERIFY(store::migrate(probe, v));
        if (probe.execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'interactions_started'").getInt() == 0)
            before = v;
    }
    QVERIFY(before > 1);
    const QString path = m_dir.filePath(QStringLiteral("old.floorboard"));
    {
        SQLite::Database old(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        QVERIFY(store::migrate(old, before));
        old.exec("INSERT INTO teams(name) VALUES ('Billing');"
                 "INSERT INTO agents(agent_id, name, team) VALUES ('A1', 'Maria Keller', 'Billing');"
                 "INSERT INTO interactions(interaction_id, agent_id, started_at, handle_seconds) "
                 "VALUES ('C1', 'A1', '2026-07-06T08:12:31', 412)");
    }
    auto db = fbtest::openDb(path);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), store::latestSchemaVersion());
    QCOMPARE(indexes(path), QStringList{}); // not built while the window opens the file
    QVERIFY(pending(*db));
    QVERIFY(store::buildInteractionIndexes(*db).ok());
    QCOMPARE(indexes(path), kBoth);
    QCOMPARE(fbtest::dump(path, "SELECT interaction_id, agent_id FROM interactions INDEXED BY interactions_started"),
             QStringList{QStringLiteral("C1|A1")});
}

QTEST_MAIN(TestInteractionIndexes)
#include "tst_interactionindexes.moc"
