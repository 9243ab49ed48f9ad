// floorboard-cli coaching: effectiveness of coaching and the follow-up queue (docs/coaching.md).
#include "Cli.h"
#include "analytics/Coaching.h"
#include "common/IsoWeek.h"
#include "export/ScorecardCsv.h"
#include "store/CoachingStore.h"
#include "store/Database.h"

#include <QDate>

#include <cstdio>

namespace fb::cli {
namespace {

void printCoachingUsage(std::FILE* out)
{
    fmt::print(out, "Usage: floorboard-cli coaching SUBCOMMAND [options]\n\n"
                    "The coaching log (see docs/coaching.md).\n\n"
                    "Subcommands:\n"
                    "  effectiveness  Share of follow-ups met and difference-in-differences of the target metric,\n"
                    "                 per coach, attribute or team: effectiveness [--from DATE --to DATE]\n"
                    "                 [--by coach|attribute|team] [--out FILE.csv]\n"
                    "  due            Follow-ups due in a week and overdue: due [--week 2026-W10] [--out FILE.csv]\n\n"
                    "`floorboard-cli coaching SUBCOMMAND --help` describes its options.\n");
}

std::optional<QDate> parseDate(const QString& text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

int runEffectiveness(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("First coaching date counted (YYYY-MM-DD; default: the first note)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("Last coaching date counted (YYYY-MM-DD; default: the last note)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption by(QStringLiteral("by"), QStringLiteral("Group by coach (default), attribute or team."),
                                QStringLiteral("GROUP"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        QStringLiteral("CSV file to write, or an Excel workbook when it ends in .xlsx (default: standard output)."),
        QStringLiteral("FILE.csv"));
    p.addOptions({from, to, by, out});
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Write coaching effectiveness as CSV with columns group, notes, follow_ups_done, "
                                  "met, met_share, change, control_change, did, did_low, did_high, measured, "
                                  "small_sample, cut_windows, teams, method, note. Notes are counted by coached_on "
                                  "in the period; met_share = met / follow-ups done; changes are in points "
                                  "(docs/coaching.md), positive = better; did is the coached agents' change against "
                                  "controls of the same baseline, did_low/did_high its 95% interval clustered by "
                                  "team; notes whose window reaches past the data are left out and counted."),
                   code, 0, 0))
        return code;
    QDate fromDate, toDate;
    if (p.isSet(from)) {
        const auto d = parseDate(p.value(from));
        if (!d) {
            printError(QStringLiteral("--from takes a date like 2026-03-01, not '%1'").arg(p.value(from)));
            return Usage;
        }
        fromDate = *d;
    }
    if (p.isSet(to)) {
        const auto d = parseDate(p.value(to));
        if (!d) {
            printError(QStringLiteral("--to takes a date like 2026-03-31, not '%1'").arg(p.value(to)));
            return Usage;
        }
        toDate = *d;
    }
    if (fromDate.isValid() && toDate.isValid() && toDate < fromDate) {
        printError(QStringLiteral("--to must not be before --from"));
        return Usage;
    }
    auto grouping = analytics::Grouping::Coach;
    if (p.isSet(by)) {
        const auto g = analytics::groupingFromKey(s(p.value(by)));
        if (!g) {
            printError(QStringLiteral("--by must be coach, attribute or team, not '%1'").arg(p.value(by)));
            return Usage;
        }
        grouping = *g;
    }
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    auto input = store::loadEffectInput(*db, fromDate, toDate);
    if (!input) {
        printError(input.error());
        return DataProblem;
    }
    const auto rows = analytics::effectiveness(input.value(), fromDate, toDate, grouping);
    if (!writeReport(p.value(out), exporting::effectivenessCsv(rows)))
        return DataProblem;
    if (p.isSet(out))
        fmt::print(stderr, "{} groups written to {}\n", rows.size(), s(p.value(out)));
    return Ok;
}

int runDue(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption week(QStringLiteral("week"),
                                  QStringLiteral("ISO week, e.g. 2026-W10 (default: this week). Follow-ups dated in "
                                                 "it are due; earlier ones not done are overdue."),
                                  QStringLiteral("W"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        QStringLiteral("CSV file to write, or an Excel workbook when it ends in .xlsx (default: standard output)."),
        QStringLiteral("FILE.csv"));
    p.addOptions({week, out});
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("List the coaching follow-ups due in a week and those overdue (not done, dated "
                                  "before the week) as CSV: status, note_id, agent_id, coach, coached_on, attribute, "
                                  "target_metric, baseline, target, follow_up_on, days_overdue."),
                   code, 0, 0))
        return code;
    IsoWeek w = IsoWeek::ofDate(QDate::currentDate());
    if (p.isSet(week)) {
        const auto parsed = IsoWeek::parse(p.value(week));
        if (!parsed) {
            printError(QStringLiteral("--week takes an ISO week like 2026-W10, not '%1'").arg(p.value(week)));
            return Usage;
        }
        w = *parsed;
    }
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    auto notes = store::loadCoachingNotes(*db);
    if (!notes) {
        printError(notes.error());
        return DataProblem;
    }
    const QDate monday = w.monday();
    const QDate sunday = monday.addDays(6);
    exporting::ReportTable table{{"status", "note_id", "agent_id", "coach", "coached_on", "attribute", "target_metric",
                                  "baseline", "target", "follow_up_on", "days_overdue"},
                                 {false, true, true, true, false, true, true, false, false, false, false},
                                 {}};
    int rows = 0;
    for (const char* status : {"overdue", "due"}) {
        for (const auto& n : notes.value()) {
            if (n.followUpDone() || !n.followUpOn.isValid())
                continue;
            const bool overdue = n.followUpOn < monday;
            const bool due = n.followUpOn >= monday && n.followUpOn <= sunday;
            if ((std::string(status) == "overdue" && !overdue) || (std::string(status) == "due" && !due))
                continue;
            table.rows.push_back({status, n.noteId, n.agentId, n.coach, s(n.coachedOn.toString(Qt::ISODate)),
                                  n.attribute, n.targetMetric, exporting::num(n.baseline), exporting::num(n.target),
                                  s(n.followUpOn.toString(Qt::ISODate)),
                                  std::to_string(overdue ? n.followUpOn.daysTo(monday) : 0)});
            ++rows;
        }
    }
    if (!writeReport(p.value(out), table))
        return DataProblem;
    if (p.isSet(out))
        fmt::print(stderr, "{} follow-ups written to {}\n", rows, s(p.value(out)));
    return Ok;
}

} // namespace

int runCoaching(const Context& ctx)
{
    const QString sub = ctx.args.size() > 1 ? ctx.args.at(1) : QString();
    if (sub.isEmpty() || sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        printCoachingUsage(sub.isEmpty() ? stderr : stdout);
        return sub.isEmpty() ? Usage : Ok;
    }
    Context subCtx = ctx;
    subCtx.args = ctx.args.mid(1);
    subCtx.args.first() = QStringLiteral("coaching ") + sub;
    if (sub == QLatin1String("effectiveness"))
        return runEffectiveness(subCtx);
    if (sub == QLatin1String("due"))
        return runDue(subCtx);
    printError(QStringLiteral("unknown coaching subcommand '%1'").arg(sub));
    printCoachingUsage(stderr);
    return Usage;
}

} // namespace fb::cli
