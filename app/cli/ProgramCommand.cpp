// floorboard-cli program: friction-to-flow programs (docs/friction-to-flow.md).
#include "Cli.h"
#include "ProgramPdf.h"
#include "analytics/ProgramReport.h"
#include "analytics/ProgramWorth.h"
#include "common/IsoWeek.h"
#include "export/ProgramReportCsv.h"
#include "reports/ProgramReportBuilder.h"
#include "store/Database.h"
#include "store/ProgramStore.h"

#include <QDate>
#include <QGuiApplication>

#include <fmt/ranges.h>

#include <cstdio>
#include <cstring>

namespace fb::cli {
namespace {

void printProgramUsage(std::FILE* out)
{
    fmt::print(out, "Usage: floorboard-cli program SUBCOMMAND [options]\n\n"
                    "Friction-to-flow programs: eight weeks of baseline, rapid fixes, recognition and comparison\n"
                    "(see docs/friction-to-flow.md).\n\n"
                    "Subcommands:\n"
                    "  create    create --name NAME --team T [--team T2] --start YYYY-MM-DD\n"
                    "  fix       fix NAME --on DATE --friction TAG --scope QUEUE [--scope Q2] --what TEXT [--owner O]\n"
                    "  report    report NAME [--out FILE.csv] [--attribution FILE.csv] [--pdf FILE.pdf]\n"
                    "  list      list the programs\n\n"
                    "`floorboard-cli program SUBCOMMAND --help` describes its options.\n");
}

QDate parseDay(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

bool writeTable(const QString& path, const exporting::ReportTable& table)
{
    if (auto written = exporting::writeCsv(table, path, reportCsvOptions()); !written) {
        printError(written.error());
        return false;
    }
    return true;
}

int runCreate(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Name of the program (unique)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption team(QStringLiteral("team"),
                                  QStringLiteral("A team of the program; repeat for several teams."),
                                  QStringLiteral("TEAM"));
    const QCommandLineOption start(QStringLiteral("start"),
                                   QStringLiteral("First day of week 1, a Monday (YYYY-MM-DD)."),
                                   QStringLiteral("YYYY-MM-DD"));
    p.addOptions({name, team, start});
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Create a program of eight weeks: 1-2 baseline, 3-4 rapid fixes, 5-6 recognition, "
                                  "7-8 comparison."),
                   code, 0, 0))
        return code;
    if (!p.isSet(name) || !p.isSet(team) || !p.isSet(start)) {
        printError(QStringLiteral("program create needs --name, --team and --start (see floorboard-cli program "
                                  "create --help)"));
        return Usage;
    }
    const QDate day = parseDay(p.value(start));
    if (!day.isValid()) {
        printError(QStringLiteral("--start takes a date YYYY-MM-DD, not '%1'").arg(p.value(start)));
        return Usage;
    }
    if (day.dayOfWeek() != Qt::Monday) {
        printError(QStringLiteral("--start must be a Monday; %1 is a %2 (the Monday of its week is %3)")
                       .arg(day.toString(Qt::ISODate), day.toString(QStringLiteral("dddd")),
                            IsoWeek::ofDate(day).monday().toString(Qt::ISODate)));
        return Usage;
    }
    std::vector<std::string> teams;
    for (const auto& t : p.values(team))
        teams.push_back(s(t));
    auto db = openDatabase(ctx);
    if (!db)
        return DataProblem;
    auto id = store::createProgram(*db, s(p.value(name)), teams, day);
    if (!id) {
        printError(id.error());
        return DataProblem;
    }
    fmt::print("program {} created: '{}', weeks {} to {}\n", id.value(), s(p.value(name)), s(day.toString(Qt::ISODate)),
               s(day.addDays(analytics::kProgramDays - 1).toString(Qt::ISODate)));
    return Ok;
}

