#include "pages/scorecards/ScorecardReads.h"

#include "common/IsoWeek.h"
#include "models/NaturalOrder.h"

#include <algorithm>

namespace fb::ui::scorecards {
namespace {

// Every computation needs the definition and the agents first.
struct Inputs final {
    analytics::ScorecardDefinition definition;
    std::vector<analytics::AgentInfo> agents;
};

Result<Inputs> readInputs(store::Database& db, int version)
{
    auto def = store::scorecardDefinition(db, version);
    if (!def)
        return def.error();
    auto agents = store::scorecardAgents(db);
    if (!agents)
        return agents.error();
    return Inputs{std::move(def.value()), std::move(agents.value())};
}

} // namespace

Result<ScorecardMeta> readScorecardMeta(store::Database& db)
{
    auto weeks = store::rollupWeeks(db);
    auto teams = store::scorecardTeams(db);
    auto versions = store::scorecardDefinitionVersions(db);
    if (!weeks || !teams || !versions)
        return !weeks ? weeks.error() : !teams ? teams.error() : versions.error();
    ScorecardMeta meta{weeks.value(), teams.value(), versions.value()};
    std::sort(meta.teams.begin(), meta.teams.end(), [](const std::string& a, const std::string& b) {
        return naturalLess(QString::fromStdString(a), QString::fromStdString(b)); // "Team 5" before "Team 10"
    });
    return meta;
}

Result<analytics::Scorecard> readScorecard(store::Database& db, int version, analytics::Level level, int from, int to,
                                           const std::string& team)
{
    auto in = readInputs(db, version);
    if (!in)
        return in.error();
    auto sums = store::loadPeriodSums(db, from, to, team);
    if (!sums)
        return sums.error();
    return analytics::computeScorecard(in->definition, in->agents, *sums, level, from, to, team);
}

Result<analytics::Happiness> readHappiness(store::Database& db, int version, int from, int to,
                                           analytics::Metric outcome)
{
    auto in = readInputs(db, version);
    if (!in)
        return in.error();
    auto weekly = store::loadWeeklySums(db, from, to);
    if (!weekly)
        return weekly.error();
    return analytics::happiness(in->definition, in->agents, *weekly, outcome);
}

Result<AgentCardData> readAgentCard(store::Database& db, int version, const std::string& agentId,
                                    const std::string& team, int to)
{
    const int from = IsoWeek::fromKey(to).next(-12).key();
    auto in = readInputs(db, version);
    if (!in)
        return in.error();
    auto weekly = store::loadWeeklySums(db, from, to, team);
    if (!weekly)
        return weekly.error();
    auto notes = store::coachingMarks(db, agentId, IsoWeek::fromKey(from).monday().toString(Qt::ISODate),
                                      IsoWeek::fromKey(to).monday().addDays(6).toString(Qt::ISODate));
    if (!notes)
        return notes.error();
    AgentCardData data;
    for (int w = from; w <= to; w = IsoWeek::fromKey(w).next().key())
        data.weeks.push_back(w);
    data.definition = in->definition;
    data.trends = analytics::agentTrends(in->definition, in->agents, *weekly, data.weeks, agentId);
    data.notes = notes.value();
    return data;
}

Result<PrintCards> readPrintCards(store::Database& db, int version, int from, int to)
{
    auto in = readInputs(db, version);
    if (!in)
        return in.error();
    auto sums = store::loadPeriodSums(db, from, to);
    if (!sums)
        return sums.error();
    using analytics::Level;
    return PrintCards{std::make_shared<const analytics::Scorecard>(
                          analytics::computeScorecard(in->definition, in->agents, *sums, Level::Agent, from, to)),
                      std::make_shared<const analytics::Scorecard>(
                          analytics::computeScorecard(in->definition, in->agents, *sums, Level::Team, from, to))};
}

} // namespace fb::ui::scorecards
