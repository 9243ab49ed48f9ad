// initSite(): the roles, privileges and row-level security of a site server
// (SiteRoles.h), from the rules of SiteAccessRules.cpp and the catalog.
#include "store/SiteRoles.h"

#include "analytics/PulseAnonymity.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/SiteSql.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QCoreApplication>

#include <fmt/format.h>

#include <cctype>
#include <map>
#include <set>
#include <string>

namespace fb::store::site {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::SiteRoles)
};

// Which teams a login leads, written by the site manager (site member add).
// A team that goes takes its rows with it.
constexpr const char* kTeamLeadsTable =
    "CREATE TABLE IF NOT EXISTS site_team_leads ("
    " login TEXT NOT NULL,"
    " team TEXT NOT NULL REFERENCES teams(name) ON UPDATE CASCADE ON DELETE CASCADE,"
    " PRIMARY KEY (login, team))";

// The publishable cells of anonymous pulse answers (analytics/PulseAnonymity.h):
// per team, ISO week and dimension, only cells of at least
// kMinAnonymousAnswers answers. Owned by the login that runs init, so it reads
// pulse_responses for those who may not; a security barrier, so that no
// condition of the reader's runs on the answers before they are grouped.
std::string pulseCellsView()
{
    return fmt::format("CREATE OR REPLACE VIEW site_pulse_cells WITH (security_barrier) AS "
                       "SELECT r.team, r.week, d.dimension, count(*) AS answers, sum(d.answer) AS answer_sum "
                       "FROM pulse_responses r CROSS JOIN LATERAL (VALUES ('role_clarity', r.role_clarity), "
                       "('tool_reliability', r.tool_reliability), ('coaching_usefulness', r.coaching_usefulness), "
                       "('schedule_fit', r.schedule_fit), ('fairness', r.fairness)) AS d(dimension, answer) "
                       "WHERE d.answer IS NOT NULL AND (r.agent_id IS NULL OR r.agent_id = '') "
                       "GROUP BY r.team, r.week, d.dimension HAVING count(*) >= {}",
                       analytics::kMinAnonymousAnswers);
}

bool rowSecured(const TableRule& rule)
{
    for (Role role : kRoles) {
        const Access& a = accessOf(rule, role);
        if (a.grants && (a.readRows || a.writeRows))
            return true;
    }
    return false;
}

// The policies of one role on a row-secured table: one per command granted.
std::vector<std::string> policies(const std::string& table, Role role, const Access& a, const std::string& group)
{
    std::vector<std::string> out;
    if (!a.grants)
        return out;
    const std::string grants = a.grants;
    const std::string read = a.readRows ? a.readRows : "true";
    const std::string write = a.writeRows ? a.writeRows : "true";
    const std::string name = "fb_" + roleKey(role).replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
    const auto add = [&](const char* command, const std::string& clauses) {
        if (grants.find(command) == std::string::npos)
            return;
        std::string lower = command;
        for (char& c : lower)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        out.push_back(
            fmt::format("CREATE POLICY {}_{} ON {} FOR {} TO {} {}", name, lower, table, command, group, clauses));
    };
    add("SELECT", "USING (" + read + ")");
    add("INSERT", "WITH CHECK (" + write + ")");
    add("UPDATE", "USING (" + write + ") WITH CHECK (" + write + ")");
    add("DELETE", "USING (" + write + ")");
    return out;
}

// The tables and views of the site's schema, each with its kind (pg_class.relkind).
Result<std::map<std::string, std::string>> relations(Database& db)
{
    Query q(db,
            "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')",
            Tr::tr("cannot list the site's tables"));
    std::map<std::string, std::string> out;
    while (q.next())
        out[q.text(0)] = q.text(1);
    if (!q.ok())
        return q.error();
    return out;
}

Status grantTable(Database& db, const TableRule& rule, const std::map<Role, std::string>& groups)
{
    const std::string table = quoteIdent(std::string(rule.table));
    std::string sql = fmt::format("REVOKE ALL ON {} FROM {}, {}, {};", table, groups.at(Role::SiteManager),
                                  groups.at(Role::QaLead), groups.at(Role::TeamLead));
    for (Role role : kRoles)
        if (const char* grants = accessOf(rule, role).grants)
            sql += fmt::format("GRANT {} ON {} TO {};", grants, table, groups.at(role));
    return execute(db, sql, Tr::tr("cannot grant the site roles their rights on %1").arg(QLatin1String(rule.table)));
}

