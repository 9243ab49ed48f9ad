// floorboard-cli feedback due|digest|sla: the queue, "you said / we did" with
// the weekly digest, and time to decision and fix (docs/feedback.md).
#include "Cli.h"
#include "FeedbackDigestPdf.h"
#include "analytics/FeedbackDigest.h"
#include "analytics/FeedbackQueue.h"
#include "analytics/FeedbackSla.h"
#include "common/AtomicFile.h"
#include "common/IsoWeek.h"
#include "export/FeedbackCsv.h"
#include "store/Database.h"
#include "store/FeedbackStore.h"

#include <QDate>

#include <algorithm>

namespace fb::cli {
namespace {

// What every feedback report reads: the tickets, the category SLAs and the
// site's calendar.
struct FeedbackData final {
    std::vector<FeedbackTicket> tickets;
    std::vector<FeedbackCategory> categories;
    analytics::WorkingCalendar calendar;
};

std::optional<FeedbackData> loadData(const Context& ctx)
{
    auto db = openDatabase(ctx, true);
    if (!db)
        return std::nullopt;
    auto tickets = store::loadTickets(*db);
    auto categories = store::feedbackCategories(*db);
    auto holidays = store::siteHolidays(*db);
    for (const Error* e : {tickets ? nullptr : &tickets.error(), categories ? nullptr : &categories.error(),
                           holidays ? nullptr : &holidays.error()})
        if (e) {
            printError(*e);
            return std::nullopt;
        }
    std::vector<QDate> days;
    for (const auto& h : holidays.value())
        days.push_back(h.day);
    return FeedbackData{std::move(tickets.value()), std::move(categories.value()), analytics::WorkingCalendar(days)};
}

// The week of --week (ISO week or a day in it), the current week when not given.
std::optional<IsoWeek> weekOf(const QCommandLineParser& p, const QCommandLineOption& week)
{
    if (!p.isSet(week))
        return IsoWeek::ofDate(QDate::currentDate());
    auto w = IsoWeek::parse(p.value(week));
    if (!w)
        printError(
            QStringLiteral("--week takes an ISO week like 2026-W42 or a date in it, not '%1'").arg(p.value(week)));
    return w;
}

// A table to --out, or to standard output without it.
int writeReport(const QCommandLineParser& p, const QCommandLineOption& out, const exporting::ReportTable& table)
{
    if (!p.isSet(out)) {
        fmt::print("{}", exporting::csvText(table, reportCsvOptions()));
        return Ok;
    }
    if (auto st = exporting::writeCsv(table, p.value(out), reportCsvOptions()); !st) {
        printError(st.error());
        return DataProblem;
    }
    return Ok;
}

QCommandLineOption option(const char* name, const char* help, const char* value)
{
    return {QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value)};
}

} // namespace

int runFeedbackDue(const Context& ctx)
{
    QCommandLineParser p;
    const auto week = option("week", "The week (default: this week); the queue is as of its Monday.", "2026-W42");
    const auto team = option("team", "Only this team's tickets.", "TEAM");
    const auto category = option("category", "Only this category.", "CATEGORY");
    const auto owner = option("owner", "Only this owner's tickets.", "NAME");
    const auto out = option("out", "Write the CSV here instead of standard output.", "FILE.csv");
    p.addOptions({week, team, category, owner, out});
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("The feedback queue: overdue reviews, reviews due this week, overdue and due "
                                  "fixes, deferred tickets to revisit, and accepted tickets waiting on their owner."),
                   code, 0, 0))
        return code;
    const auto w = weekOf(p, week);
    if (!w)
        return Usage;
    const auto data = loadData(ctx);
    if (!data)
        return DataProblem;
    const analytics::QueueFilter filter{s(p.value(team)), s(p.value(category)), s(p.value(owner))};
    const auto items = analytics::feedbackQueue(data->tickets, data->categories, data->calendar, w->monday(), filter);
    return writeReport(p, out, exporting::feedbackQueueCsv(items));
}

