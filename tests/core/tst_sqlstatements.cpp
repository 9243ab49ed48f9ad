// The store's statement interface (core/store/Sql.h) reads as a spec, run once
// per engine: CTest runs this file against SQLite (tst_sqlstatements) and
// against a throwaway PostgreSQL cluster (tst_sqlstatements_postgresql, with
// FB_SQL_ENGINE=postgresql; tests/support/pg_cluster.sh starts the cluster).
// The same statements must give the same results to the last digit; where the
// engines differ on purpose, the test says so.
#include "PgTestCluster.h"
#include "store/Sql.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

using namespace fb::store::sql;

using fb::test::clusterSetting;
using fb::test::onPostgres;

class TestSqlStatements final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<SQLite::Database>> m_files;
    std::unique_ptr<Connection> m_db;

    // Another connection to the same database.
    std::unique_ptr<Connection> connect()
    {
        if (onPostgres()) {
            auto c = openPostgres(clusterSetting("conninfo").toStdString());
            if (!c)
                qFatal("%s", qPrintable(c.error().toString()));
            if (!c.value()->exec("SET search_path = fbtest"))
                qFatal("cannot use the test schema");
            return std::move(c).value();
        }
        m_files.push_back(std::make_unique<SQLite::Database>(m_dir.filePath(QStringLiteral("t.db")).toStdString(),
                                                             SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE));
        return overSqlite(*m_files.back(), m_dir.filePath(QStringLiteral("t.db")));
    }

    std::unique_ptr<Statement> prepare(Connection& c, std::string_view sql)
    {
        auto st = c.prepare(sql);
        if (!st)
            qFatal("%s", qPrintable(st.error().toString()));
        return std::move(st).value();
    }

    void run(std::string_view sql)
    {
        const fb::Status s = m_db->exec(sql);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    }

    // The one value of a one-row, one-column query.
    std::unique_ptr<Statement> single(std::string_view sql)
    {
        auto st = prepare(*m_db, sql);
        const auto row = st->step();
        if (!row || !row.value())
            qFatal("no row from %s", std::string(sql).c_str());
        return st;
    }

