// The schema on a site server: every migration, written once in SQLite's
// dialect and translated for PostgreSQL (core/store/PgSchema.h), gives the
// server the tables, columns, keys, indexes, checks and seed rows the SQLite
// file has. Runs against the throwaway cluster (tests/support/pg_cluster.sh)
// and an SQLite database in memory, side by side.
#include "PgTestCluster.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PgSchema.h"
#include "store/Query.h"
#include "store/Sql.h"

#include <QStringList>
#include <QTest>

#include <SQLiteCpp/Database.h>

#include <algorithm>

using namespace fb::store;

namespace {

std::unique_ptr<sql::Connection> openCluster()
{
    auto c = sql::openPostgres(fb::test::clusterConninfo());
    if (!c)
        qFatal("%s", qPrintable(c.error().toString()));
    return std::move(c).value();
}

// The rows of a query, each as "a|b|c". Columns listed in `reals` are read
// as doubles and written with 17 significant digits, since the engines'
// own text for a double differs ("80.0" and "80") where the value does not.
QStringList rows(sql::Connection& db, const std::string& query, int columns, const QList<int>& reals = {})
{
    QStringList out;
    Query q(db, query, {});
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < columns; ++c) {
            if (q.isNull(c))
                cells << QStringLiteral("NULL");
            else if (reals.contains(c))
                cells << QString::number(q.real(c), 'g', 17);
            else
                cells << q.qtext(c);
        }
        out << cells.join(QLatin1Char('|'));
    }
    if (!q.ok())
        qFatal("%s: %s", query.c_str(), qPrintable(q.error().toString()));
    return out;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

class TestPgSchema final : public QObject {
    Q_OBJECT

    std::unique_ptr<sql::Connection> m_pg;
    std::unique_ptr<SQLite::Database> m_memory;
    std::unique_ptr<sql::Connection> m_lite;

    void migrateBoth()
    {
        const fb::Status pg = migrate(*m_pg);
        QVERIFY2(pg.ok(), qPrintable(pg.ok() ? QString() : pg.error().toString()));
        QVERIFY(migrate(*m_lite).ok());
    }

    // "table" names in each engine, sorted.
    QStringList pgTables()
    {
        return sorted(rows(*m_pg,
                           "SELECT table_name FROM information_schema.tables "
                           "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
                           1));
    }
    QStringList liteTables() { return sorted(rows(*m_lite, "SELECT name FROM sqlite_master WHERE type = 'table'", 1)); }

    // "table.column type" in declaration order, SQLite's types named as
    // PostgreSQL names the types they become.
    QStringList pgColumns(const QString& table)
    {
        Query q(*m_pg,
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
                {});
        q.bind(1, table);
        QStringList out;
        while (q.next())
            out << table + QLatin1Char('.') + q.qtext(0) + QLatin1Char(' ') + q.qtext(1);
        return out;
    }
    QStringList liteColumns(const QString& table)
    {
        Query q(*m_lite, "SELECT name, type FROM pragma_table_info(?) ORDER BY cid", {});
        q.bind(1, table);
        QStringList out;
        while (q.next()) {
            const QString type = q.qtext(1);
            const QString pgType = type == QLatin1String("INTEGER") ? QStringLiteral("bigint")
                                   : type == QLatin1String("REAL")  ? QStringLiteral("double precision")
                                   : type == QLatin1String("TEXT")  ? QStringLiteral("text")
                                                                    : QStringLiteral("(%1)").arg(type);
            out << table + QLatin1Char('.') + q.qtext(0) + QLatin1Char(' ') + pgType;
        }
        return out;
    }

private slots:
    void init()
    {
        m_pg = openCluster();
        QVERIFY(m_pg->exec("DROP SCHEMA IF EXISTS fbschema CASCADE; CREATE SCHEMA fbschema; "
                           "SET search_path = fbschema")
                    .ok());
        m_memory = std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        m_memory->exec("PRAGMA foreign_keys = ON"); // as Database::open sets it
        m_lite = sql::overSqlite(*m_memory, QStringLiteral(":memory:"));
    }

    void cleanup()
    {
        m_lite.reset();
        m_memory.reset();
        m_pg.reset();
    }

