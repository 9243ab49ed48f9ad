// store::Query, the way every store file talks to its database, as a spec:
// binds and reads of each kind, a failure kept as a value ("what: the
// engine's message", naming the database) that stays until checked, and the
// helpers beside it. Runs on SQLite, and as tst_query_postgresql on the
// throwaway cluster (a database standing for the test's file).
#include "FbTestSupport.h"
#include "PgTestCluster.h"
#include "store/Query.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fb;
using namespace fb::store;

class TestQuery final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void init()
    {
        m_db = fbtest::openDb(m_dir.filePath(QStringLiteral("q%1.db").arg(QTest::currentTestFunction())));
        QVERIFY(m_db);
        QVERIFY(execute(*m_db, "CREATE TABLE q (k TEXT PRIMARY KEY, i BIGINT, r DOUBLE PRECISION, s TEXT)", {}).ok());
    }

    void bindsAndReadsEachKind()
    {
        Query in(*m_db, "INSERT INTO q VALUES (?, ?, ?, ?)", {});
        in.bind(1, "a").bind(2, true).bind(3, 2.5).bind(4, QStringLiteral("Zoë"));
        QVERIFY(in.run().ok());
        QCOMPARE(in.changes(), 1);
        in.reset();
        in.bind(1, std::string("b")).bind(2, Value(qint64(-7))).bind(3, Value(0.1)).bind(4, Value());
        QVERIFY(in.run().ok());
        in.reset();
        in.bind(1, std::string_view("c")).bindNull(2).bindRealOrNull(3, std::nullopt).bindTextOrNull(4, "");
        QVERIFY(in.run().ok());

        Query out(*m_db, "SELECT k, i, r, s FROM q ORDER BY k", {});
        QVERIFY(out.next());
        QCOMPARE(out.text(0), std::string("a"));
        QCOMPARE(out.integer(1), 1);
        QCOMPARE(out.real(2), 2.5);
        QCOMPARE(out.qtext(3), QStringLiteral("Zoë"));
        QCOMPARE(out.stored(1), sql::Stored::Integer);
        QCOMPARE(out.stored(2), sql::Stored::Real);
        QCOMPARE(out.stored(3), sql::Stored::Text);
        QCOMPARE(out.columnCount(), 4);
        QCOMPARE(out.columnName(2), std::string("r"));
        QVERIFY(out.next());
        QCOMPARE(out.integer(1), -7);
        QCOMPARE(out.real(2), 0.1);
        QVERIFY(out.isNull(3));
        QCOMPARE(out.value(3, ColumnType::Text), Value());
        QCOMPARE(out.stored(3), sql::Stored::Null);
        QVERIFY(out.next());
        // NULL reads as 0, 0.0 and empty text, unless the reader asks.
        QVERIFY(out.isNull(1));
        QCOMPARE(out.integer(1), 0);
        QCOMPARE(out.optionalReal(2), std::nullopt);
        QCOMPARE(out.optionalInteger(1), std::nullopt);
        QCOMPARE(out.text(3), std::string());
        QVERIFY(!out.next());
        QVERIFY(out.ok());
    }

    void readsDaysAndTypedValues()
    {
        Query in(*m_db, "INSERT INTO q(k, s, i, r) VALUES (?, ?, ?, ?)", {});
        in.bind(1, "d").bindDayOrNull(2, QDate(2026, 12, 3)).bind(3, 4).bind(4, 1.25);
        QVERIFY(in.run().ok());
        in.reset();
        in.bind(1, "t").bind(2, "2026-12-03T14:02:00").bindNull(3).bind(4, 0.0);
        QVERIFY(in.run().ok());
        in.reset();
        in.bind(1, "n").bindDayOrNull(2, QDate()).bindNull(3).bindNull(4);
        QVERIFY(in.run().ok());

        Query out(*m_db, "SELECT s, i, r FROM q ORDER BY k", {});
        QVERIFY(out.next()); // d
        QCOMPARE(out.day(0), QDate(2026, 12, 3));
        QCOMPARE(out.value(1, ColumnType::Score), Value(qint64(4)));
        QCOMPARE(out.value(2, ColumnType::Duration), Value(1.25));
        QCOMPARE(out.value(0, ColumnType::Date), Value(std::string("2026-12-03")));
        QVERIFY(out.next()); // n
        QVERIFY(!out.day(0).isValid());
        QVERIFY(out.next()); // t: a timestamp's day
        QCOMPARE(out.day(0), QDate(2026, 12, 3));
        QVERIFY(!out.next());
    }

    void aFailureIsAValueNamingWhatAndWhere()
    {
        Query q(*m_db, "SELECT k FROM nowhere", QStringLiteral("cannot read teams"));
        // SQLite refuses it when it is prepared, PostgreSQL when it first
        // runs: either way next() says there is no row, and ok() why.
        QVERIFY(!q.next());
        QVERIFY(!q.ok());
        QCOMPARE(q.failure(), sql::Failure::Other);
        const Error e = q.error();
        QVERIFY2(e.reason.startsWith(QLatin1String("cannot read teams: ")), qPrintable(e.reason));
        QVERIFY2(e.reason.contains(QLatin1String("nowhere")), qPrintable(e.reason));
        QCOMPARE(e.file, m_db->connection().name());
        // It stays failed: binds do nothing, there is no row, columns read empty.
        q.bind(1, 3);
        QVERIFY(!q.next());
        QCOMPARE(q.run().error().reason, e.reason);
        QCOMPARE(q.text(0), std::string());
        QCOMPARE(q.columnCount(), 0);
    }

    void withoutWhatTheEngineSpeaksAlone()
    {
        QVERIFY(execute(*m_db, "INSERT INTO q(k) VALUES ('a')", {}).ok());
        Query q(*m_db, "INSERT INTO q(k) VALUES ('a')", {});
        QVERIFY(!q.run().ok());
        QCOMPARE(q.failure(), sql::Failure::Constraint);
        QVERIFY2(!q.error().reason.startsWith(QLatin1String(":")), qPrintable(q.error().reason));
        QCOMPARE(q.changes(), 0);
        const QString expected = fb::test::onPostgres()
                                     ? QStringLiteral("duplicate key value violates unique constraint \"q_pkey\"")
                                     : QStringLiteral("UNIQUE constraint failed: q.k");
        QCOMPARE(q.error().reason, expected);
    }

    void helpersReadOneValue()
    {
        QVERIFY(execute(*m_db, "INSERT INTO q(k, i) VALUES ('a', 41), ('b', 1)", {}).ok());
        QCOMPARE(scalar(*m_db, "SELECT sum(i) FROM q", {}).value(), 42);
        QCOMPARE(scalar(*m_db, "SELECT i FROM q WHERE k = 'none'", {}).value(), 0);
        QCOMPARE(exists(*m_db, "SELECT 1 FROM q WHERE k = ?", "b", {}).value(), true);
        QCOMPARE(exists(*m_db, "SELECT 1 FROM q WHERE k = ?", "z", {}).value(), false);
        const auto failed = scalar(*m_db, "SELECT count(*) FROM nowhere", QStringLiteral("cannot count"));
        QVERIFY(!failed);
        QVERIFY(failed.error().reason.startsWith(QLatin1String("cannot count: ")));
        const Status bad = execute(*m_db, "DROP TABLE nowhere", QStringLiteral("cannot drop"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().reason.startsWith(QLatin1String("cannot drop: ")));
    }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
