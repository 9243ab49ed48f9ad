// The server's answers about logins and roles (SiteSql.h), and the names of
// the site roles (SiteRoles.h).
#include "store/SiteSql.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/SiteRoles.h"

#include <QCoreApplication>

namespace fb::store::site {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::SiteRoles)
};

} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::SiteManager:
        return QStringLiteral("site-manager");
    case Role::QaLead:
        return QStringLiteral("qa-lead");
    case Role::TeamLead:
        break;
    }
    return QStringLiteral("team-lead");
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role role : kRoles)
        if (roleKey(role) == key)
            return role;
    return std::nullopt;
}

QString groupRoleName(const QString& database, Role role)
{
    return database + QLatin1Char('_') + roleKey(role).replace(QLatin1Char('-'), QLatin1Char('_'));
}

std::string quoteIdent(const std::string& name)
{
    std::string out = "\"";
    for (char c : name) {
        out += c;
        if (c == '"')
            out += '"';
    }
    return out + '"';
}

Result<SiteLogin> currentSite(Database& db)
{
    const QString what = Tr::tr("cannot read the login's roles");
    SiteLogin out;
    {
        Query q(db,
                "SELECT current_user, current_database(), r.rolsuper OR r.rolcreaterole FROM pg_roles r "
                "WHERE r.rolname = current_user",
                what);
        if (q.next()) {
            out.login = q.qtext(0);
            out.database = q.qtext(1);
            out.mayCreateRoles = q.integer(2) != 0;
        }
        if (!q.ok())
            return q.error();
    }
    Query groups(db,
                 "SELECT g.rolname FROM pg_roles g WHERE pg_has_role(current_user, g.oid, 'MEMBER') "
                 "AND g.rolname <> current_user",
                 what);
    while (groups.next())
        out.groups << groups.qtext(0);
    if (!groups.ok())
        return groups.error();
    return out;
}

Result<bool> roleExists(Database& db, const QString& role)
{
    return exists(db, "SELECT 1 FROM pg_roles WHERE rolname = ?", role.toStdString(),
                  Tr::tr("cannot look for the role %1").arg(role));
}

Status canRecomputePeopleFigures(Database& db)
{
    if (!db.isSiteServer())
        return {};
    Query q(db, "SELECT has_table_privilege('pulse_responses', 'SELECT'), current_user",
            Tr::tr("cannot read the login's rights"));
    const bool mayRead = q.next() && q.integer(0) != 0;
    if (!q.ok())
        return q.error();
    if (mayRead)
        return {};
    return Error{Tr::tr("the scorecard's QA, pulse and coaching figures are out of date, and this login (%1) may not "
                        "compute them again: it does not read every team's records and the anonymous pulse answers "
                        "they come from. They are brought up to date the next time a site manager opens a "
                        "scorecard")
                     .arg(q.qtext(1)),
                 db.connection().name()};
}

} // namespace fb::store::site
