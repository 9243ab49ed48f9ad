// floorboard-cli mentoring start|session|end|capacity: record a mentoring program
// from the command line, with the same checks as the window (the store
// refuses what validatePair / validateSession refuse).
#include "Cli.h"
#include "domain/Mentoring.h"
#include "store/Database.h"
#include "store/MentoringStore.h"

#include <QDate>

namespace fb::cli {
namespace {

// The date of an option, its default when not set, or nullopt (error printed).
std::optional<QDate> dateOption(const QCommandLineParser& p, const QCommandLineOption& o, QDate fallback)
{
    if (!p.isSet(o))
        return fallback;
    const QDate d = QDate::fromString(p.value(o), Qt::ISODate);
    if (!d.isValid()) {
        printError(QStringLiteral("--%1 takes a date like 2026-03-02, not '%2'").arg(o.names().first(), p.value(o)));
        return std::nullopt;
    }
    return d;
}

// Every option in `required` is set; else prints the first missing one.
bool requireAll(const QCommandLineParser& p, const QString& command,
                std::initializer_list<const QCommandLineOption*> required)
{
    for (const auto* o : required)
        if (!p.isSet(*o)) {
            printError(
                QStringLiteral("--%1 is required (see floorboard-cli %2 --help)").arg(o->names().first(), command));
            return false;
        }
    return true;
}

QCommandLineOption textOption(const char* name, const char* help, const char* value)
{
    return {QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value)};
}

} // namespace

int runMentoringStart(const Context& ctx)
{
    QCommandLineParser p;
    const auto mentee = textOption("mentee", "The mentee's agent id.", "ID");
    const auto mentor = textOption("mentor", "The mentor's agent id.", "ID");
    const auto behavior = textOption("behavior", "The behaviour practised (a rubric attribute or a metric key).", "B");
    const auto on = textOption("on", "Start date (default: today).", "DATE");
    const auto plannedEnd = textOption("planned-end", "Planned end (default: 6 weeks after the start).", "DATE");
    const auto id = textOption("id", "The pair's id (default: the next P0001-style id).", "ID");
    p.addOptions({mentee, mentor, behavior, on, plannedEnd, id});
    int code = Ok;
    if (!parseArgs(p, ctx, QStringLiteral("Start a mentoring pair; prints its id."), code, 0, 0))
        return code;
    if (!requireAll(p, ctx.args.first(), {&mentee, &mentor, &behavior}))
        return Usage;
    const auto start = dateOption(p, on, QDate::currentDate());
    if (!start)
        return Usage;
    const auto end = dateOption(p, plannedEnd, defaultPlannedEnd(*start));
    if (!end)
        return Usage;
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    MentoringPair pair;
    pair.pairId = s(p.value(id));
    pair.menteeId = s(p.value(mentee));
    pair.mentorId = s(p.value(mentor));
    pair.behavior = s(p.value(behavior));
    pair.startedOn = *start;
    pair.plannedEnd = *end;
    auto stored = store::startMentoringPair(*db, pair);
    if (!stored) {
        printError(stored.error());
        return DataProblem;
    }
    fmt::print("{}\n", stored.value());
    return Ok;
}

int runMentoringSession(const Context& ctx)
{
    QCommandLineParser p;
    const auto pairId = textOption("pair", "The pair's id.", "ID");
    const auto on = textOption("on", "The day it was held (default: today).", "DATE");
    const auto minutes = textOption("minutes", "How long, in minutes (more than 0, at most 1440).", "N");
    const auto practised = textOption("practised", "What was practised.", "TEXT");
    const auto nextStep = textOption("next-step", "The next step agreed.", "TEXT");
    p.addOptions({pairId, on, minutes, practised, nextStep});
    int code = Ok;
    if (!parseArgs(p, ctx, QStringLiteral("Log a session of an active mentoring pair; prints its id."), code, 0, 0))
        return code;
    if (!requireAll(p, ctx.args.first(), {&pairId, &minutes}))
        return Usage;
    const auto held = dateOption(p, on, QDate::currentDate());
    if (!held)
        return Usage;
    bool ok = false;
    const double m = p.value(minutes).toDouble(&ok);
    if (!ok) {
        printError(QStringLiteral("--minutes takes a number like 30, not '%1'").arg(p.value(minutes)));
        return Usage;
    }
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    MentoringSession session{{}, s(p.value(pairId)), *held, m, s(p.value(practised)), s(p.value(nextStep))};
    auto stored = store::logMentoringSession(*db, session);
    if (!stored) {
        printError(stored.error());
        return DataProblem;
    }
    fmt::print("{}\n", stored.value());
    return Ok;
}

int runMentoringEnd(const Context& ctx)
{
    QCommandLineParser p;
    const auto pairId = textOption("pair", "The pair's id.", "ID");
    const auto on = textOption("on", "The day it ended (default: today).", "DATE");
    const auto outcome = textOption("outcome", "met, not_met or stopped.", "OUTCOME");
    p.addOptions({pairId, on, outcome});
    int code = Ok;
    if (!parseArgs(p, ctx, QStringLiteral("End an active mentoring pair with its outcome."), code, 0, 0))
        return code;
    if (!requireAll(p, ctx.args.first(), {&pairId, &outcome}))
        return Usage;
    const auto ended = dateOption(p, on, QDate::currentDate());
    if (!ended)
        return Usage;
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    if (auto st = store::endMentoringPair(*db, s(p.value(pairId)), *ended, s(p.value(outcome))); !st) {
        printError(st.error());
        return DataProblem;
    }
    return Ok;
}

int runMentoringCapacity(const Context& ctx)
{
    QCommandLineParser p;
    const auto mentor = textOption("mentor", "The mentor's agent id.", "ID");
    const auto mentees = textOption("mentees", "Mentees the mentor takes at once (0-20; 2 is the default).", "N");
    p.addOptions({mentor, mentees});
    int code = Ok;
    if (!parseArgs(p, ctx, QStringLiteral("Set how many mentees a mentor takes at once."), code, 0, 0))
        return code;
    if (!requireAll(p, ctx.args.first(), {&mentor, &mentees}))
        return Usage;
    bool ok = false;
    const int n = p.value(mentees).toInt(&ok);
    if (!ok) {
        printError(QStringLiteral("--mentees takes a whole number like 2, not '%1'").arg(p.value(mentees)));
        return Usage;
    }
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    if (auto st = store::setMentorCapacity(*db, s(p.value(mentor)), n); !st) {
        printError(st.error());
        return DataProblem;
    }
    return Ok;
}

} // namespace fb::cli
