// floorboard-cli site member add|list|remove: who is the site manager, a QA
// lead or a team lead of a site server, and which teams a team lead leads
// (store/SiteRoles.h, docs/site-server.md "Roles").
#include "SiteCommands.h"
#include "store/Database.h"
#include "store/SiteRoles.h"

#include <cstdio>

namespace fb::cli {
namespace {

void printMemberUsage(std::FILE* out)
{
    fmt::print(out, "Usage: floorboard-cli --db ADDRESS site member SUBCOMMAND [options]\n\n"
                    "  add LOGIN --role site-manager|qa-lead|team-lead [--team TEAM]...\n"
                    "         a login in a site role (created without a password when missing: set one with\n"
                    "         psql's \\password); a team lead names each team they lead with --team\n"
                    "  list   every login in a site role, with the teams of each team lead\n"
                    "  remove LOGIN [--role ROLE] [--team TEAM]...\n"
                    "         out of one role (or all of them), or with --team only stop leading those teams;\n"
                    "         the login itself stays\n");
}

const QCommandLineOption& roleOption()
{
    static const QCommandLineOption o(QStringLiteral("role"), QStringLiteral("site-manager, qa-lead or team-lead."),
                                      QStringLiteral("ROLE"));
    return o;
}

const QCommandLineOption& teamOption()
{
    static const QCommandLineOption o(QStringLiteral("team"), QStringLiteral("A team the lead leads (repeatable)."),
                                      QStringLiteral("TEAM"));
    return o;
}

// --role's value; false (error printed) for an unknown role.
bool readRole(const QCommandLineParser& p, std::optional<store::site::Role>& role)
{
    if (!p.isSet(roleOption()))
        return true;
    role = store::site::roleFromKey(p.value(roleOption()));
    if (!role)
        printError(QStringLiteral("unknown role '%1': site-manager, qa-lead or team-lead").arg(p.value(roleOption())));
    return role.has_value();
}

int runAdd(const Context& ctx)
{
    QCommandLineParser p;
    p.addOptions({roleOption(), teamOption()});
    p.addPositionalArgument(QStringLiteral("LOGIN"), QStringLiteral("The person's PostgreSQL login."));
    int code = Ok;
    if (!parseArgs(p, ctx, QStringLiteral("Put a login in a site role."), code, 1, 1))
        return code;
    std::optional<store::site::Role> role;
    if (!readRole(p, role))
        return Usage;
    if (!role) {
        printError(QStringLiteral("site member add needs --role site-manager|qa-lead|team-lead"));
        return Usage;
    }
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    const QString login = p.positionalArguments().constFirst();
    if (auto st = store::site::addMember(*db, login, *role, p.values(teamOption())); !st) {
        printError(st.error());
        return DataProblem;
    }
    fmt::print("{} is a {}{}\n", s(login), s(store::site::roleKey(*role)),
               p.isSet(teamOption()) ? " of " + s(p.values(teamOption()).join(QStringLiteral(", "))) : std::string());
    return Ok;
}

int runList(const Context& ctx)
{
    QCommandLineParser p;
    int code = Ok;
    if (!parseArgs(p, ctx, QStringLiteral("List the logins of each site role: login, role, teams."), code, 0, 0))
        return code;
    auto db = openDatabaseToRead(ctx);
    if (!db)
        return DataProblem;
    auto members = store::site::listMembers(*db);
    if (!members) {
        printError(members.error());
        return DataProblem;
    }
    for (const auto& m : *members)
        fmt::print("{}\t{}\t{}\n", s(m.login), s(store::site::roleKey(m.role)), s(m.teams.join(QStringLiteral(", "))));
    return Ok;
}

int runRemove(const Context& ctx)
{
    QCommandLineParser p;
    p.addOptions({roleOption(), teamOption()});
    p.addPositionalArgument(QStringLiteral("LOGIN"), QStringLiteral("The person's PostgreSQL login."));
    int code = Ok;
    if (!parseArgs(p, ctx, QStringLiteral("Take a login out of a site role, or a team lead off some teams."), code, 1,
                   1))
        return code;
    std::optional<store::site::Role> role;
    if (!readRole(p, role))
        return Usage;
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    const QString login = p.positionalArguments().constFirst();
    if (auto st = store::site::removeMember(*db, login, role, p.values(teamOption())); !st) {
        printError(st.error());
        return DataProblem;
    }
    fmt::print("{} removed\n", s(login));
    return Ok;
}

} // namespace

int runSiteMember(const Context& ctx)
{
    const QString sub = ctx.args.size() > 1 ? ctx.args.at(1) : QString();
    if (sub.isEmpty() || sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        printMemberUsage(sub.isEmpty() ? stderr : stdout);
        return sub.isEmpty() ? Usage : Ok;
    }
    Context subCtx = ctx;
    subCtx.args = ctx.args.mid(1);
    subCtx.args.first() = QStringLiteral("site member ") + sub;
    // Names in a file would be created there: the roles live on a server.
    if (!store::isSiteServerAddress(ctx.dbPath)) {
        printError(QStringLiteral("%1: is a file, and a file has no roles: site members belong to a PostgreSQL site "
                                  "server (--db postgresql://host/site)")
                       .arg(ctx.dbPath));
        return DataProblem;
    }
    if (sub == QLatin1String("add"))
        return runAdd(subCtx);
    if (sub == QLatin1String("list"))
        return runList(subCtx);
    if (sub == QLatin1String("remove"))
        return runRemove(subCtx);
    printError(QStringLiteral("unknown site member subcommand '%1'").arg(sub));
    printMemberUsage(stderr);
    return Usage;
}

} // namespace fb::cli
