// floorboard-cli feedback: frontline feedback tickets (docs/feedback.md).
// This file records (add, decide, fix) and dispatches; the reports (due,
// digest, sla) are in FeedbackReportCommand.cpp.
#include "Cli.h"
#include "analytics/FeedbackDigest.h"
#include "analytics/FeedbackDuplicates.h"
#include "store/Database.h"
#include "store/FeedbackStore.h"

#include <QDate>

namespace fb::cli {

int runFeedbackDue(const Context& ctx); // FeedbackReportCommand.cpp
int runFeedbackDigest(const Context& ctx);
int runFeedbackSla(const Context& ctx);
int runFeedbackHolidays(const Context& ctx); // FeedbackSetupCommand.cpp
int runFeedbackCategory(const Context& ctx);
int runFeedbackDidItHelp(const Context& ctx); // FeedbackFixCheckCommand.cpp

namespace {

void printFeedbackUsage(std::FILE* out)
{
    fmt::print(out,
               "Usage: floorboard-cli feedback SUBCOMMAND [options]\n\n"
               "Frontline feedback tickets with review and fix SLAs (see docs/feedback.md).\n\n"
               "Subcommands:\n"
               "  add      add --category C --title T --by WHO [--friction TAG] [--team T] [--agent A] [--new]\n"
               "           [--plus-one ID]\n"
               "  decide   decide ID --as accepted|deferred|declined --by WHO [--plan P --owner O] [--reason R]\n"
               "           [--revisit DATE]\n"
               "  fix      fix ID --what TEXT --by WHO [--on DATE] [--program-fix N]\n"
               "  due      due [--week W] [--team T] [--category C] [--owner O] [--out FILE.csv]\n"
               "  digest   digest --week W [--team T] [--format md|csv] [--out FILE]\n"
               "  sla      sla [--from DATE --to DATE] [--by category|owner] [--out FILE.csv]\n"
               "  holidays holidays FILE.csv (columns day, name): add the site's holidays\n"
               "  category category [NAME --review DAYS --fix DAYS]: list categories and SLAs, or add/change one\n"
               "  did-it-help did-it-help --ticket ID [--out FILE.csv]: did a fixed ticket's fix move its queue\n\n"
               "`floorboard-cli feedback SUBCOMMAND --help` describes its options.\n");
}

QCommandLineOption textOption(const char* name, const char* help, const char* value)
{
    return {QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value)};
}

// The day of --on, today when not given; false (usage printed) when not a date.
bool dayOf(const QCommandLineParser& p, const QCommandLineOption& on, QDate& day)
{
    day = p.isSet(on) ? QDate::fromString(p.value(on), Qt::ISODate) : QDate::currentDate();
    if (!day.isValid())
        printError(QStringLiteral("--%1 takes a date YYYY-MM-DD, not '%2'").arg(on.names().constFirst(), p.value(on)));
    return day.isValid();
}

int runAdd(const Context& ctx)
{
    QCommandLineParser p;
    const auto category =
        textOption("category", "policy, tool, training, product, schedule, other, or one added.", "CATEGORY");
    const auto title = textOption("title", "What gets in the way, in a few words.", "TEXT");
    const auto friction = textOption("friction", "Friction tag, e.g. \"tool lag\", \"policy ambiguity\".", "TAG");
    const auto detail = textOption("detail", "More detail.", "TEXT");
    const auto team = textOption("team", "The team it comes from.", "TEAM");
    const auto agent = textOption("agent", "The agent raising it (leave out when anonymous).", "AGENT_ID");
    const auto queue = textOption("queue", "The queue it applies to (leave out for all).", "QUEUE");
    const auto interaction = textOption("interaction", "An interaction that shows it.", "ID");
    const auto on = textOption("on", "Day it was raised (default: today).", "YYYY-MM-DD");
    const auto by = textOption("by", "Who records it (the lead entering it).", "NAME");
    const auto plusOne = textOption("plus-one", "Count the agent as raising this open ticket instead.", "ID");
    const QCommandLineOption forceNew(QStringLiteral("new"),
                                      QStringLiteral("Record a new ticket even when it resembles an open one."));
    p.addOptions({category, title, friction, detail, team, agent, queue, interaction, on, by, plusOne, forceNew});
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Record a feedback ticket. A ticket whose title and tag resemble an open one is "
                                  "refused with the match, to be recorded as a +1 (--plus-one ID) or, when it is "
                                  "not the same, with --new."),
                   code, 0, 0))
        return code;
    QDate day;
    if (!dayOf(p, on, day))
        return Usage;
    if (!p.isSet(by)) {
        printError(QStringLiteral("feedback add needs --by, who records the ticket"));
        return Usage;
    }
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    if (p.isSet(plusOne)) {
        const std::string id = s(p.value(plusOne));
        if (auto st = store::addPlusOne(*db, id, s(p.value(agent)), day, s(p.value(by))); !st) {
            printError(st.error());
            return DataProblem;
        }
        fmt::print("+1 to {} from {}\n", id, s(p.value(agent)));
        return Ok;
    }
    if (!p.isSet(category) || !p.isSet(title)) {
        printError(
            QStringLiteral("feedback add needs --category and --title (see floorboard-cli feedback add --help)"));
        return Usage;
    }
    FeedbackTicket t;
    t.category = s(p.value(category).trimmed().toLower());
    t.title = s(p.value(title).trimmed());
    t.friction = s(p.value(friction).trimmed());
    t.detail = s(p.value(detail).trimmed());
    t.team = s(p.value(team).trimmed());
    t.agentId = s(p.value(agent).trimmed());
    t.scopeQueue = s(p.value(queue).trimmed());
    t.interactionId = s(p.value(interaction).trimmed());
    t.raisedOn = day;
    if (!p.isSet(forceNew)) {
        auto tickets = store::loadTickets(*db);
        if (!tickets) {
            printError(tickets.error());
            return DataProblem;
        }
        const auto matches = analytics::findDuplicates(t.title, t.friction, tickets.value());
        if (!matches.empty()) {
            const auto& m = matches.front().ticket;
            printError(QStringLiteral("'%1' resembles open ticket %2 '%3' (%4, %5, %6 % of the words shared); "
                                      "record it as +1 with --plus-one %2 --agent AGENT_ID, or as a new ticket "
                                      "with --new")
                           .arg(QString::fromStdString(t.title), QString::fromStdString(m.id),
                                QString::fromStdString(m.title),
                                QString::fromStdString(m.friction.empty() ? "no tag" : m.friction),
                                analytics::agentsText(m.agents, format::file()))
                           .arg(std::lround(100 * matches.front().overlap)));
            return DataProblem;
        }
    }
    auto id = store::addTicket(*db, t, s(p.value(by)));
    if (!id) {
        printError(id.error());
        return DataProblem;
    }
    fmt::print("ticket {} raised on {}: {}\n", id.value(), s(day.toString(Qt::ISODate)), t.title);
    return Ok;
}