    void translatesTheDialect_data()
    {
        QTest::addColumn<QString>("sqlite");
        QTest::addColumn<QString>("postgres");
        QTest::newRow("types, no rowid")
            << "CREATE TABLE t (k TEXT PRIMARY KEY, n INTEGER NOT NULL, r REAL CHECK (r >= 0)) WITHOUT ROWID;"
            << "CREATE TABLE t (k TEXT PRIMARY KEY, n BIGINT NOT NULL, r DOUBLE PRECISION CHECK (r >= 0));";
        QTest::newRow("row number") << "CREATE TABLE h (id INTEGER PRIMARY KEY, note TEXT);"
                                    << "CREATE TABLE h (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                                       "note TEXT);";
        QTest::newRow("quotes and comments kept")
            << "INSERT INTO s VALUES ('REAL INTEGER WITHOUT ROWID', 'it''s REAL'); -- an INTEGER here\n"
            << "INSERT INTO s VALUES ('REAL INTEGER WITHOUT ROWID', 'it''s REAL'); -- an INTEGER here\n";
        QTest::newRow("trigger")
            << "CREATE TRIGGER t_i AFTER INSERT ON t BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 "
               "WHERE key = 'g'; END;"
            << "CREATE FUNCTION t_i_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE meta SET value = "
               "CAST(value AS BIGINT) + 1 WHERE key = 'g'; RETURN NULL; END $$;\n"
               "CREATE TRIGGER t_i AFTER INSERT ON t FOR EACH STATEMENT EXECUTE FUNCTION t_i_fn();";
    }

    void translatesTheDialect()
    {
        QFETCH(QString, sqlite);
        QFETCH(QString, postgres);
        QCOMPARE(QString::fromStdString(postgresSchema(sqlite.toStdString())), postgres);
    }

    void migratesToTheLatestVersionOnce()
    {
        QCOMPARE(storedSchemaVersion(*m_pg).value(), 0);
        migrateBoth();
        QCOMPARE(storedSchemaVersion(*m_pg).value(), latestSchemaVersion());
        QCOMPARE(storedSchemaVersion(*m_lite).value(), latestSchemaVersion());
        // A second opening finds nothing to do.
        QVERIFY(migrate(*m_pg).ok());
        QCOMPARE(rows(*m_pg, "SELECT value FROM meta WHERE key = 'schema_version'", 1),
                 QStringList{QString::number(latestSchemaVersion())});
    }

    void hasSQLitesTablesAndColumns()
    {
        migrateBoth();
        const QStringList tables = liteTables();
        QVERIFY(tables.size() > 30);
        QCOMPARE(pgTables(), tables);
        for (const QString& t : tables)
            QCOMPARE(pgColumns(t), liteColumns(t));
    }

    void hasSQLitesKeysAndIndexes()
    {
        migrateBoth();
        QStringList litePk;
        QStringList pgPk;
        for (const QString& t : liteTables()) {
            litePk << t + QLatin1Char(':') +
                          rows(*m_lite,
                               "SELECT name FROM pragma_table_info('" + t.toStdString() + "') WHERE pk > 0 ORDER BY pk",
                               1)
                              .join(QLatin1Char(','));
            pgPk << t + QLatin1Char(':') +
                        rows(*m_pg,
                             "SELECT k.column_name FROM information_schema.table_constraints c "
                             "JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name "
                             "AND k.table_schema = c.table_schema WHERE c.table_schema = current_schema() "
                             "AND c.constraint_type = 'PRIMARY KEY' AND c.table_name = '" +
                                 t.toStdString() + "' ORDER BY k.ordinal_position",
                             1)
                            .join(QLatin1Char(','));
        }
        QCOMPARE(pgPk, litePk);
        // The indexes the schema names (SQLite's automatic ones for keys and
        // UNIQUE have no SQL; PostgreSQL's end in _pkey or _key).
        const QStringList liteIndexes =
            sorted(rows(*m_lite, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL", 1));
        const QStringList pgIndexes =
            sorted(rows(*m_pg,
                        "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
                        "AND indexname NOT LIKE '%\\_pkey' AND indexname NOT LIKE '%\\_key'",
                        1));
        QVERIFY(liteIndexes.contains(QStringLiteral("interactions_agent_started")));
        QCOMPARE(pgIndexes, liteIndexes);
    }

    void seedsTheSameRows()
    {
        migrateBoth();
        for (const QString& t : liteTables()) {
            QStringList columns;
            QList<int> reals;
            for (const QString& c : liteColumns(t)) {
                const QString name = c.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('.'), 1);
                if (name == QLatin1String("created_at"))
                    continue; // when the seed ran, not what it wrote
                if (c.endsWith(QLatin1String("double precision")))
                    reals << int(columns.size());
                columns << name;
            }
            const std::string select = "SELECT " + columns.join(QStringLiteral(", ")).toStdString() + " FROM " +
                                       t.toStdString() +
                                       (t == QLatin1String("meta") ? " WHERE key <> 'schema_version'" : "");
            QCOMPARE(sorted(rows(*m_pg, select, int(columns.size()), reals)),
                     sorted(rows(*m_lite, select, int(columns.size()), reals)));
        }
        // 5 levels of each of the default rubric's 5 attributes (SchemaCoaching.cpp).
        QCOMPARE(rows(*m_pg, "SELECT count(*) FROM rubric_anchors", 1), QStringList{QStringLiteral("25")});
    }

    void refusesWhatSQLiteRefuses_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("unknown team") << "INSERT INTO agents(agent_id, name, team) VALUES ('A1', 'Ann', 'Nowhere')";
        QTest::newRow("duplicate key") << "INSERT INTO teams(name) VALUES ('Billing')";
        QTest::newRow("check") << "INSERT INTO agents(agent_id, name, team, status) VALUES ('A2', 'Bo', 'Billing', "
                                  "'gone')";
        QTest::newRow("not null") << "INSERT INTO agents(agent_id, team) VALUES ('A3', 'Billing')";
    }

    void refusesWhatSQLiteRefuses()
    {
        QFETCH(QString, statement);
        migrateBoth();
        for (sql::Connection* db : {m_pg.get(), m_lite.get()}) {
            QVERIFY(db->exec("INSERT INTO teams(name) VALUES ('Billing')").ok());
            Query q(*db, statement.toStdString(), {});
            QVERIFY(!q.run().ok());
            QCOMPARE(q.failure(), sql::Failure::Constraint);
        }
    }

    void countsChangesToPeopleTables()
    {
        migrateBoth();
        const auto generation = [](sql::Connection& db) {
            return rows(db, "SELECT value FROM meta WHERE key = 'people_generation'", 1).value(0).toInt();
        };
        const int pgBefore = generation(*m_pg);
        const int liteBefore = generation(*m_lite);
        QCOMPARE(rows(*m_lite, "SELECT count(*) FROM rubric_attributes WHERE version = 1", 1),
                 QStringList{QStringLiteral("5")});
        const std::string touch = "UPDATE rubric_attributes SET weight = weight WHERE version = 1";
        QVERIFY(m_pg->exec(touch).ok());
        QVERIFY(m_lite->exec(touch).ok());
        // SQLite's trigger runs once per row (the default rubric's 5
        // attributes); PostgreSQL's once per statement. Either way the
        // scorecard cache sees a change.
        QCOMPARE(generation(*m_lite), liteBefore + 5);
        QCOMPARE(generation(*m_pg), pgBefore + 1);
        // On the server, once per transaction: three statements, one bump.
        QVERIFY(m_pg->begin().ok());
        for (int n = 0; n < 3; ++n)
            QVERIFY(m_pg->exec(touch).ok());
        QVERIFY(m_pg->commit().ok());
        QCOMPARE(generation(*m_pg), pgBefore + 2);
        // Unless the scorecard cache was built for the bumped value halfway:
        // the next change must then move the generation past it again.
        QVERIFY(m_pg->begin().ok());
        QVERIFY(m_pg->exec(touch).ok());
        // What ScorecardPeopleCache writes when it has rebuilt the cache.
        QVERIFY(m_pg->exec("INSERT INTO meta(key, value) SELECT 'people_rollups_generation', value || ':cells5' "
                           "FROM meta WHERE key = 'people_generation' "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
                    .ok());
        QCOMPARE(generation(*m_pg), pgBefore + 3);
        QVERIFY(m_pg->exec(touch).ok());
        QCOMPARE(generation(*m_pg), pgBefore + 4);
        QVERIFY(m_pg->exec(touch).ok());
        QCOMPARE(generation(*m_pg), pgBefore + 4);
        QVERIFY(m_pg->commit().ok());
    }

    void numbersRowsAsSQLiteDoes()
    {
        migrateBoth();
        for (sql::Connection* db : {m_pg.get(), m_lite.get()}) {
            for (int expected = 1; expected <= 2; ++expected) {
                Query q(*db,
                        "INSERT INTO import_log(kind, file, imported_at, inserted, updated, unchanged, rejected) "
                        "VALUES ('agents', 'a.csv', '2026-12-03T14:00:00', 1, 0, 0, 0) RETURNING id",
                        {});
                QVERIFY(q.next());
                QCOMPARE(q.integer(0), expected);
            }
        }
    }

    // Opening a site server refuses what it cannot use, says why, and
    // leaves the database as it was.
    void refusesAPasswordInTheAddress()
    {
        const QString address =
            fb::test::siteDatabaseFor(QStringLiteral("password"))
                .replace(QLatin1String("user=floorboard"), QStringLiteral("user=floorboard password=secret"));
        const auto db = Database::open(address);
        QVERIFY(!db);
        QCOMPARE(db.error().reason,
                 QStringLiteral("the site server's address holds a password; Floorboard keeps none: put it in "
                                "libpq's password file (~/.pgpass) or a service file, and leave it out of the "
                                "address"));
        QVERIFY(!db.error().toString().contains(QLatin1String("secret")));
        // Refused before connecting: nothing was created there.
        auto raw = sql::openPostgres(fb::test::siteDatabaseFor(QStringLiteral("password")).toStdString());
        QCOMPARE(storedSchemaVersion(*raw.value()).value(), 0);
    }

    void refusesWhatItCannotOpen()
    {
        const QString address = fb::test::siteDatabaseFor(QStringLiteral("refusals"));
        auto raw = std::move(sql::openPostgres(address.toStdString()).value());
        const QString name = raw->name();

        auto empty = Database::open(address, Database::Mode::ExistingOnly);
        QVERIFY(!empty);
        QCOMPARE(empty.error().reason, QStringLiteral("holds no Floorboard database yet; nothing was changed"));
        QCOMPARE(empty.error().file, name);
        QCOMPARE(storedSchemaVersion(*raw).value(), 0);

        QVERIFY(migrate(*raw, 1).ok());
        auto older = Database::open(address, Database::Mode::ReadOnly);
        QVERIFY(!older);
        QCOMPARE(older.error().reason,
                 QStringLiteral("has an older schema (version 1); open it once in Floorboard to upgrade it"));
        QCOMPARE(storedSchemaVersion(*raw).value(), 1);

        const int newer = latestSchemaVersion() + 1;
        QVERIFY(raw->exec("UPDATE meta SET value = '" + std::to_string(newer) + "' WHERE key = 'schema_version'"));
        auto fromTheFuture = Database::open(address);
        QVERIFY(!fromTheFuture);
        QCOMPARE(fromTheFuture.error().reason,
                 QStringLiteral("was written by a newer Floorboard (schema version %1; this one reads up to %2); "
                                "nothing was changed")
                     .arg(newer)
                     .arg(latestSchemaVersion()));
        QCOMPARE(storedSchemaVersion(*raw).value(), newer);
        QCOMPARE(rows(*raw, "SELECT count(*) FROM teams", 1), QStringList{QStringLiteral("0")});
    }

    void opensAndUpgradesLikeAFile()
    {
        const QString address = fb::test::siteDatabaseFor(QStringLiteral("upgrade"));
        auto raw = std::move(sql::openPostgres(address.toStdString()).value());
        QVERIFY(migrate(*raw, 1).ok());
        QVERIFY(raw->exec("INSERT INTO teams VALUES ('Billing')"));
        auto db = Database::open(address);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QVERIFY(db.value()->isSiteServer());
        QCOMPARE(db.value()->schemaVersion(), latestSchemaVersion());
        QCOMPARE(rows(*raw, "SELECT name FROM teams", 1), QStringList{QStringLiteral("Billing")});
        // A read-only opening cannot write.
        auto reader = Database::open(address, Database::Mode::ReadOnly);
        QVERIFY(reader);
        QVERIFY(reader.value()->connection().isReadOnly());
        Query write(*reader.value(), "INSERT INTO teams VALUES ('Claims')", {});
        QVERIFY(!write.run().ok());
        QCOMPARE(write.failure(), sql::Failure::ReadOnly);
    }

    void keepsRowsThroughLaterMigrations()
    {
        QVERIFY(migrate(*m_pg, 1).ok());
        QCOMPARE(storedSchemaVersion(*m_pg).value(), 1);
        QVERIFY(m_pg->exec("INSERT INTO teams VALUES ('Billing');"
                           "INSERT INTO feedback_tickets VALUES ('T0007', '2026-07-07', 'tool', 'CRM freezes', "
                           "'Billing', NULL, 'tool lag', 'After lunch', 'fixed', 'Index added', '2026-07-14', "
                           "'2026-07-20', 'billing')")
                    .ok());
        QVERIFY(migrate(*m_pg).ok());
        QCOMPARE(rows(*m_pg, "SELECT ticket_id, title, status, fixed_on, owner FROM feedback_tickets", 5),
                 QStringList{QStringLiteral("T0007|CRM freezes|fixed|2026-07-20|NULL")});
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (const int skip = fb::test::skipWithoutCluster())
        return skip; // CTest's SKIP_RETURN_CODE for this test
    TestPgSchema test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pgschema.moc"
