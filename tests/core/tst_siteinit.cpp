// site init on a PostgreSQL site server (store/SiteRoles.h): every table of
// the schema has a rule for the three roles, a table without one makes init
// refuse, running it twice changes nothing, the database's owner with
// CREATEROLE can run it, and a file is refused. What each login may then do:
// tst_siteroles. Runs against the throwaway cluster (tests/support/pg_cluster.sh).
#include "SiteTestSite.h"
#include "store/Database.h"

#include <QTemporaryDir>

using namespace fb::store;
using namespace sitetest;

namespace {

const QString kDatabase = QStringLiteral("fb_siteinit");

std::unique_ptr<sql::Connection> connectAs(const QString& user, const QString& database = kDatabase)
{
    return connectTo(database, user);
}

} // namespace

class TestSiteInit final : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_site; // the administrator's (the cluster's superuser)

    // What initSite() decides, as the catalog holds it.
    QStringList catalogState()
    {
        auto admin = connectAs(QStringLiteral("floorboard"));
        QStringList out;
        for (const char* q :
             {"SELECT tablename, policyname, cmd, array_to_string(roles, ','), coalesce(qual, ''), "
              "coalesce(with_check, '') FROM pg_policies WHERE schemaname = 'public' ORDER BY 1, 2",
              "SELECT relname, coalesce(relacl::text, ''), relrowsecurity, relforcerowsecurity FROM pg_class "
              "WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'v') ORDER BY 1",
              "SELECT datacl::text FROM pg_database WHERE datname = current_database()",
              "SELECT r.rolname, m.rolname FROM pg_auth_members am JOIN pg_roles r ON r.oid = am.roleid "
              "JOIN pg_roles m ON m.oid = am.member WHERE r.rolname LIKE 'fb_siteinit%' ORDER BY 1, 2",
              "SELECT pg_get_viewdef('site_pulse_cells')", "SELECT * FROM site_team_leads ORDER BY 1, 2"})
            out << rows(*admin, q);
        return out;
    }