private slots:
    void init()
    {
        if (onPostgres()) {
            auto admin = openPostgres(clusterSetting("conninfo").toStdString());
            QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error().toString()));
            QVERIFY(admin.value()->exec("DROP SCHEMA IF EXISTS fbtest CASCADE; CREATE SCHEMA fbtest").ok());
        } else {
            m_files.clear();
            QFile::remove(m_dir.filePath(QStringLiteral("t.db")));
        }
        m_db = connect();
        QCOMPARE(m_db->engine(), onPostgres() ? Engine::PostgreSQL : Engine::SQLite);
        run("CREATE TABLE t (k TEXT PRIMARY KEY, i BIGINT, r DOUBLE PRECISION, s TEXT)");
    }

    void cleanup()
    {
        m_db.reset();
        m_files.clear();
    }

    void placeholdersAreNumberedOutsideQuotesAndComments_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("numbered");
        QTest::addColumn<int>("count");
        QTest::newRow("plain") << "SELECT ? + ?"
                               << "SELECT $1 + $2" << 2;
        QTest::newRow("string") << "SELECT '?', ?"
                                << "SELECT '?', $1" << 1;
        QTest::newRow("doubled quote") << "SELECT 'it''s ?', ?"
                                       << "SELECT 'it''s ?', $1" << 1;
        QTest::newRow("identifier") << "SELECT \"a?\" FROM t WHERE k = ?"
                                    << "SELECT \"a?\" FROM t WHERE k = $1" << 1;
        QTest::newRow("line comment") << "SELECT ? -- why?\n, ?"
                                      << "SELECT $1 -- why?\n, $2" << 2;
        QTest::newRow("block comment") << "SELECT /* ? */ ?"
                                       << "SELECT /* ? */ $1" << 1;
        QTest::newRow("dollar quote") << "SELECT $x$ ? $x$, ?"
                                      << "SELECT $x$ ? $x$, $1" << 1;
        QTest::newRow("numbered already") << "SELECT $1"
                                          << "SELECT $1" << 0;
        QTest::newRow("unterminated") << "SELECT '?"
                                      << "SELECT '?" << 0;
        // SQLite's own numbering: ?NNN is parameter NNN, used as often as
        // the statement names it; a bare ? is one past the largest so far.
        QTest::newRow("numbered, reused") << "WHERE (?1 = '' OR team = ?1) AND (?2 = '' OR id = ?2)"
                                          << "WHERE ($1 = '' OR team = $1) AND ($2 = '' OR id = $2)" << 2;
        QTest::newRow("numbered, then bare") << "SELECT ?3, ?, ?1"
                                             << "SELECT $3, $4, $1" << 4;
        QTest::newRow("ten and more") << "SELECT ?10, ?"
                                      << "SELECT $10, $11" << 11;
    }
    void placeholdersAreNumberedOutsideQuotesAndComments()
    {
        QFETCH(QString, sql);
        QFETCH(QString, numbered);
        QFETCH(int, count);
        int found = -1;
        QCOMPARE(QString::fromStdString(numberedPlaceholders(sql.toStdString(), &found)), numbered);
        QCOMPARE(found, count);
    }

    void integersKeepAll64Bits()
    {
        auto insert = prepare(*m_db, "INSERT INTO t (k, i) VALUES (?, ?)");
        const std::vector<qint64> values = {
            0, -1, 1, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), 4'294'967'296};
        for (std::size_t n = 0; n < values.size(); ++n) {
            insert->reset();
            insert->bind(1, std::to_string(n));
            insert->bind(2, values[n]);
            QCOMPARE(insert->run().value(), qint64(1));
        }
        auto read = prepare(*m_db, "SELECT i FROM t ORDER BY k");
        for (const qint64 v : values) {
            QVERIFY(read->step().value());
            QCOMPARE(read->integer(0), v);
        }
        QVERIFY(!read->step().value());
    }

    void realsComeBackToTheLastDigit()
    {
        const std::vector<double> values = {0.1,
                                            1.0 / 3.0,
                                            0.1 + 0.2,
                                            -2.5e-300,
                                            std::numeric_limits<double>::denorm_min(),
                                            std::numeric_limits<double>::max(),
                                            123456789.123456789};
        auto insert = prepare(*m_db, "INSERT INTO t (k, r) VALUES (?, ?)");
        for (std::size_t n = 0; n < values.size(); ++n) {
            insert->reset();
            insert->bind(1, std::to_string(n));
            insert->bind(2, values[n]);
            QVERIFY(insert->run().ok());
        }
        auto read = prepare(*m_db, "SELECT r FROM t ORDER BY k");
        for (const double v : values) {
            QVERIFY(read->step().value());
            const double back = read->real(0);
            QVERIFY2(std::memcmp(&v, &back, sizeof v) == 0, qPrintable(QString::number(back, 'g', 17)));
        }
    }

    // Sums are where the engines could part: both add in the order rows were
    // written, so both match the same loop in C++ bit for bit.
    void aSumMatchesTheSameLoopInCpp()
    {
        auto insert = prepare(*m_db, "INSERT INTO t (k, r) VALUES (?, ?)");
        double expected = 0.0;
        for (int n = 0; n < 1000; ++n) {
            const double v = 0.1 * n + 1.0 / (n + 3);
            expected += v;
            insert->reset();
            insert->bind(1, QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0')).toStdString());
            insert->bind(2, v);
            QVERIFY(insert->run().ok());
        }
        const double sum = single("SELECT sum(r) FROM t")->real(0);
        QCOMPARE(QString::number(sum, 'g', 17), QString::number(expected, 'g', 17));
    }

    void textIsUtf8AndNullIsNotEmpty()
    {
        auto insert = prepare(*m_db, "INSERT INTO t (k, s) VALUES (?, ?)");
        insert->bind(1, "a");
        insert->bind(2, "Jürgen Müller — O'Brien? 100 %");
        QVERIFY(insert->run().ok());
        insert->reset();
        insert->bind(1, "b");
        insert->bind(2, std::string());
        QVERIFY(insert->run().ok());
        insert->reset();
        insert->bind(1, "c");
        insert->bindNull(2);
        QVERIFY(insert->run().ok());

        auto read = prepare(*m_db, "SELECT s, s IS NULL FROM t ORDER BY k");
        QVERIFY(read->step().value());
        QCOMPARE(QString::fromStdString(read->text(0)), QStringLiteral("Jürgen Müller — O'Brien? 100 %"));
        QVERIFY(read->step().value());
        QVERIFY(!read->isNull(0));
        QCOMPARE(read->text(0), std::string());
        QCOMPARE(read->integer(1), qint64(0));
        QVERIFY(read->step().value());
        QVERIFY(read->isNull(0));
        QCOMPARE(read->text(0), std::string());
        QCOMPARE(read->integer(1), qint64(1)); // a boolean reads as 1 or 0 on both engines
    }

    void changesCountTheLastWriteOnly()
    {
        auto insert = prepare(*m_db, "INSERT INTO t (k, i) VALUES (?, ?)");
        for (int n = 0; n < 3; ++n) {
            insert->reset();
            insert->bind(1, std::to_string(n));
            insert->bind(2, n);
            QCOMPARE(insert->run().value(), qint64(1));
        }
        auto update = prepare(*m_db, "UPDATE t SET s = 'x' WHERE i >= ?");
        update->bind(1, 1);
        QCOMPARE(update->run().value(), qint64(2));
        auto none = prepare(*m_db, "UPDATE t SET s = 'y' WHERE i > 99");
        QCOMPARE(none->run().value(), qint64(0));
        auto read = single("SELECT count(*) FROM t");
        QCOMPARE(read->integer(0), qint64(3));
        QCOMPARE(read->changes(), qint64(0));
    }

    void aDuplicateKeyIsAValueThatSaysConstraint()
    {
        run("INSERT INTO t (k) VALUES ('a')");
        auto again = prepare(*m_db, "INSERT INTO t (k) VALUES (?)");
        again->bind(1, "a");
        const auto r = again->step();
        QVERIFY(!r.ok());
        QCOMPARE(m_db->lastFailure(), Failure::Constraint);
        QCOMPARE(r.error().file, m_db->name());
        QVERIFY2(!r.error().reason.isEmpty(), "the engine's message is kept");
        QVERIFY(m_db->exec("SELECT 1").ok());
        QCOMPARE(m_db->lastFailure(), Failure::None);
    }

    void aWrongParameterNumberIsAnError()
    {
        auto st = prepare(*m_db, "SELECT ?");
        st->bind(2, 1);
        QVERIFY(!st->step().ok());
    }

    void bareSqlErrorsNameTheDatabase()
    {
        const fb::Status s = m_db->exec("SELECT * FROM no_such_table");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().file, m_db->name());
        QVERIFY2(s.error().reason.contains(QLatin1String("no_such_table")), qPrintable(s.error().reason));
        QCOMPARE(m_db->lastFailure(), Failure::Other);
    }

    void rollbackUndoesAndCommitKeeps()
    {
        QVERIFY(!m_db->inTransaction());
        QVERIFY(m_db->begin().ok());
        QVERIFY(m_db->inTransaction());
        run("INSERT INTO t (k) VALUES ('gone')");
        QVERIFY(m_db->rollback().ok());
        QVERIFY(m_db->begin().ok());
        run("INSERT INTO t (k) VALUES ('kept')");
        QVERIFY(m_db->commit().ok());
        QVERIFY(!m_db->inTransaction());
        QCOMPARE(QString::fromStdString(single("SELECT min(k) FROM t")->text(0)), QStringLiteral("kept"));
        QCOMPARE(single("SELECT count(*) FROM t")->integer(0), qint64(1));
    }

    // The import writes rows in batches and, when one is refused, retries the
    // batch row by row. A savepoint around the batch keeps the transaction
    // usable after the refusal on both engines.
    void aSavepointRescuesTheTransactionAfterARefusedRow()
    {
        QVERIFY(m_db->begin().ok());
        run("INSERT INTO t (k) VALUES ('a')");
        QVERIFY(m_db->savepoint("batch").ok());
        QVERIFY(!m_db->exec("INSERT INTO t (k) VALUES ('a')").ok());
        QVERIFY(m_db->rollbackTo("batch").ok());
        QVERIFY(m_db->release("batch").ok());
        run("INSERT INTO t (k) VALUES ('b')");
        QVERIFY(m_db->commit().ok());
        QCOMPARE(single("SELECT count(*) FROM t")->integer(0), qint64(2));
        const fb::Status spliced = m_db->savepoint("no; DROP TABLE t");
        QVERIFY2(!spliced.ok(), "a savepoint name is never spliced into SQL");
        QCOMPARE(spliced.error().reason, QStringLiteral("not a savepoint name: 'no; DROP TABLE t'"));
        QCOMPARE(single("SELECT count(*) FROM t")->integer(0), qint64(2));
    }

    // Where the engines differ: without a savepoint, PostgreSQL refuses every
    // statement after a failure until the transaction ends; SQLite goes on.
    void withoutASavepointOnlySqliteGoesOnAfterAFailure()
    {
        QVERIFY(m_db->begin().ok());
        run("INSERT INTO t (k) VALUES ('a')");
        QVERIFY(!m_db->exec("INSERT INTO t (k) VALUES ('a')").ok());
        const bool goesOn = m_db->exec("INSERT INTO t (k) VALUES ('b')").ok();
        QCOMPARE(goesOn, m_db->engine() == Engine::SQLite);
        QVERIFY(m_db->rollback().ok());
    }

    // Two writers at once: the loser is told it lost (Failure::Conflict), so
    // the store can say "changed by someone else" or try again.
    void aSecondWriterIsToldItLost()
    {
        run("INSERT INTO t (k, i) VALUES ('a', 1)");
        auto other = connect();
        if (m_db->engine() == Engine::SQLite) {
            QVERIFY(m_db->begin().ok());
            QVERIFY(!other->begin().ok()); // no busy timeout here: the write lock is taken
        } else {
            QVERIFY(m_db->exec("BEGIN ISOLATION LEVEL REPEATABLE READ").ok());
            QCOMPARE(single("SELECT i FROM t WHERE k = 'a'")->integer(0), qint64(1));
            QVERIFY(other->exec("UPDATE t SET i = 2 WHERE k = 'a'").ok());
            QVERIFY(!m_db->exec("UPDATE t SET i = 3 WHERE k = 'a'").ok());
        }
        QCOMPARE((m_db->engine() == Engine::SQLite ? other : m_db)->lastFailure(), Failure::Conflict);
        QVERIFY(m_db->rollback().ok());
    }

    // A statement that runs again is prepared by the server once, and gives
    // the same rows as before; a run with other parameter types, or after a
    // schema change, is not confused with it.
    void aStatementThatRunsAgainIsPreparedOnceWithTheSameResults()
    {
        run("INSERT INTO t (k, i, r) VALUES ('a', 1, 0.5), ('b', 2, 1.5), ('c', 3, 2.5)");
        // How many times the server holds the statement prepared.
        const auto preparedCount = [this] {
            auto count = prepare(*m_db, "SELECT count(*) FROM pg_prepared_statements WHERE statement = ?");
            count->bind(1, "SELECT count(*), sum(i) FROM t WHERE i >= $1");
            return count->step().value() ? count->integer(0) : -1;
        };
        auto sum = prepare(*m_db, "SELECT count(*), sum(i) FROM t WHERE i >= ?");
        for (const int from : {1, 2, 3, 2}) {
            sum->reset();
            sum->bind(1, from);
            QVERIFY(sum->step().value());
            QCOMPARE(sum->integer(0), qint64(4 - from));
            QCOMPARE(sum->integer(1), qint64((from + 3) * (4 - from) / 2));
        }
        if (m_db->engine() == Engine::PostgreSQL)
            QCOMPARE(preparedCount(), qint64(1));
        // The same text with a real bound is another statement to the server.
        sum->reset();
        sum->bind(1, 1.5);
        QVERIFY(sum->step().value());
        QCOMPARE(sum->integer(0), qint64(2));
        sum->reset();
        QVERIFY(sum->step().value());
        QCOMPARE(sum->integer(1), qint64(5));
        if (m_db->engine() == Engine::PostgreSQL)
            QCOMPARE(preparedCount(), qint64(2));
        // A new statement object for the same SQL uses the prepared one.
        auto again = prepare(*m_db, "SELECT count(*), sum(i) FROM t WHERE i >= ?");
        again->bind(1, 3);
        QVERIFY(again->step().value());
        QCOMPARE(again->integer(1), qint64(3));
        // After a schema change a SELECT * sees the new column.
        auto all = prepare(*m_db, "SELECT * FROM t WHERE k = ?");
        for (int n = 0; n < 2; ++n) {
            all->reset();
            all->bind(1, "a");
            QVERIFY(all->step().value());
            QCOMPARE(all->columnCount(), 4);
        }
        run("ALTER TABLE t ADD COLUMN extra TEXT");
        all->reset();
        QVERIFY(all->step().value());
        QCOMPARE(all->columnCount(), 5);
        QCOMPARE(QString::fromStdString(all->columnName(4)), QStringLiteral("extra"));
    }

    void aServerThatIsNotThereSaysWhy()
    {
        const auto c = openPostgres("host=" + m_dir.path().toStdString() + " port=1 connect_timeout=2");
        QVERIFY(!c.ok());
        QVERIFY2(c.error().reason.startsWith(QLatin1String("cannot connect to the site server: ")),
                 qPrintable(c.error().reason));
        QVERIFY2(c.error().reason.contains(m_dir.path()), "libpq's message names the socket it tried");
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (onPostgres()) {
        if (const int skip = fb::test::skipWithoutCluster())
            return skip; // CTest's SKIP_RETURN_CODE for this test
    }
    TestSqlStatements test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sqlstatements.moc"
