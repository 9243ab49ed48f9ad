// floorboard-cli site init and site member (app/cli/Site*Command.cpp): the
// refusals on a file, which need no server, and on the throwaway cluster
// (tests/support/pg_cluster.sh) an init run twice and the people added.
#include "FbTestSupport.h"
#include "ProcessRun.h"

#include <QTemporaryDir>

using namespace fbtest;

class TestSiteRolesCli final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    ProcessRun cli(const QStringList& args)
    {
        return runProcess(QStringLiteral(FB_CLI), args, isolatedEnvironment(m_dir.path()));
    }

private slots:
    void refusesAFileAndMakesNone()
    {
        const QString file = m_dir.filePath(QStringLiteral("team.db"));
        auto r = cli({"site", "init", file, "--admin"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, "error: " + file +
                            ": is a file, and a file has no roles: site init sets up a PostgreSQL site server "
                            "(postgresql://host/site or service=NAME); nothing was changed\n");
        r = cli({"--db", file, "site", "member", "add", "jon", "--role", "team-lead", "--team", "Billing"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, "error: " + file +
                            ": is a file, and a file has no roles: site members belong to a PostgreSQL site server "
                            "(--db postgresql://host/site)\n");
        QVERIFY(!QFile::exists(file));
    }

    void initTwiceThenMembers()
    {
        if (fb::test::clusterSetting("conninfo").isEmpty())
            QSKIP("no PostgreSQL cluster (run through CTest with PostgreSQL installed)");
        auto admin = fb::store::sql::openPostgres(fb::test::clusterConninfo());
        QVERIFY(admin);
        QVERIFY(admin.value()->exec("DROP DATABASE IF EXISTS fb_sitecli").ok());
        for (const char* role : {"fb_sitecli_site_manager", "fb_sitecli_qa_lead", "fb_sitecli_team_lead"})
            QVERIFY(admin.value()->exec(std::string("DROP ROLE IF EXISTS ") + role).ok());
        QVERIFY(admin.value()->exec("DROP ROLE IF EXISTS sc_priya").ok());
        QVERIFY(admin.value()->exec("CREATE DATABASE fb_sitecli").ok());
        QString site = fb::test::clusterSetting("conninfo");
        site.replace(QLatin1String("dbname=postgres"), QLatin1String("dbname=fb_sitecli"));
        const QString tail = "45 tables and views with their rights, 15 of them with row-level security by team.\n"
                             "Add people with: floorboard-cli --db ADDRESS site member add LOGIN --role ROLE "
                             "[--team TEAM]\n";
        auto r = cli({"site", "init", site, "--admin"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, "site fb_sitecli is ready (schema version 11), with its roles:\n"
                        "  fb_sitecli_site_manager                  created\n"
                        "  fb_sitecli_qa_lead                       created\n"
                        "  fb_sitecli_team_lead                     created\n" +
                            tail);
        r = cli({"site", "init", site, "--admin"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, "site fb_sitecli is ready (schema version 11), with its roles:\n"
                        "  fb_sitecli_site_manager                  already there\n"
                        "  fb_sitecli_qa_lead                       already there\n"
                        "  fb_sitecli_team_lead                     already there\n" +
                            tail);
        r = cli({"--db", site, "site", "member", "add", "sc_priya", "--role", "qa-lead"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, "sc_priya is a qa-lead\n");
        r = cli({"--db", site, "site", "member", "add", "sc_jon", "--role", "team-lead", "--team", "Billing"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.endsWith(": there is no team \"Billing\" on this site; nothing was changed\n"),
                 qPrintable(r.err));
        r = cli({"--db", site, "site", "member", "list"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("sc_priya\tqa-lead\t\n"), qPrintable(r.out));
        QVERIFY(!r.out.contains("sc_jon"));
        r = cli({"--db", site, "site", "member", "remove", "sc_priya"});
        QCOMPARE(r.out, "sc_priya removed\n");
        r = cli({"--db", site, "site", "member", "list"});
        QVERIFY(!r.out.contains("sc_priya"));
    }
};

QTEST_GUILESS_MAIN(TestSiteRolesCli)
#include "tst_siteroles_cli.moc"