int runFeedbackDigest(const Context& ctx)
{
    QCommandLineParser p;
    const auto week = option("week", "The week of the digest.", "2026-W42");
    const auto team = option("team", "One team's tickets (default: site-wide).", "TEAM");
    const auto format =
        option("format", "md (default), csv, or pdf (one A4 page for the huddle; needs --out).", "FORMAT");
    const auto out = option("out", "Write it here instead of standard output.", "FILE");
    p.addOptions({week, team, format, out});
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("\"You said / we did\" and the weekly digest: decisions and fixes of the week in "
                                  "plain words, top open issues by agents raising them, next steps with owners, "
                                  "blockers retired."),
                   code, 0, 0))
        return code;
    if (!p.isSet(week)) {
        printError(QStringLiteral("feedback digest needs --week (see floorboard-cli feedback digest --help)"));
        return Usage;
    }
    const auto w = weekOf(p, week);
    if (!w)
        return Usage;
    const QString fmtName = reportFormat(
        p, format, out, {QStringLiteral("md"), QStringLiteral("csv"), QStringLiteral("pdf")}, "feedback digest");
    if (fmtName.isEmpty())
        return Usage;
    const auto data = loadData(ctx);
    if (!data)
        return DataProblem;
    const std::string teamName = s(p.value(team).trimmed());
    const auto digest = analytics::buildDigest(data->tickets, data->categories, data->calendar, w->monday(),
                                               w->monday().addDays(6), teamName);
    if (fmtName == QLatin1String("csv"))
        return writeReport(p, out, exporting::feedbackDigestCsv(digest));
    const std::string title =
        fmt::format("You said, we did: {}, {}", teamName.empty() ? "site-wide" : teamName, s(w->toString()));
    if (fmtName == QLatin1String("pdf")) {
        if (auto st =
                report::writeFeedbackDigestPdf(digest, QString::fromStdString(title), p.value(out), format::file());
            !st) {
            printError(st.error());
            return DataProblem;
        }
        return Ok;
    }
    const std::string md =
        analytics::digestMarkdown(digest, QString::fromStdString(title), format::file()).toStdString();
    if (!p.isSet(out)) {
        fmt::print("{}", md);
        return Ok;
    }
    if (auto st = writeFileAtomically(p.value(out), md); !st) {
        printError(st.error());
        return DataProblem;
    }
    return Ok;
}

int runFeedbackSla(const Context& ctx)
{
    QCommandLineParser p;
    const auto from = option("from", "First day raised (default: the first ticket's).", "YYYY-MM-DD");
    const auto to =
        option("to", "Last day raised, and the day open tickets are counted at (default: today).", "YYYY-MM-DD");
    const auto by = option("by", "category (default), owner, or month (raised: the trend).", "GROUP");
    const auto out = option("out", "Write the CSV here instead of standard output.", "FILE.csv");
    p.addOptions({from, to, by, out});
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Time to decision and to fix in working days per category or owner: median, 90th "
                                  "percentile (PERCENTILE.INC), review SLA breaches, longest open."),
                   code, 0, 0))
        return code;
    const QString byName = p.isSet(by) ? p.value(by).toLower() : QStringLiteral("category");
    if (byName != QLatin1String("category") && byName != QLatin1String("owner") && byName != QLatin1String("month")) {
        printError(QStringLiteral("--by takes category, owner or month, not '%1'").arg(p.value(by)));
        return Usage;
    }
    QDate first, last = QDate::currentDate();
    for (const auto& [opt, day] : {std::pair{&from, &first}, std::pair{&to, &last}})
        if (p.isSet(*opt)) {
            *day = QDate::fromString(p.value(*opt), Qt::ISODate);
            if (!day->isValid()) {
                printError(QStringLiteral("--%1 takes a date YYYY-MM-DD, not '%2'")
                               .arg(opt->names().constFirst(), p.value(*opt)));
                return Usage;
            }
        }
    const auto data = loadData(ctx);
    if (!data)
        return DataProblem;
    if (!first.isValid()) {
        first = last;
        for (const auto& t : data->tickets)
            if (t.raisedOn.isValid())
                first = std::min(first, t.raisedOn);
    }
    if (last < first) {
        printError(
            QStringLiteral("--to %1 is before --from %2").arg(last.toString(Qt::ISODate), first.toString(Qt::ISODate)));
        return Usage;
    }
    const auto rows = analytics::slaTable(data->tickets, data->categories, data->calendar, first, last,
                                          byName == QLatin1String("owner")   ? analytics::SlaGroupBy::Owner
                                          : byName == QLatin1String("month") ? analytics::SlaGroupBy::Month
                                                                             : analytics::SlaGroupBy::Category);
    return writeReport(p, out, exporting::feedbackSlaCsv(rows));
}

} // namespace fb::cli
