// floorboard-cli site: the site server's commands (docs/site-server.md).
// push and pull, which move a whole site between a file and a server, live
// here; init and member in their own files (SiteCommands.h). Each
// subcommand is one line of kSiteSubcommands.
#include "Cli.h"
#include "SiteCommands.h"
#include "store/SiteTransfer.h"

#include <QElapsedTimer>

#include <cstdio>

namespace fb::cli {
namespace {

struct Subcommand final {
    const char* name;
    const char* synopsis; // what follows "site"
    const char* summary;
    int (*run)(const Context&);
};

int runSitePush(const Context& ctx);
int runSitePull(const Context& ctx);

const Subcommand kSiteSubcommands[] = {
    {"push", "push FILE --to SITE [--replace]", "Copy a site from a file into a site server", &runSitePush},
    {"pull", "pull SITE --to FILE [--replace]", "Copy a site server's site into a new file", &runSitePull},
    {"init", "init [SITE] [--admin]", "Create or upgrade the site's schema; with --admin also its roles and policies",
     &runSiteInit},
    {"member", "member add|list|remove", "Who is site manager, QA lead or team lead (of which teams)", &runSiteMember},
};

void printSiteUsage(std::FILE* out)
{
    fmt::print(out, "Usage: floorboard-cli site SUBCOMMAND [options]\n\n"
                    "A site on a PostgreSQL site server (see docs/site-server.md). A SITE is a\n"
                    "connection string (postgresql://host/site, \"host=... dbname=...\" or service=NAME).\n\n"
                    "Subcommands:\n");
    for (const auto& sub : kSiteSubcommands)
        fmt::print(out, "  {}\n      {}\n", sub.synopsis, sub.summary);
    fmt::print(out, "\n`floorboard-cli site SUBCOMMAND --help` describes its options.\n");
}

// push and pull alike: SOURCE --to TARGET [--replace], the copy, and what
// was copied and verified on standard output.
int runTransfer(const Context& ctx, bool pull)
{
    QCommandLineParser p;
    const QCommandLineOption to(QStringLiteral("to"),
                                pull ? QStringLiteral("The new file to write (refused when it exists).")
                                     : QStringLiteral("The site server to copy into (or a file)."),
                                pull ? QStringLiteral("FILE") : QStringLiteral("SITE"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     pull ? QStringLiteral("Replace the file when it exists.")
                                          : QStringLiteral("Replace the site the target already holds."));
    p.addOptions({to, replace});
    p.addPositionalArgument(pull ? QStringLiteral("SITE") : QStringLiteral("FILE"),
                            pull ? QStringLiteral("the site server to copy from (or a file)")
                                 : QStringLiteral("the file to copy from (or a site server)"));
    const QString description =
        pull ? QStringLiteral("Copy the whole site of a site server into a new file, to take it offline. The file "
                              "is written beside its name and takes it only once the copy is verified; the server "
                              "is only read.")
             : QStringLiteral("Copy the whole site of a file into a site server, in one transaction: every table, "
                              "verified by its row count and the domain checks on both sides before it commits. "
                              "The server's schema is created or upgraded first; the file is only read.");
    int code = Ok;
    if (!parseArgs(p, ctx, description, code, 1, 1))
        return code;
    if (!p.isSet(to)) {
        printError(QStringLiteral("--to is required (see floorboard-cli %1 --help)").arg(ctx.args.first()));
        return Usage;
    }
    const QString source = p.positionalArguments().at(0);
    store::TransferOptions options;
    options.replace = p.isSet(replace);
    const bool tty = stderrIsTerminal();
    int lastPercent = -1;
    options.progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (tty && percent != lastPercent)
            fmt::print(stderr, "\r{}%", percent);
        lastPercent = percent;
    };
    QElapsedTimer timer;
    timer.start();
    auto report = pull ? store::pullSite(source, p.value(to), options) : store::pushSite(source, p.value(to), options);
    const double seconds = timer.elapsed() / 1000.0;
    if (tty && lastPercent >= 0)
        fmt::print(stderr, "\r");
    if (!report) {
        printError(report.error());
        return DataProblem;
    }
    fmt::print("Copied {} rows of {} tables from {} to {}:\n", report->rows, report->tables.size(), s(source),
               s(p.value(to)));
    for (const auto& t : report->tables)
        fmt::print("  {:<26} {:>9}\n", s(t.table), t.rows);
    fmt::print("Verified: every table holds as many rows as in the source, and the checks find the same {} "
               "problems on both sides.\n",
               report->checkFindings);
    fmt::print("Took {:.1f} s ({:.0f} rows/s).\n", seconds, seconds > 0 ? double(report->rows) / seconds : 0.0);
    return Ok;
}

int runSitePush(const Context& ctx)
{
    return runTransfer(ctx, false);
}

int runSitePull(const Context& ctx)
{
    return runTransfer(ctx, true);
}

} // namespace

int runSite(const Context& ctx)
{
    const QString sub = ctx.args.size() > 1 ? ctx.args.at(1) : QString();
    if (sub.isEmpty() || sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        printSiteUsage(sub.isEmpty() ? stderr : stdout);
        return sub.isEmpty() ? Usage : Ok;
    }
    Context subCtx = ctx;
    subCtx.args = ctx.args.mid(1);
    subCtx.args.first() = QStringLiteral("site ") + sub;
    for (const auto& command : kSiteSubcommands)
        if (sub == QLatin1String(command.name))
            return command.run(subCtx);
    printError(QStringLiteral("unknown site subcommand '%1'").arg(sub));
    printSiteUsage(stderr);
    return Usage;
}

} // namespace fb::cli