int runFix(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption on(QStringLiteral("on"), QStringLiteral("Date the fix took effect (YYYY-MM-DD)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption friction(QStringLiteral("friction"),
                                      QStringLiteral("The friction it addresses (e.g. \"tool lag\")."),
                                      QStringLiteral("TAG"));
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   QStringLiteral("A queue the fix applies to; repeat for several, or 'all'."),
                                   QStringLiteral("QUEUE"));
    const QCommandLineOption what(QStringLiteral("what"), QStringLiteral("What changed."), QStringLiteral("TEXT"));
    const QCommandLineOption owner(QStringLiteral("owner"), QStringLiteral("Who owns the fix."),
                                   QStringLiteral("NAME"));
    p.addOptions({on, friction, scope, what, owner});
    p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The program."));
    int code = Ok;
    if (!parseArgs(p, ctx, QStringLiteral("Add a fix to a program's \"blockers retired\" log; prints its id."), code, 1,
                   1))
        return code;
    if (!p.isSet(on) || !p.isSet(friction) || !p.isSet(scope) || !p.isSet(what)) {
        printError(QStringLiteral("program fix needs --on, --friction, --scope and --what (see floorboard-cli "
                                  "program fix --help)"));
        return Usage;
    }
    ProgramFix fix;
    fix.fixedOn = parseDay(p.value(on));
    if (!fix.fixedOn.isValid()) {
        printError(QStringLiteral("--on takes a date YYYY-MM-DD, not '%1'").arg(p.value(on)));
        return Usage;
    }
    fix.friction = s(p.value(friction).trimmed());
    fix.what = s(p.value(what).trimmed());
    fix.owner = s(p.value(owner).trimmed());
    for (const auto& q : p.values(scope)) {
        if (q.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
            fix.queues.clear();
            break;
        }
        fix.queues.push_back(s(q.trimmed()));
    }
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    const std::string name = s(p.positionalArguments().at(0));
    auto program = store::findProgram(*db, name);
    if (!program) {
        printError(program.error());
        return DataProblem;
    }
    if (!program.value()) {
        printError(QStringLiteral("no program named '%1'").arg(QString::fromStdString(name)));
        return DataProblem;
    }
    auto id = store::addFix(*db, program.value()->id, fix);
    if (!id) {
        printError(id.error());
        return DataProblem;
    }
    fmt::print("fix {} logged for '{}' on {}\n", id.value(), name, s(fix.fixedOn.toString(Qt::ISODate)));
    return Ok;
}

int runReport(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Write the pre/post comparison CSV (one row per metric)."),
                                 QStringLiteral("FILE.csv"));
    const QCommandLineOption attribution(QStringLiteral("attribution"),
                                         QStringLiteral("Write the attribution CSV (one row per fix and metric)."),
                                         QStringLiteral("FILE.csv"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QStringLiteral("Write the one-page PDF report."),
                                 QStringLiteral("FILE.pdf"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("The day the report is made as of (default: today); decides which "
                                                  "phases are over, and no interaction after it is read."),
                                   QStringLiteral("YYYY-MM-DD"));
    p.addOptions({out, attribution, pdf, today});
    p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The program."));
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Compare weeks 7-8 of a program with weeks 1-2 and attribute the change to its "
                                  "fixes. Prints the findings in plain words."),
                   code, 1, 1))
        return code;
    QDate asOf = QDate::currentDate();
    if (p.isSet(today)) {
        asOf = parseDay(p.value(today));
        if (!asOf.isValid()) {
            printError(QStringLiteral("--today takes a date YYYY-MM-DD, not '%1'").arg(p.value(today)));
            return Usage;
        }
    }
    if (p.isSet(pdf) && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        printError(QStringLiteral("--pdf needs a graphical application object; run `floorboard-cli program report` "
                                  "directly"));
        return Usage;
    }
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    auto report = reports::buildProgramReport(*db, s(p.positionalArguments().at(0)), asOf);
    if (!report) {
        printError(report.error());
        return DataProblem;
    }
    const auto& r = report.value();
    fmt::print("program '{}': teams {}, weeks {} to {}, {} interactions\n", r.program.name,
               fmt::join(r.program.teams, ", "), s(r.program.start.toString(Qt::ISODate)),
               s(r.end.addDays(-1).toString(Qt::ISODate)), r.interactions);
    if (r.incomplete())
        fmt::print("{}: no p value is given until week 8 has ended\n", s(analytics::incompleteNote(r.comparisonDays)));
    for (const auto& line : analytics::programSummary(r, format::file()))
        fmt::print("{}\n", s(line));
    fmt::print("What it is worth next cycle:\n");
    for (const auto& line : r.worthNextCycle)
        fmt::print("- {}\n", s(line));
    if (p.isSet(out) && !writeTable(p.value(out), exporting::prePostCsv(r.comparison)))
        return DataProblem;
    if (p.isSet(attribution) && !writeTable(p.value(attribution), exporting::attributionCsv(r.attribution)))
        return DataProblem;
    if (p.isSet(pdf)) {
        if (auto st = report::writeProgramPdf(r, p.value(pdf)); !st) {
            printError(st.error());
            return DataProblem;
        }
    }
    return Ok;
}