int runDecide(const Context& ctx)
{
    QCommandLineParser p;
    const auto as = textOption("as", "accepted, deferred or declined.", "DECISION");
    const auto reason = textOption("reason", "The reason (deferred) or rationale (declined).", "TEXT");
    const auto plan = textOption("plan", "Accepted: the planned fix.", "TEXT");
    const auto owner = textOption("owner", "Accepted: who owns the fix.", "NAME");
    const auto revisit = textOption("revisit", "Deferred: when it is looked at again.", "YYYY-MM-DD");
    const auto on = textOption("on", "Day of the decision (default: today).", "YYYY-MM-DD");
    const auto by = textOption("by", "Who decides.", "NAME");
    p.addOptions({as, reason, plan, owner, revisit, on, by});
    p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The ticket."));
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Decide a ticket: accepted with a plan and an owner, deferred with a "
                                  "reason and a revisit date, or declined with a rationale."),
                   code, 1, 1))
        return code;
    store::FeedbackDecision d;
    if (!dayOf(p, on, d.on))
        return Usage;
    if (p.isSet(revisit) && !dayOf(p, revisit, d.revisitOn))
        return Usage;
    if (!p.isSet(as) || !p.isSet(by)) {
        printError(QStringLiteral("feedback decide needs --as and --by (see floorboard-cli feedback decide --help)"));
        return Usage;
    }
    d.status = s(p.value(as).trimmed().toLower());
    d.reason = s(p.value(reason).trimmed());
    d.plannedFix = s(p.value(plan).trimmed());
    d.owner = s(p.value(owner).trimmed());
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    const std::string id = s(p.positionalArguments().at(0));
    if (auto st = store::decideTicket(*db, id, d, s(p.value(by))); !st) {
        printError(st.error());
        return DataProblem;
    }
    fmt::print("ticket {} {} on {}\n", id, d.status, s(d.on.toString(Qt::ISODate)));
    return Ok;
}

