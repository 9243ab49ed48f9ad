// floorboard-cli recognition add|coverage|huddle|fixers
// (docs/recognition-and-incentives.md): record a nomination with the same
// checks as the window, and the coverage, huddle list and fixers of a week.
#include "Cli.h"
#include "HuddlePdf.h"
#include "WindowOptions.h"
#include "analytics/CoachingShared.h"
#include "analytics/Recognition.h"
#include "common/AtomicFile.h"
#include "common/IsoWeek.h"
#include "export/HuddleMarkdown.h"
#include "export/RecognitionCsv.h"
#include "import/BehaviorsCsv.h"
#include "store/Database.h"
#include "store/RecognitionStore.h"

#include <QDate>

#include <cstdio>

namespace fb::cli {
namespace {

void printRecognitionUsage(std::FILE* out)
{
    fmt::print(out, "Usage: floorboard-cli recognition SUBCOMMAND [options]\n\n"
                    "Recognition that is frequent, specific and fair (see docs/recognition-and-incentives.md).\n\n"
                    "Subcommands:\n"
                    "  add       Record a nomination: add --to ID --behavior B (--peer ID | --lead NAME)\n"
                    "            (--interaction ID | --evaluation ID | --evidence TEXT) [--on DATE] [--private]\n"
                    "  coverage  Per team: agents, recognised in the last 8 weeks, share, recognitions of the week,\n"
                    "            unseen at target: coverage [--week W] [--weeks 8] [--team T] [--out FILE.csv]\n"
                    "            [--unseen FILE.csv]\n"
                    "  huddle    The week's public shout-outs: huddle [--week W] [--team T] [--format md|csv|pdf]\n"
                    "            [--private] [--out FILE]\n"
                    "  fixers    Agents whose feedback tickets were fixed in the window: fixers [--week W]\n"
                    "            [--weeks 8] [--team T] [--out FILE.csv]\n"
                    "  behaviors The behaviour list (name, measure): behaviors [--set FILE.csv] [--out FILE.csv]\n\n"
                    "`floorboard-cli recognition SUBCOMMAND --help` describes its options.\n");
}

QCommandLineOption textOption(const char* name, const char* help, const char* value)
{
    return {QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value)};
}

QCommandLineOption teamOption()
{
    return textOption("team", "Only this team (default: every team).", "T");
}

QCommandLineOption windowOption()
{
    return textOption("weeks", "Weeks of the window ending with --week (default 8).", "N");
}

int runAdd(const Context& ctx)
{
    QCommandLineParser p;
    const auto to = textOption("to", "The recognised agent's id.", "ID");
    const auto behavior = textOption("behavior",
                                     "A behaviour of the list (floorboard-cli recognition coverage "
                                     "--help names where it is kept).",
                                     "B");
    const auto peer = textOption("peer", "A peer nominates: their agent id.", "ID");
    const auto lead = textOption("lead", "A lead nominates: their name.", "NAME");
    const auto interaction = textOption("interaction", "Evidence: the interaction it happened in.", "ID");
    const auto evaluation = textOption("evaluation", "Evidence: the QA evaluation that shows it.", "ID");
    const auto evidence = textOption("evidence", "Evidence: what the agent did, in a sentence.", "TEXT");
    const auto outcome = textOption("outcome", "What it led to, in words.", "TEXT");
    const auto on = textOption("on", "The day it is given (default: today).", "DATE");
    const QCommandLineOption isPrivate(QStringLiteral("private"),
                                       QStringLiteral("Shown to the lead only, never on the huddle list."));
    const auto id = textOption("id", "The recognition's id (default: the next R000001-style id).", "ID");
    p.addOptions({to, behavior, peer, lead, interaction, evaluation, evidence, outcome, on, isPrivate, id});
    int code = Ok;
    if (!parseArgs(p, ctx, QStringLiteral("Record a nomination; prints its id."), code, 0, 0))
        return code;
    if (p.isSet(peer) == p.isSet(lead)) {
        printError(QStringLiteral("give exactly one of --peer ID and --lead NAME"));
        return Usage;
    }
    Recognition r;
    r.id = s(p.value(id));
    r.toAgent = s(p.value(to));
    r.behavior = s(p.value(behavior));
    r.fromRole = p.isSet(peer) ? "peer" : "lead";
    r.fromAgent = s(p.value(peer));
    r.fromName = s(p.value(lead));
    r.interactionId = s(p.value(interaction));
    r.evaluationId = s(p.value(evaluation));
    r.evidence = s(p.value(evidence));
    r.outcome = s(p.value(outcome));
    r.isPublic = !p.isSet(isPrivate);
    r.givenOn = QDate::currentDate();
    if (p.isSet(on)) {
        r.givenOn = QDate::fromString(p.value(on), Qt::ISODate);
        if (!r.givenOn.isValid()) {
            printError(QStringLiteral("--on takes a date like 2026-03-02, not '%1'").arg(p.value(on)));
            return Usage;
        }
    }
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    auto stored = store::addRecognition(*db, r);
    if (!stored) {
        printError(stored.error());
        return DataProblem;
    }
    fmt::print("{}\n", stored.value());
    return Ok;
}

// The database, the week, the window length and the input, or the exit code.
struct Window final {
    Opened opened;
    int weeks = analytics::kRecognitionWindowWeeks;
    analytics::RecognitionInput input;
};
std::optional<Window> loadWindow(const Context& ctx, const QCommandLineParser& p, const QCommandLineOption& week,
                                 const QCommandLineOption& team, const QCommandLineOption* weeks, int& code)
{
    Window w;
    if (weeks && p.isSet(*weeks)) {
        const auto n = wholeNumber(p, *weeks, 1, 52);
        if (!n) {
            code = Usage;
            return std::nullopt;
        }
        w.weeks = *n;
    }
    w.opened = openWindow(ctx, p, week, team);
    if (!w.opened.db) {
        code = w.opened.exitCode;
        return std::nullopt;
    }
    const int from = analytics::coaching::addWeeks(w.opened.lastWeek, -(w.weeks - 1));
    auto input = store::loadRecognitionInput(*w.opened.db, from, w.opened.lastWeek);
    if (!input) {
        printError(input.error());
        code = DataProblem;
        return std::nullopt;
    }
    w.input = std::move(input.value());
    return w;
}

int runCoverage(const Context& ctx)
{
    QCommandLineParser p;
    const auto week = weekOption();
    const auto weeks = windowOption();
    const auto team = teamOption();
    const auto out = outOption();
    const auto unseen =
        textOption("unseen", "Also write the agents unseen at target, one row per behaviour.", "FILE.csv");
    p.addOptions({week, weeks, team, out, unseen});
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Recognition coverage per team for a week: agents on the team, recognised in the "
                                  "window, their share, recognitions of the week, and agents not recognised in the "
                                  "window who are at or above target on some behaviour."),
                   code, 0, 0))
        return code;
    auto w = loadWindow(ctx, p, week, team, &weeks, code);
    if (!w)
        return code;
    const auto coverage = analytics::recognitionCoverage(w->input, w->opened.lastWeek, s(p.value(team)), w->weeks);
    if (!writeReport(p.value(out), exporting::coverageCsv(coverage)))
        return DataProblem;
    if (p.isSet(unseen) && !writeReport(p.value(unseen), exporting::unseenCsv(coverage)))
        return DataProblem;
    return Ok;
}

