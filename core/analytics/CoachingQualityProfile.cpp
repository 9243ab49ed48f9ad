// An agent's quality profile: per rubric attribute the agent's mean against
// the rest of the team's, recent weeks against earlier ones, and the weakest
// attribute marked.
#include "analytics/Coaching.h"
#include "analytics/CoachingShared.h"

#include <algorithm>
#include <cmath>

namespace fb::analytics {
namespace {

using coaching::addWeeks;

} // namespace

std::vector<AttributeProfile> qualityProfile(const std::string& agentId, const std::vector<std::string>& attributes,
                                             const std::unordered_map<std::string, std::string>& teamOf,
                                             const WeeklyData& data, int fromWeek, int toWeek)
{
    const auto t = teamOf.find(agentId);
    const std::string team = t == teamOf.end() ? std::string() : t->second;
    // The first half of the weeks vs the second half (the later half holds the odd week).
    int weeks = 0;
    for (int w = fromWeek; w <= toWeek; w = addWeeks(w, 1))
        ++weeks;
    const int splitWeek = addWeeks(fromWeek, weeks / 2); // first week of the recent half

    std::vector<AttributeProfile> out;
    for (const auto& attr : attributes) {
        AttributeSum agentAll, agentEarly, agentLate, teamAll, teamEarly, teamLate;
        for (const auto& [agent, agentWeeks] : data) {
            const bool self = agent == agentId;
            if (!self) {
                const auto at = teamOf.find(agent);
                if (at == teamOf.end() || at->second != team)
                    continue;
            }
            for (auto it = agentWeeks.lower_bound(fromWeek); it != agentWeeks.end() && it->first <= toWeek; ++it) {
                const auto a = it->second.attributes.find(attr);
                if (a == it->second.attributes.end())
                    continue;
                (self ? agentAll : teamAll) += a->second;
                if (it->first < splitWeek)
                    (self ? agentEarly : teamEarly) += a->second;
                else
                    (self ? agentLate : teamLate) += a->second;
            }
        }
        auto m = [](const AttributeSum& s) {
            return s.n > 0 ? std::optional<double>(s.sum / double(s.n)) : std::nullopt;
        };
        AttributeProfile p;
        p.attribute = attr;
        p.agentMean = m(agentAll);
        p.agentN = agentAll.n;
        p.teamMean = m(teamAll);
        p.teamN = teamAll.n;
        p.agentEarlier = m(agentEarly);
        p.agentRecent = m(agentLate);
        p.teamEarlier = m(teamEarly);
        p.teamRecent = m(teamLate);
        out.push_back(std::move(p));
    }
    // The weakest: the lowest gap to the team (else the lowest mean).
    AttributeProfile* weakest = nullptr;
    for (auto& p : out) {
        if (!p.agentMean)
            continue;
        const double key = p.gap().value_or(*p.agentMean);
        if (!weakest || key < weakest->gap().value_or(*weakest->agentMean))
            weakest = &p;
    }
    if (weakest)
        weakest->weakest = true;
    return out;
}

} // namespace fb::analytics