// Row-level security of one table: its policies made again from the rule, or
// none (and security off) when no role is narrowed to rows.
Status secureRows(Database& db, const TableRule& rule, bool isView, const std::map<Role, std::string>& groups,
                  bool& secured)
{
    const QString what = Tr::tr("cannot set the row-level security of %1").arg(QLatin1String(rule.table));
    const std::string table = quoteIdent(std::string(rule.table));
    Query existing(db,
                   "SELECT policyname FROM pg_policies WHERE schemaname = current_schema() AND tablename = ? "
                   "AND policyname LIKE 'fb\\_%'",
                   what);
    existing.bind(1, rule.table);
    std::string sql;
    while (existing.next())
        sql += fmt::format("DROP POLICY {} ON {};", quoteIdent(existing.text(0)), table);
    if (!existing.ok())
        return existing.error();
    secured = rowSecured(rule);
    if (isView) {
        secured = false; // a view reads with its owner's rights: what it shows is its own rule
    } else if (!secured) {
        sql += fmt::format("ALTER TABLE {0} NO FORCE ROW LEVEL SECURITY; ALTER TABLE {0} DISABLE ROW LEVEL SECURITY;",
                           table);
    } else {
        // FORCE: the table's owner too goes through the policies (it is a
        // site manager, made one by initSite()).
        sql +=
            fmt::format("ALTER TABLE {0} ENABLE ROW LEVEL SECURITY; ALTER TABLE {0} FORCE ROW LEVEL SECURITY;", table);
        for (Role role : kRoles)
            for (const auto& p : policies(table, role, accessOf(rule, role), groups.at(role)))
                sql += p + ";";
    }
    return sql.empty() ? Status() : execute(db, sql, what);
}

} // namespace

Result<InitReport> initSite(Database& db)
{
    if (!db.isSiteServer())
        return Error{Tr::tr("is a file, and a file has no roles: site init sets up the roles of a PostgreSQL site "
                            "server (postgresql://host/site); nothing was changed"),
                     db.path()};
    auto login = currentSite(db);
    if (!login)
        return login.error();
    const SiteLogin& here = login.value();
    const QString name = db.connection().name();
    if (!here.mayCreateRoles)
        return Error{Tr::tr("the login %1 may not create roles: run site init as the site's administrator (a "
                            "superuser, or a role with CREATEROLE that owns the database); nothing was changed")
                         .arg(here.login),
                     name};
    InitReport report;
    report.database = here.database;
    std::map<Role, std::string> groups;
    for (Role role : kRoles) {
        const QString group = groupRoleName(here.database, role);
        if (group.toUtf8().size() > 63)
            return Error{Tr::tr("the role name %1 is longer than PostgreSQL's 63 bytes: give the site's database a "
                                "shorter name; nothing was changed")
                             .arg(group),
                         name};
        report.groupRoles << group;
        groups[role] = quoteIdent(group.toStdString());
    }
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const QString what = Tr::tr("cannot set up the site roles");
    if (auto st = execute(db, std::string(kTeamLeadsTable) + ";" + pulseCellsView(), what); !st)
        return st.error();
    auto found = relations(db);
    if (!found)
        return found.error();
    std::set<std::string> ruled;
    QStringList stray, gone;
    for (const auto& rule : tableRules()) {
        ruled.insert(rule.table);
        if (!found->count(rule.table))
            gone << QString::fromLatin1(rule.table);
    }
    for (const auto& entry : *found)
        if (!ruled.count(entry.first))
            stray << QString::fromStdString(entry.first);
    if (!stray.isEmpty())
        return Error{Tr::tr("the site's tables %1 have no rule for the site roles (core/store/SiteAccessRules.cpp), "
                            "so they would be left open or closed by accident; nothing was changed")
                         .arg(stray.join(QLatin1String(", "))),
                     name};
    if (!gone.isEmpty())
        return Error{Tr::tr("the rules for the site roles name tables the site does not have (%1); nothing was "
                            "changed")
                         .arg(gone.join(QLatin1String(", "))),
                     name};
    for (Role role : kRoles) {
        auto exists = roleExists(db, report.groupRoles[int(role)]);
        if (!exists)
            return exists.error();
        if (!*exists) {
            if (auto st = execute(db, "CREATE ROLE " + groups[role] + " NOLOGIN", what); !st)
                return st.error();
            report.createdRoles << report.groupRoles[int(role)];
        }
    }
    const std::string database = quoteIdent(here.database.toStdString());
    std::string sql = fmt::format("REVOKE ALL ON DATABASE {} FROM PUBLIC;", database);
    for (Role role : kRoles)
        sql += fmt::format("GRANT CONNECT ON DATABASE {0} TO {1}; GRANT USAGE ON SCHEMA public TO {1}; "
                           "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {1};",
                           database, groups[role]);
    // The login that sets the site up is its first site manager, so the
    // forced policies let it (the tables' owner) see every row.
    if (!here.member(report.groupRoles[int(Role::SiteManager)]))
        sql += fmt::format("GRANT {} TO {};", groups[Role::SiteManager], quoteIdent(here.login.toStdString()));
    if (auto st = execute(db, sql, what); !st)
        return st.error();
    for (const auto& rule : tableRules()) {
        if (auto st = grantTable(db, rule, groups); !st)
            return st.error();
        bool secured = false;
        if (auto st = secureRows(db, rule, found->at(rule.table) == "v", groups, secured); !st)
            return st.error();
        report.tables += 1;
        report.rowSecurity += secured ? 1 : 0;
    }
    if (auto st = (*tx)->commit(); !st)
        return st.error();
    return report;
}

} // namespace fb::store::site
