// Schema version 10's interaction indexes: made by the migration, left as
// they were by a failed import, and, once built (a load into an empty table
// leaves them to the first reader: tst_interactionindexes), used by the
// page's orders, so the first page is an index walk, not a sort. Counts from
// the weekly rollups equal counts of the table.
#include "FbTestSupport.h"
#include "demo/DemoGenerator.h"
#include "store/InteractionQuery.h"
#include "store/Migrations.h"

#include <QTemporaryDir>

using namespace fb;
using Q = store::InteractionQuery;

class TestInteractionQuery final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void indexesAfterMigration();
    void failedImportKeepsIndexes();
    void ordersWalkAnIndex_data();
    void ordersWalkAnIndex();
    void rollupCountsEqualTableCounts_data();
    void rollupCountsEqualTableCounts();
    void dataDays();

private:
    static QStringList indexes(const QString& path);
    static QString plan(store::Database& db, const Q& query);

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<store::Database> m_db;
};

void TestInteractionQuery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.floorboard"));
    m_db = fbtest::openDb(m_demo);
    QVERIFY(m_db);
    demo::DemoOptions o;
    o.agents = 24;
    o.teams = 2;
    o.weeks = 14;
    o.contactsPerWeek = 40;
    QVERIFY(demo::generateDemo(*m_db, o).ok());
    // As the Interactions page does before its first read.
    QVERIFY(store::buildInteractionIndexes(*m_db).ok());
}

QStringList TestInteractionQuery::indexes(const QString& path)
{
    return fbtest::dump(path, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'interactions' "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY name");
}

void TestInteractionQuery::indexesAfterMigration()
{
    QCOMPARE(store::latestSchemaVersion(), 11);
    const QString path = m_dir.filePath(QStringLiteral("empty.floorboard"));
    QVERIFY(fbtest::openDb(path));
    QCOMPARE(fbtest::dump(path, "PRAGMA user_version"), QStringList{QStringLiteral("11")});
    QCOMPARE(indexes(path),
             (QStringList{QStringLiteral("interactions_agent_started"), QStringLiteral("interactions_started")}));
    // The demo site was written into an empty table, its indexes built by initTestCase.
    QCOMPARE(indexes(m_demo), indexes(path));
}

void TestInteractionQuery::failedImportKeepsIndexes()
{
    const QString path = m_dir.filePath(QStringLiteral("failed.floorboard"));
    auto db = fbtest::openDb(path);
    QVERIFY(db);
    QVERIFY(fbtest::importFile(*db, Kind::Agents, fbtest::examplePath(Kind::Agents))->committed);
    QByteArray bad = fbtest::readAll(fbtest::examplePath(Kind::Interactions));
    bad += "C-BAD,NO-SUCH-AGENT,2026-10-01T09:00:00,voice,billing,120,1,0,0,0,5,refund\n";
    const QString file = m_dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(fbtest::writeFile(file, bad));
    auto report = fbtest::importFile(*db, Kind::Interactions, file);
    QVERIFY(report);
    QVERIFY(!report->committed);
    QCOMPARE(fbtest::dump(path, "SELECT count(*) FROM interactions"), QStringList{QStringLiteral("0")});
    QCOMPARE(indexes(path).size(), 2); // the rollback brought back what the bulk load dropped
}

QString TestInteractionQuery::plan(store::Database& db, const Q& query)
{
    auto p = store::explainFirstPage(db, query);
    return p.ok() ? QString::fromStdString(*p) : p.error().toString();
}

