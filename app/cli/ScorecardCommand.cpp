// floorboard-cli scorecard: the balanced scorecard of agents, teams or the site as CSV.
#include "Cli.h"
#include "ScorecardPdf.h"
#include "analytics/Scorecard.h"
#include "common/IsoWeek.h"
#include "export/ScorecardCsv.h"
#include "store/Database.h"
#include "store/ScorecardStore.h"

#include <QGuiApplication>

#include <algorithm>
#include <cstdio>

namespace fb::cli {
namespace {

int writeDefinition(store::Database& db, const QString& path, const QString& versionText)
{
    int version = 0;
    if (!versionText.isEmpty()) {
        bool ok = false;
        version = versionText.toInt(&ok);
        if (!ok || version < 1) {
            printError(QStringLiteral("--definition takes a version number, not '%1'").arg(versionText));
            return Usage;
        }
    }
    auto def = store::scorecardDefinition(db, version);
    if (!def) {
        printError(def.error());
        return DataProblem;
    }
    if (auto st = exporting::writeCsv(exporting::definitionCsv(*def), path, reportCsvOptions()); !st) {
        printError(st.error());
        return DataProblem;
    }
    fmt::print(stderr, "definition v{} ({} metrics) written to {}\n", def->version, def->metrics.size(), s(path));
    return Ok;
}

} // namespace

int runScorecard(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption week(QStringLiteral("week"),
                                  QStringLiteral("Last ISO week of the period, e.g. 2026-W10 (default: the last week "
                                                 "with data)."),
                                  QStringLiteral("WEEK"));
    const QCommandLineOption weeks(QStringLiteral("weeks"), QStringLiteral("Weeks in the period (default 1)."),
                                   QStringLiteral("N"));
    const QCommandLineOption level(QStringLiteral("level"), QStringLiteral("agent, team or site (default agent)."),
                                   QStringLiteral("LEVEL"));
    const QCommandLineOption team(QStringLiteral("team"), QStringLiteral("Only this team's agents (or this team)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        QStringLiteral("CSV file to write, or an Excel workbook when it ends in .xlsx (default: standard output)."),
        QStringLiteral("FILE.csv"));
    const QCommandLineOption definitionOut(QStringLiteral("definition-out"),
                                           QStringLiteral("Write the scorecard definition (floors, targets, weights, "
                                                          "min n) as CSV instead of a scorecard."),
                                           QStringLiteral("FILE.csv"));
    const QCommandLineOption definition(QStringLiteral("definition"),
                                        QStringLiteral("Definition version for --definition-out (default: current)."),
                                        QStringLiteral("N"));
    const QCommandLineOption pdf(QStringLiteral("pdf"),
                                 QStringLiteral("Also write the printable scorecards (agents by team, with each "
                                                "team's row) as a PDF, as the window's Print PDF does."),
                                 QStringLiteral("FILE.pdf"));
    p.addOptions({week, weeks, level, team, out, definitionOut, definition, pdf});
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Write the balanced scorecard (docs/scorecard.md) as CSV: one row per agent, team "
                                  "or site, with each metric's value, n and score, the composite and the quality "
                                  "gate."),
                   code, 0, 0))
        return code;

    int span = 1;
    if (p.isSet(weeks)) {
        bool ok = false;
        span = p.value(weeks).toInt(&ok);
        if (!ok || span < 1 || span > 520) {
            printError(QStringLiteral("--weeks takes a whole number from 1 to 520, not '%1'").arg(p.value(weeks)));
            return Usage;
        }
    }
    auto lvl = analytics::Level::Agent;
    if (p.isSet(level)) {
        const auto l = analytics::levelFromKey(s(p.value(level)));
        if (!l) {
            printError(QStringLiteral("--level takes agent, team or site, not '%1'").arg(p.value(level)));
            return Usage;
        }
        lvl = *l;
    }
    std::optional<IsoWeek> last;
    if (p.isSet(week)) {
        last = IsoWeek::parse(p.value(week));
        if (!last) {
            printError(QStringLiteral("--week takes an ISO week such as 2026-W10, not '%1'").arg(p.value(week)));
            return Usage;
        }
    }
    const std::string teamName = s(p.value(team));
    if (p.isSet(pdf) && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        printError(QStringLiteral("--pdf needs a graphical application object; run `floorboard-cli scorecard` "
                                  "with --pdf as its own option"));
        return Usage;
    }
    if (p.isSet(pdf) && p.isSet(definitionOut)) {
        printError(QStringLiteral("--pdf prints a scorecard; it does not go with --definition-out"));
        return Usage;
    }
    if (!teamName.empty() && lvl == analytics::Level::Site) {
        printError(QStringLiteral("--team applies to the agent and team levels"));
        return Usage;
    }

    auto db = openDatabaseToRead(ctx);
    if (!db)
        return DataProblem;
    if (p.isSet(definitionOut))
        return writeDefinition(*db, p.value(definitionOut), p.value(definition));
    if (!teamName.empty()) {
        auto teams = store::scorecardTeams(*db);
        if (!teams) {
            printError(teams.error());
            return DataProblem;
        }
        if (std::find(teams->begin(), teams->end(), teamName) == teams->end()) {
            printError(QStringLiteral("no team named '%1'").arg(p.value(team)));
            return DataProblem;
        }
    }
    if (!last) {
        auto weeksWithData = store::rollupWeeks(*db);
        if (!weeksWithData) {
            printError(weeksWithData.error());
            return DataProblem;
        }
        if (weeksWithData->empty()) {
            printError(QStringLiteral("the database holds no interactions yet; give --week"));
            return DataProblem;
        }
        last = IsoWeek::fromKey(weeksWithData->back());
    }
    const int to = last->key();
    const int from = last->next(-(span - 1)).key();

    auto def = store::scorecardDefinition(*db);
    auto agents = store::scorecardAgents(*db);
    if (!def || !agents) {
        printError(!def ? def.error() : agents.error());
        return DataProblem;
    }
    auto sums = store::loadPeriodSums(*db, from, to, teamName);
    if (!sums) {
        printError(sums.error());
        return DataProblem;
    }
    const auto card = analytics::computeScorecard(*def, *agents, *sums, lvl, from, to, teamName);
    if (p.isSet(pdf)) {
        // The printed scorecards always show the agents and their teams' rows.
        const auto agentCard =
            analytics::computeScorecard(*def, *agents, *sums, analytics::Level::Agent, from, to, teamName);
        const auto teamCard =
            analytics::computeScorecard(*def, *agents, *sums, analytics::Level::Team, from, to, teamName);
        if (auto st = report::writeScorecardPdf(agentCard, teamCard, p.value(pdf)); !st) {
            printError(st.error());
            return DataProblem;
        }
        fmt::print(stderr, "Scorecards ({} to {}; agents: {}, teams: {}) printed to {}\n",
                   s(IsoWeek::fromKey(from).toString()), s(IsoWeek::fromKey(to).toString()), agentCard.rows.size(),
                   teamCard.rows.size(), s(p.value(pdf)));
    }
    const auto table = exporting::scorecardCsv(card);
    if (!p.isSet(out)) {
        const std::string csv = exporting::csvText(table, reportCsvOptions());
        std::fwrite(csv.data(), 1, csv.size(), stdout);
        return Ok;
    }
    if (auto st = exporting::writeCsv(table, p.value(out), reportCsvOptions()); !st) {
        printError(st.error());
        return DataProblem;
    }
    fmt::print(stderr, "{} {} rows ({} to {}, definition v{}) written to {}\n", card.rows.size(),
               analytics::levelKey(lvl), s(IsoWeek::fromKey(from).toString()), s(IsoWeek::fromKey(to).toString()),
               def->version, s(p.value(out)));
    return Ok;
}

} // namespace fb::cli