int runList(const Context& ctx)
{
    QCommandLineParser p;
    int code = Ok;
    if (!parseArgs(p, ctx, QStringLiteral("List the programs: name, start, teams."), code, 0, 0))
        return code;
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    auto programs = store::listPrograms(*db);
    if (!programs) {
        printError(programs.error());
        return DataProblem;
    }
    for (const auto& pr : programs.value())
        fmt::print("{}\t{}\t{}\n", pr.name, s(pr.start.toString(Qt::ISODate)), fmt::join(pr.teams, ", "));
    return Ok;
}

} // namespace

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    // Only `program report ... --pdf`, `calibration report ... --pdf`,
    // `scorecard ... --pdf`, `feedback digest --format pdf`,
    // `recognition huddle --format pdf` and `incentive audit --format pdf` draw;
    // everything else stays a plain QCoreApplication, so the CLI runs where no
    // display exists.
    bool drawingCommand = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        drawingCommand = drawingCommand || std::strcmp(argv[i], "program") == 0 ||
                         std::strcmp(argv[i], "calibration") == 0 || std::strcmp(argv[i], "scorecard") == 0 ||
                         std::strcmp(argv[i], "feedback") == 0 || std::strcmp(argv[i], "mentoring") == 0 ||
                         std::strcmp(argv[i], "recognition") == 0 || std::strcmp(argv[i], "incentive") == 0;
        pdf = pdf || std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0 ||
              std::strcmp(argv[i], "--format=pdf") == 0 ||
              (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "pdf") == 0) ||
              (std::strcmp(argv[i], "mentoring") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "report") == 0);
    }
    if (!(drawingCommand && pdf))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

int runProgram(const Context& ctx)
{
    if (ctx.args.size() < 2) {
        printError(QStringLiteral("program needs a subcommand"));
        printProgramUsage(stderr);
        return Usage;
    }
    const QString sub = ctx.args.at(1);
    if (sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        printProgramUsage(stdout);
        return Ok;
    }
    int (*run)(const Context&) = nullptr;
    if (sub == QLatin1String("create"))
        run = &runCreate;
    else if (sub == QLatin1String("fix"))
        run = &runFix;
    else if (sub == QLatin1String("report"))
        run = &runReport;
    else if (sub == QLatin1String("list"))
        run = &runList;
    if (!run) {
        printError(QStringLiteral("unknown program subcommand '%1'").arg(sub));
        printProgramUsage(stderr);
        return Usage;
    }
    Context inner = ctx;
    inner.args = ctx.args.mid(1);
    inner.args.first() = QStringLiteral("program ") + sub;
    return run(inner);
}

} // namespace fb::cli