int runHuddle(const Context& ctx)
{
    QCommandLineParser p;
    const auto week = weekOption();
    const auto team = teamOption();
    const auto format = textOption("format", "md (default), csv or pdf.", "F");
    const QCommandLineOption withPrivate(QStringLiteral("private"),
                                         QStringLiteral("Include private recognitions (for the lead only)."));
    const auto out = textOption("out", "File to write (default: standard output; pdf needs it).", "FILE");
    p.addOptions({week, team, format, withPrivate, out});
    int code = Ok;
    if (!parseArgs(p, ctx, QStringLiteral("The week's public shout-outs, to read out at the huddle."), code, 0, 0))
        return code;
    const QString fmtName = reportFormat(
        p, format, out, {QStringLiteral("md"), QStringLiteral("csv"), QStringLiteral("pdf")}, "recognition huddle");
    if (fmtName.isEmpty())
        return Usage;
    auto w = loadWindow(ctx, p, week, team, nullptr, code);
    if (!w)
        return code;
    const std::string teamName = s(p.value(team));
    const int wk = w->opened.lastWeek;
    const auto rows = analytics::huddleList(w->input, wk, teamName, p.isSet(withPrivate));
    if (fmtName == QLatin1String("csv"))
        return writeReport(p.value(out), exporting::huddleCsv(rows)) ? Ok : DataProblem;
    if (fmtName == QLatin1String("pdf")) {
        const std::string title = fmt::format("Shout-outs, week {}{}", s(IsoWeek::fromKey(wk).toString()),
                                              teamName.empty() ? std::string() : " (" + teamName + ")");
        if (Status st = report::writeHuddlePdf(rows, QString::fromStdString(title), p.value(out)); !st) {
            printError(st.error());
            return DataProblem;
        }
        return Ok;
    }
    const std::string text = exporting::huddleMarkdown(rows, wk, teamName);
    if (!p.isSet(out)) {
        fmt::print("{}", text);
        return Ok;
    }
    if (Status st = writeFileAtomically(p.value(out), std::string_view(text)); !st) {
        printError(st.error());
        return DataProblem;
    }
    return Ok;
}

