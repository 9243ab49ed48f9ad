// The window options shared by mentoring and recognition commands.
#include "WindowOptions.h"

#include "analytics/Mentoring.h"
#include "common/IsoWeek.h"
#include "store/Database.h"
#include "store/ProgramStore.h"
#include "store/ScorecardStore.h"

#include <QDate>

#include <algorithm>

namespace fb::cli {

// The window's last week: --week, else the last complete week before today
// (or the last week with data when the data end earlier).
std::optional<int> lastWeek(const QCommandLineParser& p, const QCommandLineOption& week, store::Database& db)
{
    if (!p.isSet(week)) {
        auto weeks = store::rollupWeeks(db);
        return analytics::defaultMentoringWeek(QDate::currentDate(), weeks ? weeks.value() : std::vector<int>{});
    }
    const auto parsed = IsoWeek::parse(p.value(week));
    if (!parsed) {
        printError(QStringLiteral("--week takes an ISO week like 2026-W10, not '%1'").arg(p.value(week)));
        return std::nullopt;
    }
    return parsed->key();
}

// True when the team is empty or known; prints the teams there are otherwise.
bool knownTeam(store::Database& db, const std::string& team)
{
    if (team.empty())
        return true;
    auto teams = store::allTeams(db);
    if (!teams) {
        printError(teams.error());
        return false;
    }
    if (std::find(teams.value().begin(), teams.value().end(), team) != teams.value().end())
        return true;
    printError(QStringLiteral("--team: unknown team '%1'").arg(QString::fromStdString(team)));
    return false;
}

// A whole-number option within [min, max], or nullopt (error printed).
std::optional<int> wholeNumber(const QCommandLineParser& p, const QCommandLineOption& o, int min, int max)
{
    bool ok = false;
    const int n = p.value(o).toInt(&ok);
    if (ok && n >= min && n <= max)
        return n;
    printError(QStringLiteral("--%1 takes a whole number from %2 to %3, not '%4'")
                   .arg(o.names().first())
                   .arg(min)
                   .arg(max)
                   .arg(p.value(o)));
    return std::nullopt;
}

Opened openWindow(const Context& ctx, const QCommandLineParser& p, const QCommandLineOption& week,
                  const QCommandLineOption& team)
{
    Opened o;
    o.db = openDatabase(ctx, true);
    if (!o.db)
        return {nullptr, 0, DataProblem};
    const auto last = lastWeek(p, week, *o.db);
    if (!last)
        return {nullptr, 0, Usage};
    if (!knownTeam(*o.db, s(p.value(team))))
        return {nullptr, 0, DataProblem};
    o.lastWeek = *last;
    return o;
}

QCommandLineOption weekOption()
{
    return {QStringLiteral("week"),
            QStringLiteral("Last ISO week of the window, e.g. 2026-W10 (default: the last complete week, or the last "
                           "week with data)."),
            QStringLiteral("W")};
}

QCommandLineOption outOption()
{
    return {QStringLiteral("out"),
            QStringLiteral("CSV file to write, or an Excel workbook when it ends in .xlsx (default: standard output)."),
            QStringLiteral("FILE.csv")};
}

} // namespace fb::cli
