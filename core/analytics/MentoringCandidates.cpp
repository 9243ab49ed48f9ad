// Mentee and mentor candidates for one behaviour (docs/mentoring.md,
// "Candidates"): the window's value per agent, fifths within the team by
// average rank, the week-by-week stability of mentors, the quality gate and
// the capacity left.
#include "analytics/CoachingShared.h"
#include "analytics/Mentoring.h"
#include "analytics/Scorecard.h"
#include "analytics/ScorecardStats.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace fb::analytics {
namespace {

using coaching::weeksOf;

qint64 minimumN(const TargetMetric& behavior, const ScorecardDefinition& def)
{
    if (behavior.isAttribute)
        return 1;
    const MetricDef* d = def.find(behavior.metric);
    return d ? d->minN : targetMinN(behavior);
}

// The value of the agent over weeks [from, to] when it has enough data.
std::optional<TargetValue> measured(const TargetMetric& behavior, const AgentWeeks& weeks, int from, int to,
                                    qint64 minN)
{
    TargetValue v = targetValue(behavior, weeks, from, to);
    if (!v.value || v.n < minN)
        return std::nullopt;
    return v;
}

// Fifths by average rank (1 = worst): bottom when 5 r <= k, top when
// 5 (k + 1 - r) <= k, so 5 agents make one of each and fewer make none.
struct Fifth final {
    bool bottom = false;
    bool top = false;
};
std::vector<Fifth> fifths(const std::vector<double>& points)
{
    const auto ranks = averageRanks(points);
    const double k = double(points.size());
    std::vector<Fifth> out(points.size());
    for (size_t i = 0; i < points.size(); ++i) {
        out[i].bottom = 5.0 * ranks[i] <= k;
        out[i].top = 5.0 * (k + 1.0 - ranks[i]) <= k;
    }
    return out;
}

bool gateGreen(const AgentWeeks& weeks, int from, int to, const ScorecardDefinition& def)
{
    Sums s;
    for (auto it = weeks.lower_bound(from); it != weeks.end() && it->first <= to; ++it)
        s += it->second.sums;
    const MetricValue qa = measure(Metric::Qa, s);
    const MetricDef* d = def.find(Metric::Qa);
    const qint64 minN = d ? d->minN : 1;
    return qa.value && qa.n >= minN && *qa.value >= def.gateQaMin;
}

bool belowFloor(const TargetMetric& behavior, double value, const ScorecardDefinition& def)
{
    if (behavior.isAttribute)
        return false; // attributes have no floor in the scorecard definition
    const MetricDef* d = def.find(behavior.metric);
    if (!d)
        return false;
    return d->lowerIsBetter() ? value > d->floor : value < d->floor;
}

} // namespace

MentoringCandidates mentoringCandidates(const TargetMetric& behavior, const MentoringInput& in,
                                        const MentoringOptions& o)
{
    const qint64 minN = minimumN(behavior, in.definition);
    const std::string key = behavior.key();
    std::unordered_set<std::string> menteeNow;       // active mentees in this behaviour
    std::unordered_map<std::string, int> mentorLoad; // active pairs per mentor, any behaviour
    for (const auto& p : in.pairs) {
        if (!p.active())
            continue;
        if (p.behavior == key)
            menteeNow.insert(p.menteeId);
        ++mentorLoad[p.mentorId];
    }
    std::map<std::string, std::vector<const MentoringAgent*>> byTeam; // active agents; teams in name order
    for (const auto& a : in.agents)
        if (a.active)
            byTeam[a.team].push_back(&a);

    MentoringCandidates out;
    const int weeks = [&] {
        int n = 0;
        for (int w = o.fromWeek; w <= o.toWeek; w = coaching::addWeeks(w, 1))
            ++n;
        return n;
    }();
    for (const auto& [team, agents] : byTeam) {
        const bool menteeTeam = o.team.empty() || o.team == team;
        const bool mentorTeam = menteeTeam || o.crossTeam;
        if (!menteeTeam && !mentorTeam)
            continue;
        std::vector<MentoringCandidate> rows;
        std::vector<double> points;
        for (const MentoringAgent* a : agents) {
            const auto v = measured(behavior, weeksOf(in.data, a->id), o.fromWeek, o.toWeek, minN);
            if (!v)
                continue;
            MentoringCandidate c;
            c.agentId = a->id;
            c.value = *v->value;
            c.n = v->n;
            c.points = targetPoints(behavior, c.value);
            c.belowFloor = belowFloor(behavior, c.value, in.definition);
            c.weeksInWindow = weeks;
            rows.push_back(c);
            points.push_back(c.points);
        }
        const auto overall = fifths(points);
        std::unordered_map<std::string, int> topWeeks;
        for (int w = o.fromWeek; w <= o.toWeek; w = coaching::addWeeks(w, 1)) {
            std::vector<std::string> ids;
            std::vector<double> weekPoints;
            for (const MentoringAgent* a : agents)
                if (const auto v = measured(behavior, weeksOf(in.data, a->id), w, w, minN)) {
                    ids.push_back(a->id);
                    weekPoints.push_back(targetPoints(behavior, *v->value));
                }
            const auto weekFifths = fifths(weekPoints);
            for (size_t i = 0; i < ids.size(); ++i)
                if (weekFifths[i].top)
                    ++topWeeks[ids[i]];
        }
        for (size_t i = 0; i < rows.size(); ++i) {
            MentoringCandidate c = rows[i];
            c.bottomFifth = overall[i].bottom;
            c.topWeeks = topWeeks[c.agentId];
            const bool mentee = (c.belowFloor || c.bottomFifth) && !menteeNow.count(c.agentId);
            if (mentee && menteeTeam)
                out.mentees.push_back(c);
            const int capacity = in.capacity.count(c.agentId) ? in.capacity.at(c.agentId) : o.defaultCapacity;
            c.spare = capacity - mentorLoad[c.agentId];
            if (const auto pf = in.payForward.find(c.agentId); pf != in.payForward.end())
                c.payForwardPair = pf->second;
            const bool isMentee = c.belowFloor || c.bottomFifth || menteeNow.count(c.agentId);
            if (mentorTeam && !isMentee && c.topWeeks >= kMentorStableWeeks && c.spare > 0 &&
                gateGreen(weeksOf(in.data, c.agentId), o.fromWeek, o.toWeek, in.definition))
                out.mentors.push_back(c);
        }
    }
    const auto byId = [](const MentoringCandidate& a, const MentoringCandidate& b) { return a.agentId < b.agentId; };
    std::sort(out.mentees.begin(), out.mentees.end(), byId);
    std::sort(out.mentors.begin(), out.mentors.end(), byId);
    return out;
}

} // namespace fb::analytics