int runFixers(const Context& ctx)
{
    QCommandLineParser p;
    const auto week = weekOption();
    const auto weeks = windowOption();
    const auto team = teamOption();
    const auto out = outOption();
    p.addOptions({week, weeks, team, out});
    int code = Ok;
    if (!parseArgs(
            p, ctx,
            QStringLiteral("Agents whose feedback tickets led to fixes in the window, one row per fixed ticket."), code,
            0, 0))
        return code;
    auto w = loadWindow(ctx, p, week, team, &weeks, code);
    if (!w)
        return code;
    const int from = analytics::coaching::addWeeks(w->opened.lastWeek, -(w->weeks - 1));
    const auto list = analytics::fixers(w->input, IsoWeek::fromKey(from).monday(),
                                        IsoWeek::fromKey(w->opened.lastWeek).monday().addDays(6), s(p.value(team)));
    return writeReport(p.value(out), exporting::fixersCsv(list)) ? Ok : DataProblem;
}

int runBehaviors(const Context& ctx)
{
    QCommandLineParser p;
    const auto set = textOption("set",
                                "Replace the list with this file's rows (columns name and measure: a rubric "
                                "attribute or a scorecard metric key; empty when nothing measures it).",
                                "FILE.csv");
    const auto out = outOption();
    p.addOptions({set, out});
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("The behaviours a nomination is for, each with what measures it; prints the list "
                                  "(after --set, the new one)."),
                   code, 0, 0))
        return code;
    auto db = p.isSet(set) ? openDatabase(ctx, true) : openDatabaseToRead(ctx);
    if (!db)
        return DataProblem;
    if (p.isSet(set)) {
        auto list = import::readBehaviorsCsv(p.value(set));
        if (!list) {
            printError(list.error());
            return DataProblem;
        }
        if (Status st = store::setRecognitionBehaviors(*db, list.value()); !st) {
            printError(st.error());
            return DataProblem;
        }
    }
    auto list = store::recognitionBehaviors(*db);
    if (!list) {
        printError(list.error());
        return DataProblem;
    }
    return writeReport(p.value(out), exporting::behaviorsCsv(list.value())) ? Ok : DataProblem;
}

} // namespace

int runRecognition(const Context& ctx)
{
    const QString sub = ctx.args.size() > 1 ? ctx.args.at(1) : QString();
    if (sub.isEmpty() || sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        printRecognitionUsage(sub.isEmpty() ? stderr : stdout);
        return sub.isEmpty() ? Usage : Ok;
    }
    Context subCtx = ctx;
    subCtx.args = ctx.args.mid(1);
    subCtx.args.first() = QStringLiteral("recognition ") + sub;
    if (sub == QLatin1String("add"))
        return runAdd(subCtx);
    if (sub == QLatin1String("coverage"))
        return runCoverage(subCtx);
    if (sub == QLatin1String("huddle"))
        return runHuddle(subCtx);
    if (sub == QLatin1String("fixers"))
        return runFixers(subCtx);
    if (sub == QLatin1String("behaviors") || sub == QLatin1String("behaviours"))
        return runBehaviors(subCtx);
    printError(QStringLiteral("unknown recognition subcommand '%1'").arg(sub));
    printRecognitionUsage(stderr);
    return Usage;
}

} // namespace fb::cli
