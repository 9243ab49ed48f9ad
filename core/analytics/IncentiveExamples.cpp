// Worked examples and what-if of an incentive plan (analytics/IncentivePayout.h).
#include "analytics/IncentivePayout.h"

#include <algorithm>
#include <unordered_map>

namespace fb::analytics {

std::vector<WorkedExample> workedExamples(const std::vector<AgentPayout>& payouts)
{
    // Ties go to the smaller agent id, so the examples do not change with the order of the rows.
    const auto better = [](const AgentPayout* best, const AgentPayout& p, double v, double bestV) {
        return !best || v > bestV || (v == bestV && p.agent.id < best->agent.id);
    };
    const AgentPayout* red = nullptr;   // the most volume locked behind the red gate
    const AgentPayout* below = nullptr; // green, the score nearest the middle of the green ones below 1
    const AgentPayout* best = nullptr;  // green, the highest score
    std::vector<const AgentPayout*> greenBelow;
    for (const AgentPayout& p : payouts) {
        if (!p.gateGreen) {
            if (p.productivityScore && better(red, p, *p.productivityScore, red ? *red->productivityScore : 0))
                red = &p;
            continue;
        }
        if (better(best, p, p.score, best ? best->score : 0))
            best = &p;
        if (p.score < 1)
            greenBelow.push_back(&p);
    }
    // Another agent than the best one, so the three examples show three people.
    greenBelow.erase(std::remove(greenBelow.begin(), greenBelow.end(), best), greenBelow.end());
    std::sort(greenBelow.begin(), greenBelow.end(), [](const AgentPayout* a, const AgentPayout* b) {
        return a->score != b->score ? a->score < b->score : a->agent.id < b->agent.id;
    });
    if (!greenBelow.empty())
        below = greenBelow[greenBelow.size() / 2];
    std::vector<WorkedExample> out;
    if (red)
        out.push_back({WorkedExample::Kind::GateRed, *red});
    if (below)
        out.push_back({WorkedExample::Kind::GreenBelowTarget, *below});
    if (best)
        out.push_back({WorkedExample::Kind::GreenBest, *best});
    return out;
}

std::vector<WhatIfRow> whatIf(const std::vector<AgentPayout>& before, const std::vector<AgentPayout>& after)
{
    std::unordered_map<std::string, const AgentPayout*> byId;
    for (const AgentPayout& p : after)
        byId[p.agent.id] = &p;
    std::vector<WhatIfRow> rows;
    for (const AgentPayout& b : before) {
        const auto it = byId.find(b.agent.id);
        if (it == byId.end())
            continue;
        rows.push_back(
            {b.agent.id, b.agent.name, b.agent.team, b.payout, it->second->payout, b.gateGreen, it->second->gateGreen});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const WhatIfRow& a, const WhatIfRow& b) {
        return a.change() != b.change() ? a.change() > b.change() : a.id < b.id;
    });
    return rows;
}

} // namespace fb::analytics
