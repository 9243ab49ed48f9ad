// The site roles on a PostgreSQL site server (store/SiteRoles.h): a small site
// of two teams is set up by initSite(), then each login connects on its own,
// as psql would, and reads and writes exactly what its role allows. Runs
// against the throwaway cluster (tests/support/pg_cluster.sh). How init
// itself behaves (its rules, run twice, its refusals): tst_siteinit.
#include "SiteTestSite.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/ScorecardStore.h"

#include <algorithm>

using namespace fb::store;
using namespace sitetest;

namespace {

const QString kDatabase = QStringLiteral("fb_siteroles");
const QStringList kLogins{QStringLiteral("sr_manager"), QStringLiteral("sr_qa"), QStringLiteral("sr_lead_a"),
                          QStringLiteral("sr_lead_b"), QStringLiteral("sr_nobody")};

std::unique_ptr<sql::Connection> connectAs(const QString& user, const QString& database = kDatabase)
{
    return connectTo(database, user);
}

// A scorecard's sums as text, agents and team pulses sorted.
QStringList sumsText(const fb::analytics::PeriodSums& sums)
{
    QStringList out;
    for (const auto& [id, s] : sums.byAgent)
        out << QStringLiteral("%1 qa=%2 coaching=%3/%4 pulse=%5")
                   .arg(QString::fromStdString(id))
                   .arg(s.qaEvaluations)
                   .arg(s.coachingDone)
                   .arg(s.coachingDue)
                   .arg(s.pulseResponses);
    for (const auto& [team, s] : sums.pulseByTeam)
        out << QStringLiteral("%1 pulse responses=%2 answers=%3 sum=%4")
                   .arg(QString::fromStdString(team))
                   .arg(s.pulseResponses)
                   .arg(s.pulseScoreCount)
                   .arg(s.pulseScoreSum);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestSiteRoles final : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_site; // the administrator's (the cluster's superuser)

private slots:
    void initTestCase()
    {
        freshDatabase(kDatabase);
        auto admin = connectAs(QStringLiteral("floorboard"), QStringLiteral("postgres"));
        for (const QString& login : kLogins)
            run(*admin, "DROP ROLE IF EXISTS " + login.toStdString());
        run(*admin, "CREATE ROLE sr_nobody LOGIN");
        auto db = Database::open(conninfo(kDatabase));
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        m_site = std::move(db.value());
        run(m_site->connection(), kSeed);
        auto report = site::initSite(*m_site);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        using site::Role;
        QVERIFY(site::addMember(*m_site, "sr_manager", Role::SiteManager, {}).ok());
        QVERIFY(site::addMember(*m_site, "sr_qa", Role::QaLead, {}).ok());
        QVERIFY(site::addMember(*m_site, "sr_lead_a", Role::TeamLead, {"Team A"}).ok());
        QVERIFY(site::addMember(*m_site, "sr_lead_b", Role::TeamLead, {"Team B"}).ok());
    }

    void teamLeadReadsOnlyTheirTeams()
    {
        auto lead = connectAs(QStringLiteral("sr_lead_a"));
        QCOMPARE(rows(*lead, "SELECT note_id FROM coaching_notes ORDER BY 1"), QStringList({"n1", "n2", "n3"}));
        QCOMPARE(count(*lead, "coaching_notes", "agent_id = 'b1'"), QStringLiteral("0"));
        QCOMPARE(rows(*lead, "SELECT evaluation_id FROM qa_evaluations ORDER BY 1"), QStringList({"e1"}));
        QCOMPARE(count(*lead, "qa_scores", "evaluation_id <> 'e1'"), QStringLiteral("0"));
        QCOMPARE(rows(*lead, "SELECT ticket_id FROM feedback_tickets ORDER BY 1"), QStringList({"t1", "t2"}));
        // The site's scorecard data and people stay readable.
        QCOMPARE(count(*lead, "agents"), QStringLiteral("3"));
        QCOMPARE(rows(*lead, "SELECT login, team FROM site_team_leads"), QStringList({"sr_lead_a|Team A"}));
        auto other = connectAs(QStringLiteral("sr_lead_b"));
        QCOMPARE(rows(*other, "SELECT note_id FROM coaching_notes ORDER BY 1"), QStringList({"n4", "n5"}));
        QCOMPARE(rows(*other, "SELECT evaluation_id FROM qa_evaluations ORDER BY 1"), QStringList({"e2", "e3"}));
        QCOMPARE(rows(*other, "SELECT ticket_id FROM feedback_tickets ORDER BY 1"), QStringList({"t3"}));
    }

    void teamLeadWritesOnlyTheirTeams()
    {
        auto lead = connectAs(QStringLiteral("sr_lead_a"));
        QCOMPARE(refusal(*lead, "INSERT INTO coaching_notes(note_id, agent_id, coach, coached_on, attribute, "
                                "target_metric, target, follow_up_on) VALUES ('x1', 'b1', 'Lead A', '2026-03-09', "
                                "'Empathy', 'csat', 0.9, '2026-03-11')"),
                 QStringLiteral("ReadOnly: new row violates row-level security policy for table \"coaching_notes\""));
        QCOMPARE(refusal(*lead, "UPDATE coaching_notes SET agent_id = 'b1' WHERE note_id = 'n1'"),
                 QStringLiteral("ReadOnly: new row violates row-level security policy for table \"coaching_notes\""));
        Query hidden(*lead, "UPDATE coaching_notes SET coach = 'Lead A' WHERE note_id = 'n4'", {});
        QVERIFY(hidden.run().ok());
        QCOMPARE(hidden.changes(), 0); // another team's note is not there to change
        QCOMPARE(refusal(*lead, "INSERT INTO rubrics(version, created_at) VALUES (9, '2026-03-09')"),
                 QStringLiteral("ReadOnly: permission denied for table rubrics"));
        // Their own team's note goes in, and the generation trigger may count it.
        run(*lead, "BEGIN");
        QCOMPARE(refusal(*lead, "INSERT INTO coaching_notes(note_id, agent_id, coach, coached_on, attribute, "
                                "target_metric, target, follow_up_on) VALUES ('x2', 'a2', 'Lead A', '2026-03-09', "
                                "'Empathy', 'csat', 0.9, '2026-03-11')"),
                 QStringLiteral("written"));
        run(*lead, "ROLLBACK");
        auto admin = connectAs(QStringLiteral("floorboard"));
        QCOMPARE(rows(*admin, "SELECT agent_id, coach FROM coaching_notes WHERE note_id IN ('n1', 'n4', 'x1', 'x2') "
                              "ORDER BY note_id"),
                 QStringList({"a1|Lead A", "b1|Lead B"}));
    }

    void anonymousPulsesOnlyThroughTheirAggregates()
    {
        for (const QString& login : {QStringLiteral("sr_lead_a"), QStringLiteral("sr_qa")}) {
            auto c = connectAs(login);
            QCOMPARE(rows(*c, "SELECT count(*) FROM pulse_responses"),
                     QStringList{"ERROR: permission denied for table pulse_responses"});
            QCOMPARE(c->lastFailure(), sql::Failure::ReadOnly);
            // Team A's role clarity has 6 anonymous answers; its fairness (3)
            // and all of Team B (4) stay out; p7 is signed, so not anonymous.
            QCOMPARE(rows(*c, "SELECT * FROM site_pulse_cells ORDER BY 1, 2, 3"),
                     QStringList{"Team A|2026-W10|role_clarity|6|22"});
        }
        auto manager = connectAs(QStringLiteral("sr_manager"));
        QCOMPARE(count(*manager, "pulse_responses"), QStringLiteral("11"));
    }

    void qaLeadOwnsRubricEvaluationsAndCalibration()
    {
        auto qa = connectAs(QStringLiteral("sr_qa"));
        QCOMPARE(count(*qa, "coaching_notes"), QStringLiteral("5"));
        QCOMPARE(count(*qa, "qa_evaluations"), QStringLiteral("3"));
        run(*qa, "BEGIN");
        QCOMPARE(refusal(*qa, "INSERT INTO rubrics(version, created_at) VALUES (9, '2026-03-09');"
                              "INSERT INTO qa_evaluations(evaluation_id, agent_id, evaluator, evaluated_at, "
                              "rubric_version) VALUES ('e9', 'b1', 'QA', '2026-03-09', 1);"
                              "INSERT INTO calibration_sessions(session_id, held_on, facilitator, rubric_version) "
                              "VALUES ('c1', '2026-03-09', 'QA', 1)"),
                 QStringLiteral("written"));
        run(*qa, "ROLLBACK");
        QCOMPARE(refusal(*qa, "INSERT INTO coaching_notes(note_id, agent_id, coach, coached_on, attribute, "
                              "target_metric, target, follow_up_on) VALUES ('x3', 'a1', 'QA', '2026-03-09', "
                              "'Empathy', 'csat', 0.9, '2026-03-11')"),
                 QStringLiteral("ReadOnly: permission denied for table coaching_notes"));
        QCOMPARE(refusal(*qa, "UPDATE meta SET value = '99' WHERE key = 'schema_version'"), QStringLiteral("written"));
        auto admin = connectAs(QStringLiteral("floorboard"));
        QCOMPARE(rows(*admin, "SELECT value FROM meta WHERE key = 'schema_version'"),
                 QStringList{"11"}); // the UPDATE found no row it may change
    }

    void siteManagerDoesEverything()
    {
        auto manager = connectAs(QStringLiteral("sr_manager"));
        QCOMPARE(count(*manager, "coaching_notes"), QStringLiteral("5"));
        QCOMPARE(count(*manager, "feedback_tickets"), QStringLiteral("4"));
        run(*manager, "BEGIN");
        QCOMPARE(refusal(*manager, "INSERT INTO coaching_notes(note_id, agent_id, coach, coached_on, attribute, "
                                   "target_metric, target, follow_up_on) VALUES ('x4', 'b1', 'Site', '2026-03-09', "
                                   "'Empathy', 'csat', 0.9, '2026-03-11');"
                                   "INSERT INTO site_team_leads VALUES ('sr_lead_a', 'Team B');"
                                   "DELETE FROM pulse_responses WHERE response_id = 'p11'"),
                 QStringLiteral("written"));
        run(*manager, "ROLLBACK");
    }

    void loginWithoutRoleCannotConnect()
    {
        auto c = sql::openPostgres(conninfo(kDatabase, QStringLiteral("sr_nobody")).toStdString());
        QVERIFY(!c);
        QVERIFY2(c.error().reason.contains(QLatin1String("permission denied for database \"fb_siteroles\"")),
                 qPrintable(c.error().reason));
    }

    void membersAreListedAndRemoved()
    {
        auto members = site::listMembers(*m_site);
        QVERIFY(members);
        QStringList listed;
        for (const auto& m : *members)
            if (m.login.startsWith(QLatin1String("sr_")))
                listed << m.login + QLatin1Char(' ') + site::roleKey(m.role) + QLatin1Char(' ') +
                              m.teams.join(QLatin1Char(','));
        QCOMPARE(listed, QStringList({"sr_lead_a team-lead Team A", "sr_lead_b team-lead Team B",
                                      "sr_manager site-manager ", "sr_qa qa-lead "}));
        QCOMPARE(site::addMember(*m_site, "sr_lead_a", site::Role::TeamLead, {"Team C"}).error().toString(),
                 named(kDatabase) + QStringLiteral(": there is no team \"Team C\" on this site; nothing was changed"));
        QCOMPARE(site::addMember(*m_site, "floorboard", site::Role::TeamLead, {"Team A"}).error().toString(),
                 named(kDatabase) +
                     QStringLiteral(": the login floorboard is a superuser or bypasses row-level security, "
                                    "so no site role would hold it; give the person a login of their own; nothing was "
                                    "changed"));
        // Lead B also leads Team A for a while, then only Team B again.
        QVERIFY(site::addMember(*m_site, "sr_lead_b", site::Role::TeamLead, {"Team A"}).ok());
        QCOMPARE(count(*connectAs(QStringLiteral("sr_lead_b")), "coaching_notes"), QStringLiteral("5"));
        QVERIFY(site::removeMember(*m_site, "sr_lead_b", site::Role::TeamLead, {"Team A"}).ok());
        QCOMPARE(count(*connectAs(QStringLiteral("sr_lead_b")), "coaching_notes"), QStringLiteral("2"));
    }

    // A lead's login opens the store at its version without writing, and
    // reads the scorecard the site manager reads, or says why it cannot.
    void teamLeadOpensTheStoreAndTheScorecard()
    {
        const int week = 202610;
        auto lead = Database::open(conninfo(kDatabase, QStringLiteral("sr_lead_a")));
        QVERIFY2(lead, lead ? "" : qPrintable(lead.error().toString()));
        QCOMPARE(lead.value()->schemaVersion(), 11);
        // The cache is out of date (the seed): the lead may not compute it.
        const QString refused =
            named(kDatabase) +
            QStringLiteral(
                ": the scorecard's QA, pulse and coaching figures are out of date, and this login (sr_lead_a) "
                "may not compute them again: it does not read every team's records and the anonymous pulse answers "
                "they come from. They are brought up to date the next time a site manager opens a scorecard");
        QCOMPARE(loadPeriodSums(*lead.value(), week, week).error().toString(), refused);
        auto manager = Database::open(conninfo(kDatabase, QStringLiteral("sr_manager")));
        QVERIFY(manager);
        auto full = loadPeriodSums(*manager.value(), week, week);
        QVERIFY2(full, full ? "" : qPrintable(full.error().toString()));
        const QStringList expected{"Team A pulse responses=7 answers=7 sum=25", "a1 qa=1 coaching=0/2 pulse=1",
                                   "a2 qa=0 coaching=0/1 pulse=0", "b1 qa=2 coaching=0/2 pulse=0"};
        QCOMPARE(sumsText(*full), expected);
        auto seen = loadPeriodSums(*lead.value(), week, week);
        QVERIFY2(seen, seen ? "" : qPrintable(seen.error().toString()));
        QCOMPARE(sumsText(*seen), expected);
        // A note of the lead's own makes the cache out of date again.
        run(lead.value()->connection(),
            "INSERT INTO coaching_notes(note_id, agent_id, coach, coached_on, attribute, target_metric, target, "
            "follow_up_on) VALUES ('n6', 'a2', 'Lead A', '2026-03-02', 'Hold', 'aht', 300, '2026-03-05')");
        QCOMPARE(loadPeriodSums(*lead.value(), week, week).error().toString(), refused);
    }

    // Only the tables' owner can change them: a lead's Floorboard of a newer
    // version leaves an older schema as it is, and says who upgrades it.
    void leadLeavesAnOlderSchemaAlone()
    {
        auto admin = connectAs(QStringLiteral("floorboard"));
        run(*admin, "UPDATE meta SET value = '10' WHERE key = 'schema_version'");
        auto lead = Database::open(conninfo(kDatabase, QStringLiteral("sr_lead_a")));
        const QStringList version = rows(*admin, "SELECT value FROM meta WHERE key = 'schema_version'");
        run(*admin, "UPDATE meta SET value = '11' WHERE key = 'schema_version'");
        QVERIFY(!lead);
        QCOMPARE(lead.error().toString(),
                 named(kDatabase) + QStringLiteral(": has an older schema (version 10), which only the site's "
                                                   "administrator can upgrade: floorboard-cli site init ADDRESS "
                                                   "--admin; nothing was changed"));
        QCOMPARE(version, QStringList{"10"});
        QCOMPARE(count(*admin, "record_history"), QStringLiteral("0"));
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (const int skip = fb::test::skipWithoutCluster())
        return skip; // CTest's SKIP_RETURN_CODE for this test
    TestSiteRoles test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_siteroles.moc"
