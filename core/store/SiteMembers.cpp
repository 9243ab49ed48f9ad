// The people of a site server (SiteRoles.h): which login is in which site
// role, and which teams a team lead leads.
#include "store/Database.h"
#include "store/Query.h"
#include "store/SiteRoles.h"
#include "store/SiteSql.h"
#include "store/Transaction.h"

#include <QCoreApplication>

#include <fmt/format.h>

#include <map>

namespace fb::store::site {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::SiteRoles)
};

// The site's database name, once its roles are set up; the refusal names
// what to run first.
Result<QString> siteWithRoles(Database& db)
{
    if (!db.isSiteServer())
        return Error{Tr::tr("is a file, and a file has no roles: site members belong to a PostgreSQL site server"),
                     db.path()};
    auto here = currentSite(db);
    if (!here)
        return here.error();
    auto ready = roleExists(db, groupRoleName(here->database, Role::TeamLead));
    if (!ready)
        return ready.error();
    if (!*ready)
        return Error{Tr::tr("has no site roles yet: run floorboard-cli site init ADDRESS --admin first"),
                     db.connection().name()};
    return here->database;
}

Status checkLeadable(Database& db, const QString& login, Role role, const QStringList& teams)
{
    const QString name = db.connection().name();
    if (login.isEmpty() || login.toUtf8().size() > 63)
        return Error{Tr::tr("a login is a name of 1 to 63 bytes, not \"%1\"").arg(login), name};
    if (role == Role::TeamLead && teams.isEmpty())
        return Error{Tr::tr("a team lead leads at least one team: name it with --team"), name};
    if (role != Role::TeamLead && !teams.isEmpty())
        return Error{Tr::tr("only a team lead leads teams; a %1 reads and writes the whole site").arg(roleKey(role)),
                     name};
    for (const QString& team : teams) {
        auto known = exists(db, "SELECT 1 FROM teams WHERE name = ?", team.toStdString(),
                            Tr::tr("cannot look for the team %1").arg(team));
        if (!known)
            return known.error();
        if (!*known)
            return Error{Tr::tr("there is no team \"%1\" on this site; nothing was changed").arg(team), name};
    }
    // Superusers and BYPASSRLS roles never meet row-level security: such a
    // login in a lead's role would read every team.
    Query q(db, "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = ?", Tr::tr("cannot read the login"));
    q.bind(1, login);
    if (q.next() && q.integer(0) != 0)
        return Error{Tr::tr("the login %1 is a superuser or bypasses row-level security, so no site role would hold "
                            "it; give the person a login of their own; nothing was changed")
                         .arg(login),
                     name};
    return q.status();
}

} // namespace

Status addMember(Database& db, const QString& login, Role role, const QStringList& teams)
{
    auto database = siteWithRoles(db);
    if (!database)
        return database.error();
    if (auto st = checkLeadable(db, login, role, teams); !st)
        return st;
    const QString what = Tr::tr("cannot add %1 to the site").arg(login);
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto known = roleExists(db, login);
    if (!known)
        return known.error();
    // Without a password: the administrator sets one (psql's \password), or
    // the server admits the login another way (pg_hba.conf).
    std::string sql = *known ? std::string() : "CREATE ROLE " + quoteIdent(login) + " LOGIN;";
    sql += "GRANT " + quoteIdent(groupRoleName(*database, role)) + " TO " + quoteIdent(login);
    if (auto st = execute(db, sql, what); !st)
        return st;
    Query lead(db, "INSERT INTO site_team_leads(login, team) VALUES (?, ?) ON CONFLICT DO NOTHING", what);
    for (const QString& team : teams) {
        lead.bind(1, login).bind(2, team);
        if (auto st = lead.run(); !st)
            return st;
        lead.reset();
    }
    return (*tx)->commit();
}

Result<std::vector<Member>> listMembers(Database& db)
{
    auto database = siteWithRoles(db);
    if (!database)
        return database.error();
    const QString what = Tr::tr("cannot list the site's members");
    std::map<std::string, Role> groups;
    for (Role role : kRoles)
        groups[groupRoleName(*database, role).toStdString()] = role;
    Query q(db,
            "SELECT m.rolname, g.rolname FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid "
            "JOIN pg_roles m ON m.oid = am.member WHERE g.rolname IN (?, ?, ?) ORDER BY 1, 2",
            what);
    int i = 1;
    for (const auto& entry : groups)
        q.bind(i++, entry.first);
    std::vector<Member> out;
    while (q.next())
        out.push_back({q.qtext(0), groups.at(q.text(1)), {}});
    if (!q.ok())
        return q.error();
    Query teams(db, "SELECT team FROM site_team_leads WHERE login = ? ORDER BY team", what);
    for (Member& m : out) {
        if (m.role != Role::TeamLead)
            continue;
        teams.bind(1, m.login);
        while (teams.next())
            m.teams << teams.qtext(0);
        teams.reset();
    }
    if (!teams.ok())
        return teams.error();
    return out;
}

Status removeMember(Database& db, const QString& login, std::optional<Role> role, const QStringList& teams)
{
    auto database = siteWithRoles(db);
    if (!database)
        return database.error();
    const QString what = Tr::tr("cannot take %1 out of the site").arg(login);
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    Query drop(db, "DELETE FROM site_team_leads WHERE login = ? AND team = ?", what);
    for (const QString& team : teams) {
        drop.bind(1, login).bind(2, team);
        if (auto st = drop.run(); !st)
            return st;
        if (drop.changes() == 0)
            return Error{Tr::tr("%1 does not lead the team \"%2\"; nothing was changed").arg(login, team),
                         db.connection().name()};
        drop.reset();
    }
    if (teams.isEmpty()) {
        auto known = roleExists(db, login);
        if (!known)
            return known.error();
        if (!*known)
            return Error{Tr::tr("there is no login %1; nothing was changed").arg(login), db.connection().name()};
        std::string sql;
        for (Role r : kRoles)
            if (!role || *role == r)
                sql += "REVOKE " + quoteIdent(groupRoleName(*database, r)) + " FROM " + quoteIdent(login) + ";";
        if (!role || *role == Role::TeamLead) {
            Query all(db, "DELETE FROM site_team_leads WHERE login = ?", what);
            all.bind(1, login);
            if (auto st = all.run(); !st)
                return st;
        }
        if (auto st = execute(db, sql, what); !st)
            return st;
    }
    return (*tx)->commit();
}

} // namespace fb::store::site
