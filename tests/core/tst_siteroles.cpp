// The site roles on a PostgreSQL site server (store/SiteRoles.h): a small site
// of two teams is set up by initSite(), then each login connects on its own,
// as psql would, and reads and writes exactly what its role allows. Runs
// against the throwaway cluster (tests/support/pg_cluster.sh); its trust
// authentication over the socket lets "user=NAME" connect as any login.
#include "FbTestSupport.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/ScorecardStore.h"
#include "store/SiteRoles.h"
#include "store/Sql.h"

#include <QTemporaryDir>

#include <algorithm>

using namespace fb::store;

namespace {

const QString kDatabase = QStringLiteral("fb_siteroles");
const QStringList kLogins{QStringLiteral("sr_manager"), QStringLiteral("sr_qa"),     QStringLiteral("sr_lead_a"),
                          QStringLiteral("sr_lead_b"),  QStringLiteral("sr_nobody"), QStringLiteral("sr_admin")};

// The cluster's connection string for `database`, as `user`.
QString conninfo(const QString& database, const QString& user = QStringLiteral("floorboard"))
{
    QString c = QString::fromStdString(fb::test::clusterConninfo());
    c.replace(QLatin1String("dbname=postgres"), QStringLiteral("dbname=") + database);
    c.replace(QLatin1String("user=floorboard"), QStringLiteral("user=") + user);
    return c;
}

// How the store names a database of the cluster in its messages.
QString named(const QString& database)
{
    const QString info = QString::fromStdString(fb::test::clusterConninfo());
    const QString host = info.section(QLatin1String("host="), 1).section(QLatin1Char(' '), 0, 0);
    return QStringLiteral("site database %1 on %2").arg(database, host);
}

std::unique_ptr<sql::Connection> connectAs(const QString& user, const QString& database = kDatabase)
{
    auto c = sql::openPostgres(conninfo(database, user).toStdString());
    if (!c)
        qFatal("%s", qPrintable(c.error().toString()));
    return std::move(c).value();
}

// The rows of a query, each as "a|b|c"; a failure as "ERROR: message".
QStringList rows(sql::Connection& db, const std::string& query)
{
    QStringList out;
    Query q(db, query, {});
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < q.columnCount(); ++c)
            cells << (q.isNull(c) ? QStringLiteral("NULL") : q.qtext(c));
        out << cells.join(QLatin1Char('|'));
    }
    if (!q.ok())
        return {QStringLiteral("ERROR: ") + q.error().reason};
    return out;
}

QString count(sql::Connection& db, const std::string& table, const std::string& where = "true")
{
    return rows(db, "SELECT count(*) FROM " + table + " WHERE " + where).join(QLatin1Char(','));
}

// The engine's refusal of a write, with the failure kind the store acts on.
QString refusal(sql::Connection& db, const std::string& statement)
{
    const fb::Status st = db.exec(statement);
    if (st.ok())
        return QStringLiteral("written");
    const QString kind = db.lastFailure() == sql::Failure::ReadOnly ? QStringLiteral("ReadOnly") : QStringLiteral("?");
    return kind + QStringLiteral(": ") + st.error().reason;
}

void run(sql::Connection& db, const std::string& statements)
{
    const fb::Status st = db.exec(statements);
    if (!st.ok())
        qFatal("%s", qPrintable(st.error().toString()));
}

// Two teams of a small site: coaching notes, evaluations, tickets and pulses
// in ISO week 2026-W10 (Monday 2026-03-02).
const char* const kSeed = R"sql(
INSERT INTO teams VALUES ('Team A'), ('Team B');
INSERT INTO agents(agent_id, name, team) VALUES ('a1', 'Ada', 'Team A'), ('a2', 'Alan', 'Team A'), ('b1', 'Bea', 'Team B');
INSERT INTO coaching_notes(note_id, agent_id, coach, coached_on, attribute, target_metric, target, follow_up_on)
  VALUES ('n1', 'a1', 'Lead A', '2026-03-02', 'Empathy', 'csat', 0.9, '2026-03-04'),
         ('n2', 'a1', 'Lead A', '2026-03-02', 'Hold', 'aht', 300, '2026-03-05'),
         ('n3', 'a2', 'Lead A', '2026-03-02', 'Empathy', 'csat', 0.9, '2026-03-04'),
         ('n4', 'b1', 'Lead B', '2026-03-02', 'Empathy', 'csat', 0.9, '2026-03-04'),
         ('n5', 'b1', 'Lead B', '2026-03-03', 'Hold', 'aht', 280, '2026-03-06');
INSERT INTO qa_evaluations(evaluation_id, agent_id, evaluator, evaluated_at, rubric_version)
  VALUES ('e1', 'a1', 'QA', '2026-03-03', 1), ('e2', 'b1', 'QA', '2026-03-03', 1), ('e3', 'b1', 'QA', '2026-03-04', 1);
INSERT INTO qa_scores(evaluation_id, attribute, score)
  SELECT e.evaluation_id, r.name, CASE r.scale WHEN 'yes/no' THEN 1 ELSE 4 END
  FROM qa_evaluations e CROSS JOIN rubric_attributes r WHERE r.version = 1;
INSERT INTO feedback_tickets(ticket_id, submitted_on, category, title, team, agent_id)
  VALUES ('t1', '2026-03-02', 'tool', 'CRM slow', 'Team A', NULL), ('t2', '2026-03-02', 'tool', 'Headset', NULL, 'a2'),
         ('t3', '2026-03-02', 'policy', 'Refunds', 'Team B', NULL), ('t4', '2026-03-02', 'product', 'Site-wide', NULL, NULL);
