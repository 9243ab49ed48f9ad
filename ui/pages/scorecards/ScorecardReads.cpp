#include "pages/scorecards/ScorecardReads.h"

#include "common/IsoWeek.h"

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
    return ScorecardMeta{weeks.value(), teams.value(), versions.value()}; // teams in natural order (the store)
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
    startAtTheData(data);
    return data;
}

void startAtTheData(AgentCardData& data)
{
    size_t first = data.weeks.size();
    for (const auto& t : data.trends)
        if (!t.teamIsPooled) // the pulse line is the team's, not the agent's
            for (size_t i = 0; i < t.agentN.size() && i < first; ++i)
                if (t.agentN[i] > 0)
                    first = i;
    for (const auto& n : data.notes) {
        const int key = IsoWeek::ofDate(QDate::fromString(n.coachedOn.left(10), Qt::ISODate)).key();
        for (size_t i = 0; i < first; ++i)
            if (data.weeks[i] == key)
                first = i;
    }
    if (first == 0 || first >= data.weeks.size())
        return; // data from the first week on, or none at all: the whole window
    const auto cut = [first](auto& v) { v.erase(v.begin(), v.begin() + std::min(first, v.size())); };
    cut(data.weeks);
    for (auto& t : data.trends) {
        cut(t.weeks);
        cut(t.agent);
        cut(t.agentN);
        cut(t.team);
    }
}

Result<PrintCards> readPrintCards(store::Database& db, int version, analytics::Level level, int from, int to,
                                  const std::string& team)
{
    using analytics::Level;
    auto in = readInputs(db, version);
    if (!in)
        return in.error();
    const std::string filter = level == Level::Agent ? team : std::string();
    auto sums = store::loadPeriodSums(db, from, to, filter);
    if (!sums)
        return sums.error();
    auto card = [&](Level l) {
        return std::make_shared<const analytics::Scorecard>(
            analytics::computeScorecard(in->definition, in->agents, *sums, l, from, to, filter));
    };
    if (level != Level::Agent)
        return PrintCards{nullptr, card(level)};
    return PrintCards{card(Level::Agent), card(Level::Team)};
}

} // namespace fb::ui::scorecards