private slots:
    void initTestCase()
    {
        // Databases (and their roles) of an earlier run first: a login with
        // rights in a database cannot be dropped.
        for (const char* name : {"fb_siteinit_owned", "fb_siteinit_stray", "fb_siteinit"})
            freshDatabase(QString::fromLatin1(name));
        auto admin = connectAs(QStringLiteral("floorboard"), QStringLiteral("postgres"));
        run(*admin, "DROP DATABASE fb_siteinit_owned");
        run(*admin, "DROP DATABASE fb_siteinit_stray");
        run(*admin, "DROP ROLE IF EXISTS si_admin");
        run(*admin, "DROP ROLE IF EXISTS si_lead");
        auto db = Database::open(conninfo(kDatabase));
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        m_site = std::move(db.value());
        run(m_site->connection(), kSeed);
        auto report = site::initSite(*m_site);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->groupRoles,
                 QStringList({"fb_siteinit_site_manager", "fb_siteinit_qa_lead", "fb_siteinit_team_lead"}));
        QCOMPARE(report->createdRoles, report->groupRoles);
        QCOMPARE(report->tables, 45);
        QCOMPARE(report->rowSecurity, 15);
        QVERIFY(site::addMember(*m_site, "si_lead", site::Role::TeamLead, {"Team A"}).ok());
    }

    // Every table and view of the schema has a rule, and what each role gets
    // is this list (site manager | QA lead | team lead; "rows" where
    // row-level security narrows it).
    void classifiesEveryTable()
    {
        QStringList ruled;
        for (const auto& rule : site::tableRules()) {
            QStringList cells{QString::fromLatin1(rule.table)};
            for (site::Role role : site::kRoles) {
                const site::Access& a = site::accessOf(rule, role);
                QString cell = a.grants ? QString::fromLatin1(a.grants) : QStringLiteral("-");
                cell.replace(QLatin1String("SELECT, INSERT, UPDATE, DELETE"), QLatin1String("all"));
                if (a.readRows)
                    cell += QStringLiteral(" (own rows)");
                else if (a.writeRows)
                    cell += QStringLiteral(" (writes own rows)");
                cells << cell;
            }
            ruled << cells.join(QLatin1String(" | "));
        }
        QCOMPARE(ruled, QStringList({
                            "meta | all | SELECT, UPDATE (writes own rows) | SELECT, UPDATE (writes own rows)",
                            "settings | all | SELECT | SELECT",
                            "teams | all | SELECT | SELECT",
                            "agents | all | SELECT | SELECT",
                            "interactions | all | SELECT | SELECT",
                            "interaction_rollups | all | SELECT | SELECT",
                            "import_log | all | all | all",
                            "site_holidays | all | SELECT | SELECT",
                            "site_team_leads | all | SELECT | SELECT (own rows)",
                            "scorecard_definitions | all | SELECT | SELECT",
                            "scorecard_metrics | all | SELECT | SELECT",
                            "people_rollups | all | SELECT | SELECT",
                            "team_pulse_rollups | all | SELECT | SELECT",
                            "pulse_responses | all | - | -",
                            "site_pulse_cells | SELECT | SELECT | SELECT",
                            "rubrics | all | all | SELECT",
                            "rubric_attributes | all | all | SELECT",
                            "rubric_anchors | all | all | SELECT",
                            "qa_evaluations | all | all | all (own rows)",
                            "qa_scores | all | all | all (own rows)",
                            "qa_score_comments | all | all | all (own rows)",
                            "calibration_sessions | all | all | SELECT",
                            "calibration_participants | all | all | SELECT",
                            "calibration_units | all | all | SELECT",
                            "calibration_scores | all | all | SELECT",
                            "calibration_consensus | all | all | SELECT",
                            "coaching_notes | all | SELECT | all (own rows)",
                            "coaching_follow_ups | all | SELECT | all (own rows)",
                            "record_history | all | all (writes own rows) | all (own rows)",
                            "mentoring_pairs | all | SELECT | all (own rows)",
                            "mentoring_sessions | all | SELECT | all (own rows)",
                            "mentoring_capacity | all | SELECT | all (writes own rows)",
                            "recognitions | all | SELECT | all (own rows)",
                            "recognition_behaviors | all | SELECT | SELECT",
                            "feedback_tickets | all | SELECT | all (own rows)",
                            "feedback_history | all | SELECT | all (own rows)",
                            "feedback_plus_ones | all | SELECT | all (own rows)",
                            "feedback_categories | all | SELECT | SELECT",
                            "programs | all | SELECT | SELECT",
                            "program_teams | all | SELECT | SELECT",
                            "program_frictions | all | SELECT | SELECT",
                            "program_fixes | all | SELECT | SELECT",
                            "program_fix_queues | all | SELECT | SELECT",
                            "incentive_plans | all | SELECT | SELECT",
                            "incentive_components | all | SELECT | SELECT",
                        }));
        // ... and the catalog has exactly these (a new table makes init refuse: refusesATableWithoutARule).
        QStringList names;
        for (const auto& rule : site::tableRules())
            names << QString::fromLatin1(rule.table);
        names.sort();
        auto admin = connectAs(QStringLiteral("floorboard"));
        QCOMPARE(rows(*admin, "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                              "AND relkind IN ('r', 'v') ORDER BY 1"),
                 names);
    }

    void initTwiceChangesNothing()
    {
        const QStringList before = catalogState();
        auto again = site::initSite(*m_site);
        QVERIFY2(again, again ? "" : qPrintable(again.error().toString()));
        QCOMPARE(again->createdRoles, QStringList());
        QCOMPARE(catalogState(), before);
    }

    void refusesATableWithoutARule()
    {
        const QString name = QStringLiteral("fb_siteinit_stray");
        freshDatabase(name);
        auto db = Database::open(conninfo(name));
        QVERIFY(db);
        run(db.value()->connection(), "CREATE TABLE stray_notes (note TEXT)");
        QCOMPARE(
            site::initSite(*db.value()).error().toString(),
            named(name) +
                QStringLiteral(": the site's tables stray_notes have no rule for the site roles "
                               "(core/store/SiteAccessRules.cpp), so they would be left open or closed by accident; "
                               "nothing was changed"));
        auto admin = connectAs(QStringLiteral("floorboard"), name);
        QCOMPARE(rows(*admin, "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'fb_siteinit_stray%'"),
                 QStringList{"0"});
        QCOMPARE(rows(*admin, "SELECT count(*) FROM pg_class WHERE relname = 'site_team_leads'"), QStringList{"0"});
    }

    // The administrator of docs/site-server.md: not a superuser, but the
    // database's owner with CREATEROLE. The forced policies hold it too, so
    // init makes it a site manager.
    void ownerWithCreateRoleIsTheAdministrator()
    {
        const QString name = QStringLiteral("fb_siteinit_owned");
        freshDatabase(name);
        auto cluster = connectAs(QStringLiteral("floorboard"), QStringLiteral("postgres"));
        run(*cluster, "DROP ROLE IF EXISTS si_admin; CREATE ROLE si_admin LOGIN CREATEROLE;"
                      "ALTER DATABASE fb_siteinit_owned OWNER TO si_admin");
        auto db = Database::open(conninfo(name, QStringLiteral("si_admin")));
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        run(db.value()->connection(), kSeed);
        auto report = site::initSite(*db.value());
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QVERIFY(site::addMember(*db.value(), "si_lead", site::Role::TeamLead, {"Team B"}).ok());
        auto admin = connectAs(QStringLiteral("si_admin"), name);
        QCOMPARE(count(*admin, "coaching_notes"), QStringLiteral("5"));
        QCOMPARE(count(*admin, "pulse_responses"), QStringLiteral("11"));
        QCOMPARE(rows(*admin, "SELECT pg_has_role('si_admin', 'fb_siteinit_owned_site_manager', 'MEMBER')::int"),
                 QStringList{"1"});
        // The same login leads Team A on one site and Team B on the other.
        QCOMPARE(rows(*connectAs(QStringLiteral("si_lead"), name), "SELECT note_id FROM coaching_notes ORDER BY 1"),
                 QStringList({"n4", "n5"}));
    }

    void refusesAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("team.db"));
        QVERIFY(Database::open(path)); // made, and closed again
        const QByteArray before = fbtest::sha256(path);
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE(site::initSite(*db.value()).error().toString(),
                 path + QStringLiteral(": is a file, and a file has no roles: site init sets up the roles of a "
                                       "PostgreSQL site server (postgresql://host/site); nothing was changed"));
        QCOMPARE(site::listMembers(*db.value()).error().toString(),
                 path + QStringLiteral(": is a file, and a file has no roles: site members belong to a PostgreSQL "
                                       "site server"));
        QVERIFY(site::canRecomputePeopleFigures(*db.value()).ok());
        db.value().reset();
        QCOMPARE(fbtest::sha256(path), before);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (const int skip = fb::test::skipWithoutCluster())
        return skip; // CTest's SKIP_RETURN_CODE for this test
    TestSiteInit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_siteinit.moc"
