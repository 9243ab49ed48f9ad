#pragma once

// What the site roles' tests (tst_siteroles, tst_siteinit) share: connecting
// to a database of the throwaway cluster as any login (its trust
// authentication over the socket lets "user=NAME" connect as that login),
// reading rows as text, and a small site of two teams to seed.
#include "FbTestSupport.h"
#include "store/SiteRoles.h"
#include "store/Sql.h"

namespace sitetest {

using namespace fb::store;

inline QString conninfo(const QString& database, const QString& user = QStringLiteral("floorboard"))
{
    QString c = QString::fromStdString(fb::test::clusterConninfo());
    c.replace(QLatin1String("dbname=postgres"), QStringLiteral("dbname=") + database);
    c.replace(QLatin1String("user=floorboard"), QStringLiteral("user=") + user);
    return c;
}

// How the store names a database of the cluster in its messages.
inline QString named(const QString& database)
{
    const QString info = QString::fromStdString(fb::test::clusterConninfo());
    const QString host = info.section(QLatin1String("host="), 1).section(QLatin1Char(' '), 0, 0);
    return QStringLiteral("site database %1 on %2").arg(database, host);
}

inline std::unique_ptr<sql::Connection> connectTo(const QString& database, const QString& user)
{
    auto c = sql::openPostgres(conninfo(database, user).toStdString());
    if (!c)
        qFatal("%s", qPrintable(c.error().toString()));
    return std::move(c).value();
}

// The rows of a query, each as "a|b|c"; a failure as "ERROR: message".
inline QStringList rows(sql::Connection& db, const std::string& query)
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

inline QString count(sql::Connection& db, const std::string& table, const std::string& where = "true")
{
    return rows(db, "SELECT count(*) FROM " + table + " WHERE " + where).join(QLatin1Char(','));
}

// The engine's refusal of a write, with the failure kind the store acts on.
inline QString refusal(sql::Connection& db, const std::string& statement)
{
    const fb::Status st = db.exec(statement);
    if (st.ok())
        return QStringLiteral("written");
    const QString kind = db.lastFailure() == sql::Failure::ReadOnly ? QStringLiteral("ReadOnly") : QStringLiteral("?");
    return kind + QStringLiteral(": ") + st.error().reason;
}

inline void run(sql::Connection& db, const std::string& statements)
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
inline void freshDatabase(const QString& name)
{
    auto admin = connectTo(QStringLiteral("postgres"), QStringLiteral("floorboard"));
    run(*admin, "DROP DATABASE IF EXISTS " + name.toStdString());
    for (site::Role role : site::kRoles)
        run(*admin, "DROP ROLE IF EXISTS " + site::groupRoleName(name, role).toStdString());
    run(*admin, "CREATE DATABASE " + name.toStdString());
}

// A scorecard's sums as text, agents and team pulses sorted.

} // namespace sitetest