int runFix(const Context& ctx)
{
    QCommandLineParser p;
    const auto what =
        textOption("what", "What changed, as a sentence after \"We\": \"Moved the batch job to 02:00\".", "TEXT");
    const auto on = textOption("on", "Day the fix took effect (default: today).", "YYYY-MM-DD");
    const auto programFix = textOption("program-fix", "The program fixes-log entry it became.", "N");
    const auto by = textOption("by", "Who records the fix.", "NAME");
    p.addOptions({what, on, programFix, by});
    p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The accepted ticket."));
    int code = Ok;
    if (!parseArgs(p, ctx, QStringLiteral("Close an accepted ticket as fixed."), code, 1, 1))
        return code;
    QDate day;
    if (!dayOf(p, on, day))
        return Usage;
    if (!p.isSet(what) || !p.isSet(by)) {
        printError(QStringLiteral("feedback fix needs --what and --by (see floorboard-cli feedback fix --help)"));
        return Usage;
    }
    qint64 fixId = 0;
    if (p.isSet(programFix)) {
        bool ok = false;
        fixId = p.value(programFix).toLongLong(&ok);
        if (!ok || fixId <= 0) {
            printError(QStringLiteral("--program-fix takes a fix number, not '%1'").arg(p.value(programFix)));
            return Usage;
        }
    }
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    const std::string id = s(p.positionalArguments().at(0));
    if (auto st = store::fixTicket(*db, id, day, s(p.value(what).trimmed()), fixId, s(p.value(by))); !st) {
        printError(st.error());
        return DataProblem;
    }
    fmt::print("ticket {} fixed on {}\n", id, s(day.toString(Qt::ISODate)));
    return Ok;
}

} // namespace

int runFeedback(const Context& ctx)
{
    if (ctx.args.size() < 2) {
        printError(QStringLiteral("feedback needs a subcommand"));
        printFeedbackUsage(stderr);
        return Usage;
    }
    const QString sub = ctx.args.at(1);
    if (sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        printFeedbackUsage(stdout);
        return Ok;
    }
    int (*run)(const Context&) = nullptr;
    if (sub == QLatin1String("add"))
        run = &runAdd;
    else if (sub == QLatin1String("decide"))
        run = &runDecide;
    else if (sub == QLatin1String("fix"))
        run = &runFix;
    else if (sub == QLatin1String("due"))
        run = &runFeedbackDue;
    else if (sub == QLatin1String("digest"))
        run = &runFeedbackDigest;
    else if (sub == QLatin1String("sla"))
        run = &runFeedbackSla;
    else if (sub == QLatin1String("holidays"))
        run = &runFeedbackHolidays;
    else if (sub == QLatin1String("category"))
        run = &runFeedbackCategory;
    else if (sub == QLatin1String("did-it-help"))
        run = &runFeedbackDidItHelp;
    if (!run) {
        printError(QStringLiteral("unknown feedback subcommand '%1'").arg(sub));
        printFeedbackUsage(stderr);
        return Usage;
    }
    Context inner = ctx;
    inner.args = ctx.args.mid(1);
    inner.args.first() = QStringLiteral("feedback ") + sub;
    return run(inner);
}

} // namespace fb::cli
