#include "Cli.h"
#include "demo/DemoGenerator.h"
#include "store/Database.h"

#include <QElapsedTimer>

namespace fb::cli {
namespace {

bool intOption(const QCommandLineParser& p, const QCommandLineOption& o, int min, int max, int& out)
{
    if (!p.isSet(o))
        return true;
    bool ok = false;
    const int v = p.value(o).toInt(&ok);
    if (!ok || v < min || v > max) {
        printError(QStringLiteral("--%1 takes a whole number from %2 to %3, not '%4'")
                       .arg(o.names().first())
                       .arg(min)
                       .arg(max)
                       .arg(p.value(o)));
        return false;
    }
    out = v;
    return true;
}

} // namespace

int runDemo(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption agents(QStringLiteral("agents"), QStringLiteral("Agents (default 48)."),
                                    QStringLiteral("N"));
    const QCommandLineOption teams(QStringLiteral("teams"), QStringLiteral("Teams (default 4)."), QStringLiteral("N"));
    const QCommandLineOption weeks(QStringLiteral("weeks"), QStringLiteral("Weeks (default 16)."), QStringLiteral("N"));
    const QCommandLineOption contacts(QStringLiteral("contacts-per-week"),
                                      QStringLiteral("Contacts per agent per week (default 120)."),
                                      QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."),
                                  QStringLiteral("N"));
    const QCommandLineOption start(QStringLiteral("start"), QStringLiteral("First Monday (default 2026-07-06)."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption csvDir(QStringLiteral("csv-dir"),
                                    QStringLiteral("Write the site as canonical CSV files into DIR instead of the "
                                                   "database."),
                                    QStringLiteral("DIR"));
    p.addOptions({agents, teams, weeks, contacts, seed, start, csvDir});
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Create a realistic demo site, deterministically from the seed, into an empty "
                                  "database (or as CSV files with --csv-dir)."),
                   code, 0, 0))
        return code;
    demo::DemoOptions o;
    if (!intOption(p, agents, 1, 100000, o.agents) || !intOption(p, teams, 1, 1000, o.teams) ||
        !intOption(p, weeks, 1, 520, o.weeks) || !intOption(p, contacts, 1, 10000, o.contactsPerWeek))
        return Usage;
    if (p.isSet(seed)) {
        bool ok = false;
        o.seed = p.value(seed).toULongLong(&ok);
        if (!ok) {
            printError(QStringLiteral("--seed takes a whole number, not '%1'").arg(p.value(seed)));
            return Usage;
        }
    }
    if (p.isSet(start)) {
        o.start = QDate::fromString(p.value(start), Qt::ISODate);
        if (!o.start.isValid() || o.start.dayOfWeek() != 1) {
            printError(QStringLiteral("--start takes a Monday as YYYY-MM-DD, not '%1'").arg(p.value(start)));
            return Usage;
        }
    }
    if (o.teams > o.agents) {
        printError(QStringLiteral("--teams (%1) cannot exceed --agents (%2)").arg(o.teams).arg(o.agents));
        return Usage;
    }
    const bool tty = stderrIsTerminal();
    auto progress = [tty](int done, int total) {
        if (tty)
            fmt::print(stderr, "\rweek {}/{}", done, total);
    };
    QElapsedTimer timer;
    timer.start();
    Result<demo::DemoSummary> summary = Error::plain(QString());
    if (p.isSet(csvDir)) {
        summary = demo::writeDemoCsv(p.value(csvDir), o, progress);
    } else {
        auto db = openDatabase(ctx);
        if (!db)
            return DataProblem;
        summary = demo::generateDemo(*db, o, progress);
    }
    if (tty)
        fmt::print(stderr, "\r");
    if (!summary) {
        printError(summary.error());
        return DataProblem;
    }
    const auto& sm = summary.value();
    fmt::print("Demo site: {} agents, {} interactions, {} QA evaluations, {} pulse responses, {} coaching notes, "
               "{} feedback tickets, {} recognitions ({:.1f} s)\n",
               sm.agents, sm.interactions, sm.evaluations, sm.pulses, sm.coachingNotes, sm.tickets, sm.recognitions,
               timer.elapsed() / 1000.0);
    return Ok;
}

} // namespace fb::cli
