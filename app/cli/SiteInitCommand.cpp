// floorboard-cli site init: make a PostgreSQL database a Floorboard site, with
// the site manager, QA lead and team lead roles enforced by the server
// (store/SiteRoles.h, docs/site-server.md "Roles").
#include "SiteCommands.h"
#include "store/Database.h"
#include "store/SiteRoles.h"

#include <cstdio>

namespace fb::cli {

int runSiteInit(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption admin(
        QStringLiteral("admin"),
        QStringLiteral("Also set up the site roles, their rights and row-level security by team (run as the site's "
                       "administrator: a superuser, or the database's owner with CREATEROLE)."));
    p.addOption(admin);
    p.addPositionalArgument(QStringLiteral("ADDRESS"),
                            QStringLiteral("The site server (postgresql://host/site, service=NAME); default: --db."));
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Create (or upgrade) the site's schema on a PostgreSQL site server; with --admin, "
                                  "also its roles. Running it again changes nothing."),
                   code, 0, 1))
        return code;
    Context site = ctx;
    if (!p.positionalArguments().isEmpty())
        site.dbPath = p.positionalArguments().constFirst();
    // Before opening: opening a file name would create the file.
    if (!store::isSiteServerAddress(site.dbPath)) {
        printError(QStringLiteral("%1: is a file, and a file has no roles: site init sets up a PostgreSQL site server "
                                  "(postgresql://host/site or service=NAME); nothing was changed")
                       .arg(site.dbPath));
        return DataProblem;
    }
    auto db = openDatabase(site);
    if (!db)
        return DataProblem;
    if (!p.isSet(admin)) {
        fmt::print("{} is ready (schema version {}); its roles are set up by site init --admin\n", s(db->path()),
                   db->schemaVersion());
        return Ok;
    }
    auto report = store::site::initSite(*db);
    if (!report) {
        printError(report.error());
        return DataProblem;
    }
    fmt::print("site {} is ready (schema version {}), with its roles:\n", s(report->database), db->schemaVersion());
    for (const QString& group : report->groupRoles)
        fmt::print("  {:<40} {}\n", s(group), report->createdRoles.contains(group) ? "created" : "already there");
    fmt::print("{} tables and views with their rights, {} of them with row-level security by team.\n"
               "Add people with: floorboard-cli --db ADDRESS site member add LOGIN --role ROLE [--team TEAM]\n",
               report->tables, report->rowSecurity);
    return Ok;
}

} // namespace fb::cli
