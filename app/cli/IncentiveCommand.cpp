// floorboard-cli incentive: plan import|export, payout, whatif, audit
// (docs/recognition-and-incentives.md). The reports are in IncentiveReportCommand.cpp.
#include "Cli.h"
#include "export/IncentiveCsv.h"
#include "import/IncentivePlanCsv.h"
#include "store/Database.h"
#include "store/IncentiveStore.h"

#include <cstdio>

namespace fb::cli {
namespace {

void printIncentiveUsage(std::FILE* out)
{
    fmt::print(out, "Usage: floorboard-cli incentive SUBCOMMAND [options]\n\n"
                    "  plan import FILE                       store a plan file as the plan's next version\n"
                    "  plan export FILE --plan NAME [--version V]\n"
                    "  plan list                              plans and their versions\n"
                    "  payout --plan NAME --period P [--out FILE]\n"
                    "  whatif --plan NAME --period P --with FILE [--out FILE]\n"
                    "  audit --plan NAME --period P [--by team|shift|site|tenure|supervisor] [--out FILE]\n"
                    "        [--format csv|pdf]\n\n"
                    "A period is a quarter (2026-Q3) or a month (2026-09); `incentive SUBCOMMAND --help` says more.\n");
}

int runPlanImport(const Context& ctx)
{
    QCommandLineParser p;
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Store the plan in FILE (docs/csv-formats.md, \"Incentive plans\") as the next "
                                  "version of its name. A file with the same rules as the latest version stores "
                                  "nothing."),
                   code, 1, 1))
        return code;
    auto plan = import::readIncentivePlanCsv(p.positionalArguments().first());
    if (!plan) {
        printError(plan.error());
        return DataProblem;
    }
    auto db = openDatabase(ctx);
    if (!db)
        return DataProblem;
    auto saved = store::saveIncentivePlan(*db, plan.value());
    if (!saved) {
        printError(saved.error());
        return DataProblem;
    }
    if (saved->created)
        fmt::print(stderr, "plan '{}' stored as version {} ({} components)\n", plan->name, saved->version,
                   plan->components.size());
    else
        fmt::print(stderr, "plan '{}' unchanged: version {} has the same rules\n", plan->name, saved->version);
    return Ok;
}

int runPlanExport(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption name(QStringLiteral("plan"), QStringLiteral("The plan's name."), QStringLiteral("NAME"));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Version (default: the latest)."),
                                     QStringLiteral("V"));
    p.addOptions({name, version});
    int code = Ok;
    if (!parseArgs(p, ctx, QStringLiteral("Write a version of a plan to FILE, in the format plan import reads."), code,
                   1, 1))
        return code;
    if (!p.isSet(name)) {
        printError(QStringLiteral("plan export needs --plan NAME"));
        return Usage;
    }
    bool ok = true;
    const int v = p.isSet(version) ? p.value(version).toInt(&ok) : 0;
    if (!ok || v < 0) {
        printError(QStringLiteral("--version takes a version number, not '%1'").arg(p.value(version)));
        return Usage;
    }
    auto db = openDatabaseToRead(ctx);
    if (!db)
        return DataProblem;
    auto plan = store::incentivePlan(*db, s(p.value(name)), v);
    if (!plan) {
        printError(plan.error());
        return DataProblem;
    }
    const QString path = p.positionalArguments().first();
    if (!writeReport(path, exporting::incentivePlanCsv(plan.value())))
        return DataProblem;
    fmt::print(stderr, "plan '{}' version {} written to {}\n", plan->name, plan->version, s(path));
    return Ok;
}

int runPlanList(const Context& ctx)
{
    QCommandLineParser p;
    int code = Ok;
    if (!parseArgs(p, ctx, QStringLiteral("List the plans and their versions."), code, 0, 0))
        return code;
    auto db = openDatabaseToRead(ctx);
    if (!db)
        return DataProblem;
    auto names = store::incentivePlanNames(*db);
    if (!names) {
        printError(names.error());
        return DataProblem;
    }
    for (const auto& n : names.value()) {
        auto versions = store::incentivePlanVersions(*db, n);
        if (!versions) {
            printError(versions.error());
            return DataProblem;
        }
        for (const auto& v : versions.value())
            fmt::print("{}\tversion {}\t{}\t{}\n", n, v.version, s(v.createdAt), s(v.note));
    }
    return Ok;
}

int runPlan(const Context& ctx)
{
    const QString sub = ctx.args.size() > 1 ? ctx.args.at(1) : QString();
    int (*run)(const Context&) = sub == QLatin1String("import")   ? &runPlanImport
                                 : sub == QLatin1String("export") ? &runPlanExport
                                 : sub == QLatin1String("list")   ? &runPlanList
                                                                  : nullptr;
    if (!run) {
        printError(sub.isEmpty() ? QStringLiteral("incentive plan needs import, export or list")
                                 : QStringLiteral("unknown incentive plan subcommand '%1'").arg(sub));
        printIncentiveUsage(stderr);
        return Usage;
    }
    Context inner = ctx;
    inner.args = ctx.args.mid(1);
    inner.args.first() = QStringLiteral("incentive plan ") + sub;
    return run(inner);
}

} // namespace

int runIncentive(const Context& ctx)
{
    if (ctx.args.size() < 2) {
        printError(QStringLiteral("incentive needs a subcommand"));
        printIncentiveUsage(stderr);
        return Usage;
    }
    const QString sub = ctx.args.at(1);
    if (sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        printIncentiveUsage(stdout);
        return Ok;
    }
    if (sub == QLatin1String("plan")) {
        Context inner = ctx;
        inner.args = ctx.args.mid(1);
        return runPlan(inner);
    }
    int (*run)(const Context&) = sub == QLatin1String("payout")   ? &runIncentivePayout
                                 : sub == QLatin1String("whatif") ? &runIncentiveWhatIf
                                 : sub == QLatin1String("audit")  ? &runIncentiveAudit
                                                                  : nullptr;
    if (!run) {
        printError(QStringLiteral("unknown incentive subcommand '%1'").arg(sub));
        printIncentiveUsage(stderr);
        return Usage;
    }
    Context inner = ctx;
    inner.args = ctx.args.mid(1);
    inner.args.first() = QStringLiteral("incentive ") + sub;
    return run(inner);
}

} // namespace fb::cli