INSERT INTO pulse_responses(response_id, week, team, agent_id, role_clarity, fairness)
  VALUES ('p1', '2026-W10', 'Team A', NULL, 4, 5), ('p2', '2026-W10', 'Team A', NULL, 4, 5),
         ('p3', '2026-W10', 'Team A', NULL, 3, 5), ('p4', '2026-W10', 'Team A', NULL, 5, NULL),
         ('p5', '2026-W10', 'Team A', NULL, 2, NULL), ('p6', '2026-W10', 'Team A', NULL, 4, NULL),
         ('p7', '2026-W10', 'Team A', 'a1', 3, NULL),
         ('p8', '2026-W10', 'Team B', NULL, 1, NULL), ('p9', '2026-W10', 'Team B', NULL, 1, NULL),
         ('p10', '2026-W10', 'Team B', NULL, 1, NULL), ('p11', '2026-W10', 'Team B', NULL, 1, NULL);
)sql";

// A new, empty database of the cluster, its site roles and this test's
// logins gone (roles belong to the whole cluster and outlive a database).
void freshDatabase(const QString& name)
{
    auto admin = connectAs(QStringLiteral("floorboard"), QStringLiteral("postgres"));
    run(*admin, "DROP DATABASE IF EXISTS " + name.toStdString());
    for (site::Role role : site::kRoles)
        run(*admin, "DROP ROLE IF EXISTS " + site::groupRoleName(name, role).toStdString());
    run(*admin, "CREATE DATABASE " + name.toStdString());
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
              "JOIN pg_roles m ON m.oid = am.member WHERE r.rolname LIKE 'fb_siteroles%' ORDER BY 1, 2",
              "SELECT pg_get_viewdef('site_pulse_cells')", "SELECT * FROM site_team_leads ORDER BY 1, 2"})
            out << rows(*admin, q);
        return out;
    }

private slots:
    void initTestCase()
    {
        // Databases (and their roles) of an earlier run first: a login with
        // rights in a database cannot be dropped.
        for (const char* name : {"fb_siteroles_owned", "fb_siteroles_stray", "fb_siteroles"})
            freshDatabase(QString::fromLatin1(name));
        auto admin = connectAs(QStringLiteral("floorboard"), QStringLiteral("postgres"));
        run(*admin, "DROP DATABASE fb_siteroles_owned");
        run(*admin, "DROP DATABASE fb_siteroles_stray");
        for (const QString& login : kLogins)
            run(*admin, "DROP ROLE IF EXISTS " + login.toStdString());
        run(*admin, "CREATE ROLE sr_nobody LOGIN");
        auto db = Database::open(conninfo(kDatabase));
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        m_site = std::move(db.value());
        run(m_site->connection(), kSeed);
        auto report = site::initSite(*m_site);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->groupRoles,
                 QStringList({"fb_siteroles_site_manager", "fb_siteroles_qa_lead", "fb_siteroles_team_lead"}));
        QCOMPARE(report->createdRoles, report->groupRoles);
        QCOMPARE(report->tables, 45);
        QCOMPARE(report->rowSecurity, 15);
        using site::Role;
        QVERIFY(site::addMember(*m_site, "sr_manager", Role::SiteManager, {}).ok());
        QVERIFY(site::addMember(*m_site, "sr_qa", Role::QaLead, {}).ok());
        QVERIFY(site::addMember(*m_site, "sr_lead_a", Role::TeamLead, {"Team A"}).ok());
        QVERIFY(site::addMember(*m_site, "sr_lead_b", Role::TeamLead, {"Team B"}).ok());
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
        const QString name = QStringLiteral("fb_siteroles_stray");
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
        QCOMPARE(rows(*admin, "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'fb_siteroles_stray%'"),
                 QStringList{"0"});
        QCOMPARE(rows(*admin, "SELECT count(*) FROM pg_class WHERE relname = 'site_team_leads'"), QStringList{"0"});
    }

    // The administrator of docs/site-server.md: not a superuser, but the
    // database's owner with CREATEROLE. The forced policies hold it too, so
    // init makes it a site manager.
    void ownerWithCreateRoleIsTheAdministrator()
    {
        const QString name = QStringLiteral("fb_siteroles_owned");
        freshDatabase(name);
        auto cluster = connectAs(QStringLiteral("floorboard"), QStringLiteral("postgres"));
        run(*cluster, "DROP ROLE IF EXISTS sr_admin; CREATE ROLE sr_admin LOGIN CREATEROLE;"
                      "ALTER DATABASE fb_siteroles_owned OWNER TO sr_admin");
        auto db = Database::open(conninfo(name, QStringLiteral("sr_admin")));
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        run(db.value()->connection(), kSeed);
        auto report = site::initSite(*db.value());
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QVERIFY(site::addMember(*db.value(), "sr_lead_a", site::Role::TeamLead, {"Team B"}).ok());
        auto admin = connectAs(QStringLiteral("sr_admin"), name);
        QCOMPARE(count(*admin, "coaching_notes"), QStringLiteral("5"));
        QCOMPARE(count(*admin, "pulse_responses"), QStringLiteral("11"));
        QCOMPARE(rows(*admin, "SELECT pg_has_role('sr_admin', 'fb_siteroles_owned_site_manager', 'MEMBER')::int"),
                 QStringList{"1"});
        // The same login leads Team A on one site and Team B on the other.
        QCOMPARE(rows(*connectAs(QStringLiteral("sr_lead_a"), name), "SELECT note_id FROM coaching_notes ORDER BY 1"),
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
    TestSiteRoles test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_siteroles.moc"
