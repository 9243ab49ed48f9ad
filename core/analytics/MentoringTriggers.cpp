// Low-score triggers: one pass over the window's surveyed contacts and
// evaluations fills cells keyed by (team, agent, source, dimension, value);
// each cell's rate is then set against its team's base rate.
#include "analytics/MentoringTriggers.h"

#include <algorithm>
#include <tuple>

namespace fb::analytics {
namespace {

using CellKey = std::tuple<std::string, std::string, std::string, std::string, std::string>;
struct Cell final {
    qint64 events = 0;
    qint64 n = 0;
};

class Cells final {
public:
    // Counts one unit in the team's cell and in the agent's.
    void add(const std::string& team, const std::string& agent, const char* source, const char* dimension,
             const std::string& value, bool event)
    {
        for (const std::string* who : {&kTeamWide, &agent}) {
            Cell& c = m_cells[{team, *who, source, dimension, value}];
            ++c.n;
            c.events += event ? 1 : 0;
        }
    }
    [[nodiscard]] const std::map<CellKey, Cell>& all() const { return m_cells; }

private:
    static inline const std::string kTeamWide;
    std::map<CellKey, Cell> m_cells;
};

const RubricAttribute* findAttribute(const std::vector<RubricAttribute>& rubric, const std::string& name)
{
    for (const auto& a : rubric)
        if (a.name == name)
            return &a;
    return nullptr;
}

} // namespace

bool lowScore(int score, const RubricAttribute& attribute)
{
    const int max = attribute.yesNo ? 1 : 4;
    return 2 * score < max;
}

std::vector<TriggerRow> lowScoreTriggers(const TriggerInput& in, const std::string& team)
{
    Cells cells;
    const auto teamOf = [&](const std::string& agent) -> const std::string* {
        const auto it = in.teamOf.find(agent);
        if (it == in.teamOf.end() || (!team.empty() && it->second != team))
            return nullptr;
        return &it->second;
    };
    for (const auto& c : in.contacts) {
        const std::string* t = teamOf(c.agentId);
        if (!t)
            continue;
        const bool detractor = c.csat <= 2;
        cells.add(*t, c.agentId, "csat", "all", {}, detractor);
        if (!c.reason.empty())
            cells.add(*t, c.agentId, "csat", "reason", c.reason, detractor);
        if (!c.queue.empty())
            cells.add(*t, c.agentId, "csat", "queue", c.queue, detractor);
    }
    for (const auto& e : in.evaluations) {
        const std::string* t = teamOf(e.agentId);
        const auto rubric = in.rubrics.find(e.rubricVersion);
        if (!t || rubric == in.rubrics.end())
            continue;
        const auto total = qaTotal(rubric->second, e.scores);
        if (!total)
            continue; // nothing scored: neither passed nor failed
        const bool failed = *total < in.gateQaMin;
        cells.add(*t, e.agentId, "qa", "all", {}, failed);
        if (!e.reason.empty())
            cells.add(*t, e.agentId, "qa", "reason", e.reason, failed);
        if (!e.queue.empty())
            cells.add(*t, e.agentId, "qa", "queue", e.queue, failed);
        // An attribute's cell holds the evaluations that scored it low, so its
        // lift is how much likelier failing is with that attribute low.
        for (const auto& [name, score] : e.scores)
            if (const RubricAttribute* a = findAttribute(rubric->second, name); a && score && lowScore(*score, *a))
                cells.add(*t, e.agentId, "qa", "attribute", name, failed);
    }

    std::vector<TriggerRow> rows;
    for (const auto& [key, cell] : cells.all()) {
        const auto& [t, agent, source, dimension, value] = key;
        if (cell.events == 0 || (agent.empty() && dimension == "all"))
            continue; // the team-wide "all" cell is the base rate itself
        const Cell& base = cells.all().at({t, std::string(), source, "all", std::string()});
        TriggerRow r{t, agent, source, dimension, value, cell.events, cell.n, base.events, base.n, std::nullopt, {}};
        if (cell.n >= kTriggerMinN && base.events > 0)
            r.lift = r.rate() / r.baseRate();
        r.behavior = source == "csat" ? "csat" : dimension == "attribute" ? value : "qa";
        rows.push_back(std::move(r));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const TriggerRow& a, const TriggerRow& b) {
        if (a.team != b.team)
            return a.team < b.team;
        if (a.lift.has_value() != b.lift.has_value())
            return a.lift.has_value();
        if (a.lift && *a.lift != *b.lift)
            return *a.lift > *b.lift;
        if (a.events != b.events)
            return a.events > b.events;
        return std::tie(a.agentId, a.source, a.dimension, a.value) <
               std::tie(b.agentId, b.source, b.dimension, b.value);
    });
    return rows;
}

} // namespace fb::analytics
