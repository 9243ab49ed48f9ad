#pragma once

// The roles of a site server, enforced by PostgreSQL itself and not only by
// the program (docs/site-server.md, "Roles"): three group roles per site
// database (site manager, QA lead, team lead), table privileges for each, and
// row-level security by team on the records a team lead keeps. A login is a
// member of one or more groups; which teams a team lead leads is a row of
// site_team_leads. PostgreSQL only: an SQLite file has no roles.
#include "common/Error.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fb::store {

class Database;

namespace site {

enum class Role { SiteManager, QaLead, TeamLead };
inline constexpr Role kRoles[] = {Role::SiteManager, Role::QaLead, Role::TeamLead};

// "site-manager", "qa-lead", "team-lead": the names the command line takes.
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString& key);
// The group role of `role` on the database `database`: "<database>_site_manager",
// "<database>_qa_lead", "<database>_team_lead". Roles belong to the whole
// cluster, so the database's name keeps two sites on one server apart.
QString groupRoleName(const QString& database, Role role);

// How one role reaches one table (or view): the privileges it is granted
// ("SELECT", "SELECT, UPDATE", ... or nullptr for none) and, where row-level
// security narrows them, the rows it reads and the rows it writes (SQL
// conditions on the table's row; nullptr: every row).
struct Access final {
    const char* grants = nullptr;
    const char* readRows = nullptr;
    const char* writeRows = nullptr;
};

// Every table and view of a site database with the access of each role, in
// the order of kRoles. A table the schema has and this list does not makes
// initSite() refuse, so a new table is never left open (or closed) by
// accident: its migration adds it here.
struct TableRule final {
    const char* table;
    Access siteManager;
    Access qaLead;
    Access teamLead;
};
const std::vector<TableRule>& tableRules();
// The access of `role` in `rule`.
const Access& accessOf(const TableRule& rule, Role role);

struct InitReport final {
    QString database;
    QStringList groupRoles;   // created or already there, in the order of kRoles
    int tables = 0;           // tables and views given privileges
    int rowSecurity = 0;      // tables with row-level security
    QStringList createdRoles; // group roles this run created (empty the second time)
};

// Sets up the roles of the site database `db` is connected to (its schema
// already at this version's: Database::open migrated it): the group roles,
// CONNECT on the database for them only, the privileges of tableRules(), the
// membership table site_team_leads, row-level security with its policies, and
// the pulse aggregates view site_pulse_cells. One transaction: a refusal (an
// SQLite file, a table without a rule, a login without the right to create
// roles) changes nothing; running it again changes nothing. The login that
// runs it is made a site manager.
Result<InitReport> initSite(Database& db);

struct Member final {
    QString login;
    Role role = Role::TeamLead;
    QStringList teams; // team leads only
};

// Makes `login` (created without a password when missing: the DBA sets one
// with \password) a member of `role`'s group; a team lead also leads `teams`
// (each must be a team of the site). Needs the right to create roles.
Status addMember(Database& db, const QString& login, Role role, const QStringList& teams);
// Every login in a group of this site, by login then role.
Result<std::vector<Member>> listMembers(Database& db);
// Takes `login` out of `role`'s group (every group when nullopt) and the
// teams it led; with `teams`, only stops it leading those teams. The login
// itself stays: other databases of the cluster may use it.
Status removeMember(Database& db, const QString& login, std::optional<Role> role, const QStringList& teams);

// Whether this login may recompute the scorecard's people figures (QA, pulse
// and coaching per agent) from their records when the scorecard's cache is
// out of date: always on a file; on a site server only a login that reads
// every record and the anonymous pulse answers. The refusal says why and who
// brings the figures up to date.
Status canRecomputePeopleFigures(Database& db);

} // namespace site
} // namespace fb::store
