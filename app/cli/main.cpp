// floorboard-cli: the headless side of Floorboard (import, export, reports, demo data).
#include "Cli.h"
#include "common/Version.h"

#include <QCoreApplication>
#include <QTranslator>

#include <cstring>

using namespace fb::cli;

namespace {

const Command kCommands[] = {
    {"init", "Create (or upgrade) the database", &runInit},
    {"import", "Import a CSV file of one kind: import KIND FILE", &runImport},
    {"export", "Export one kind to CSV: export KIND FILE", &runExport},
    {"inspect", "Show how Floorboard reads a CSV file, before importing it", &runInspect},
    {"info", "Schema version, row counts per kind and date range", &runInfo},
    {"check", "Integrity and domain checks", &runCheck},
    {"backup", "Write a consistent copy of the database: backup FILE", &runBackup},
    {"demo", "Create a realistic demo site (or its CSV files)", &runDemo},
    {"scorecard", "Balanced scorecard of agents, teams or the site as CSV (and PDF)", &runScorecard},
    {"calibration", "Calibration sessions and agreement: create, scores, agree, report, alpha", &runCalibration},
    {"program", "Friction-to-flow programs: program create|fix|report", &runProgram},
    {"coaching", "Coaching log: coaching effectiveness|due", &runCoaching},
    {"mentoring", "Peer mentoring: mentoring triggers|suggest|start|session|end|capacity|effect|pay-forward|report",
     &runMentoring},
    {"feedback", "Feedback tickets: feedback add|decide|fix|due|digest|sla|did-it-help", &runFeedback},
    {"recognition", "Recognition: recognition add|coverage|huddle|fixers|behaviors", &runRecognition},
    {"incentive", "Incentive plans, payouts and the fairness audit: incentive plan|payout|whatif|audit", &runIncentive},
    {"site", "A site on a PostgreSQL site server: site push|pull|init|member", &runSite},
};

void printUsage(std::FILE* out)
{
    fmt::print(out, "Usage: floorboard-cli [--db FILE|SITE] COMMAND [options]\n\n"
                    "Floorboard's headless console. The database defaults to the user's data folder\n"
                    "(or $FLOORBOARD_DB). A SITE is a PostgreSQL site server's connection string\n"
                    "(postgresql://host/site, \"host=... dbname=...\" or service=NAME); its password\n"
                    "comes from ~/.pgpass or the service file, never from the string.\n\nCommands:\n");
    for (const auto& c : kCommands)
        fmt::print(out, "  {:<12} {}\n", c.name, c.summary);
    fmt::print(out, "\nEvery command that writes CSV also takes --excel (\"Excel on this computer\": BOM, the\n"
                    "system's list separator, decimal mark and short dates, numbers as the window shows\n"
                    "them) or --excel-locale NAME (e.g. de_DE) for another locale's Excel.\n"
                    "\n`floorboard-cli COMMAND --help` describes each command.\n"
                    "Exit codes: 0 success, 1 data problems, 2 usage.\n");
}

} // namespace

int main(int argc, char** argv)
{
    const auto app = makeApplication(argc, argv); // QGuiApplication only for program report --pdf
    QCoreApplication::setOrganizationName(QStringLiteral("Floorboard"));
    QCoreApplication::setApplicationName(QStringLiteral("Floorboard"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(fb::kVersion));
    // The command line writes English whatever the system's language, and its
    // PDFs share texts with the window: the English plural forms make those
    // read "1 agent", "12 agents" instead of the source's "agent(s)".
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/floorboard_en.qm")))
        QCoreApplication::installTranslator(&english);

    QStringList args = QCoreApplication::arguments().mid(1);
    Context ctx;
    // Global options stand before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--db") && !args.isEmpty()) {
            ctx.dbPath = args.takeFirst();
        } else if (a.startsWith(QLatin1String("--db="))) {
            ctx.dbPath = a.mid(5);
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            printUsage(stdout);
            return Ok;
        } else if (a == QLatin1String("--version")) {
            fmt::print("floorboard-cli {}\n", fb::kVersion);
            return Ok;
        } else {
            printError(QStringLiteral("unknown option %1 before the command").arg(a));
            printUsage(stderr);
            return Usage;
        }
    }
    if (args.isEmpty()) {
        printUsage(stderr);
        return Usage;
    }
    if (ctx.dbPath.isEmpty())
        ctx.dbPath = defaultDatabasePath();
    if (!takeExcelOptions(args))
        return Usage;
    ctx.args = args;
    for (const auto& c : kCommands)
        if (args.first() == QLatin1String(c.name))
            return c.run(ctx);
    printError(QStringLiteral("unknown command '%1'").arg(args.first()));
    printUsage(stderr);
    return Usage;
}