void TestInteractionQuery::ordersWalkAnIndex_data()
{
    QTest::addColumn<Q>("query");
    QTest::addColumn<QString>("index");
    Q q;
    QTest::newRow("newest first") << q << QStringLiteral("interactions_started");
    q.descending = false;
    QTest::newRow("oldest first") << q << QStringLiteral("interactions_started");
    q = {};
    q.fromDay = "2026-09-01";
    q.toDay = "2026-09-30";
    q.csat = Q::Csat::Surveyed;
    QTest::newRow("days, surveyed") << q << QStringLiteral("interactions_started");
    q = {};
    q.agentId = "A0001";
    QTest::newRow("one agent") << q << QStringLiteral("interactions_agent_started");
    q.fromDay = "2026-09-07";
    q.toDay = "2026-10-04";
    QTest::newRow("one agent, four weeks") << q << QStringLiteral("interactions_agent_started");
    q = {};
    q.sort = Q::Sort::Agent;
    QTest::newRow("by agent") << q << QStringLiteral("interactions_agent_started");
}

void TestInteractionQuery::ordersWalkAnIndex()
{
    QFETCH(Q, query);
    QFETCH(QString, index);
    const QString p = plan(*m_db, query);
    QVERIFY2(p.contains(index), qPrintable(p));
    QVERIFY2(!p.contains(QStringLiteral("TEMP B-TREE")), qPrintable(p)); // no sort of the matches
}

void TestInteractionQuery::rollupCountsEqualTableCounts_data()
{
    QTest::addColumn<Q>("query");
    QTest::addColumn<std::string>("sql");
    Q q;
    QTest::newRow("all") << q << std::string("SELECT count(*) FROM interactions");
    q.agentId = "A0003";
    q.fromDay = "2026-09-07"; // Monday of W37
    q.toDay = "2026-10-04";   // Sunday of W40
    q.csat = Q::Csat::Surveyed;
    QTest::newRow("agent, W37-W40, surveyed")
        << q
        << std::string("SELECT count(*) FROM interactions WHERE agent_id = 'A0003' AND csat IS NOT NULL AND "
                       "started_at >= '2026-09-07' AND started_at < '2026-10-05'");
    q.csat = Q::Csat::Any;
    q.fcr = Q::Fcr::Known;
    q.agentId.clear();
    q.team = "Tech Support";
    QTest::newRow("team, W37-W40, FCR known")
        << q
        << std::string("SELECT count(*) FROM interactions WHERE resolved_first_contact IS NOT NULL AND started_at >= "
                       "'2026-09-07' AND started_at < '2026-10-05' AND agent_id IN (SELECT agent_id FROM agents "
                       "WHERE team = 'Tech Support')");
    q.fcr = Q::Fcr::Resolved;
    q.team.clear();
    QTest::newRow("W37-W40, resolved")
        << q
        << std::string("SELECT count(*) FROM interactions WHERE resolved_first_contact = 1 AND started_at >= "
                       "'2026-09-07' AND started_at < '2026-10-05'");
    q = {};
    q.csat = Q::Csat::Top2;
    q.fromDay = "2026-09-08"; // a Tuesday: counted from the table
    QTest::newRow("from a Tuesday, top 2")
        << q << std::string("SELECT count(*) FROM interactions WHERE csat >= 4 AND started_at >= '2026-09-08'");
}

void TestInteractionQuery::rollupCountsEqualTableCounts()
{
    QFETCH(Q, query);
    QFETCH(std::string, sql);
    auto count = store::countInteractions(*m_db, query);
    QVERIFY(count.ok());
    QCOMPARE(QString::number(*count), fbtest::dump(m_demo, sql).value(0));
    QVERIFY(*count > 0);
}

void TestInteractionQuery::dataDays()
{
    auto days = store::interactionDays(*m_db);
    QVERIFY(days.ok());
    QCOMPARE(days->first, std::string("2026-07-06")); // sqlite3: min(started_at), max(started_at)
    QCOMPARE(days->last, std::string("2026-10-10"));
    auto queues = store::interactionQueues(*m_db);
    QVERIFY(queues.ok());
    QCOMPARE(*queues, (std::vector<std::string>{"billing", "general", "tech"}));
}

QTEST_MAIN(TestInteractionQuery)
#include "tst_interactionquery.moc"
