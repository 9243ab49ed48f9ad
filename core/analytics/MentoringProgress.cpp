// One pair week by week, and pay it forward (docs/mentoring.md). Weekly
// values use the rule of the candidates: a week counts with the behaviour's
// minimum n, so a week of two surveys is a gap, never a 0 % or a 100 %.
#include "analytics/MentoringProgress.h"

#include "analytics/CoachingShared.h"
#include "analytics/ScorecardStats.h"

#include <algorithm>
#include <map>

namespace fb::analytics {
namespace {

using coaching::addWeeks;
using coaching::weekOf;

using coaching::weeksOf;

qint64 minNOf(Metric m, const ScorecardDefinition& def)
{
    const MetricDef* d = def.find(m);
    return d ? d->minN : 1;
}

WeekValue weekValue(const TargetMetric& m, const AgentWeeks& weeks, int week, qint64 minN)
{
    const TargetValue v = targetValue(m, weeks, week, week);
    WeekValue out;
    out.n = v.n;
    if (v.value && v.n >= minN)
        out.value = v.value;
    return out;
}

TargetMetric metricOnly(Metric m)
{
    TargetMetric t;
    t.metric = m;
    return t;
}

} // namespace

BehaviorTarget behaviorTarget(const TargetMetric& behavior, const ScorecardDefinition& def)
{
    BehaviorTarget t;
    if (behavior.isAttribute) {
        // The gate is a share of the QA total's 100; an attribute's mean on
        // the 0-4 scale reaches the same share at gate / 25.
        t.value = def.gateQaMin / 25.0;
        return t;
    }
    const MetricDef* d = def.find(behavior.metric);
    const MetricDef& m = d ? *d : *defaultDefinition().find(behavior.metric);
    t.value = m.target;
    t.lowerIsBetter = m.lowerIsBetter();
    t.minN = m.minN;
    return t;
}

std::pair<int, int> pairProgressSpan(const MentoringPair& pair, int lastWeek)
{
    const int from = addWeeks(weekOf(pair.startedOn), -kProgressWeeksBefore);
    int end = weekOf(pair.plannedEnd);
    if (pair.endedOn.isValid())
        end = std::max(end, weekOf(pair.endedOn));
    return {from, std::max(from, std::min(lastWeek, addWeeks(end, kProgressWeeksAfter)))};
}

PairProgress pairProgress(const MentoringPair& pair, const TargetMetric& behavior, const MentoringInput& in,
                          int lastWeek)
{
    PairProgress out;
    out.pair = pair;
    out.behavior = behavior;
    std::tie(out.fromWeek, out.toWeek) = pairProgressSpan(pair, lastWeek);
    out.startWeek = weekOf(pair.startedOn);
    out.plannedEndWeek = weekOf(pair.plannedEnd);
    out.endedWeek = pair.endedOn.isValid() ? weekOf(pair.endedOn) : 0;
    out.minN = behaviorTarget(behavior, in.definition).minN;
    out.csatMinN = minNOf(Metric::Csat, in.definition);
    out.qaMinN = minNOf(Metric::Qa, in.definition);

    std::string team;
    for (const auto& a : in.agents)
        if (a.id == pair.menteeId)
            team = a.team;
    std::vector<const AgentWeeks*> others; // the team without the mentee: a median the mentee does not pull
    for (const auto& a : in.agents)
        if (a.team == team && a.id != pair.menteeId)
            others.push_back(&weeksOf(in.data, a.id));
    const AgentWeeks& mentee = weeksOf(in.data, pair.menteeId);
    const AgentWeeks& mentor = weeksOf(in.data, pair.mentorId);
    for (int w = out.fromWeek; w <= out.toWeek; w = addWeeks(w, 1)) {
        PairProgressWeek row;
        row.week = w;
        row.mentee = weekValue(behavior, mentee, w, out.minN);
        row.mentor = weekValue(behavior, mentor, w, out.minN);
        std::vector<double> values;
        for (const AgentWeeks* weeks : others)
            if (const auto v = weekValue(behavior, *weeks, w, out.minN); v.value)
                values.push_back(*v.value);
        row.teamAgents = qint64(values.size());
        if (row.teamAgents >= kTeamMedianMinAgents)
            row.teamMedian = median(values);
        row.csat = weekValue(metricOnly(Metric::Csat), mentee, w, out.csatMinN);
        row.qa = weekValue(metricOnly(Metric::Qa), mentee, w, out.qaMinN);
        out.weeks.push_back(row);
    }
    return out;
}

std::pair<int, int> payForwardSpan(const std::vector<MentoringPair>& pairs, int lastWeek)
{
    int from = 0;
    for (const auto& p : pairs)
        if (!p.active() && p.endedOn.isValid()) {
            const int w = addWeeks(weekOf(p.endedOn), 1);
            from = from == 0 ? w : std::min(from, w);
        }
    if (from == 0 || from > lastWeek)
        return {0, 0};
    return {from, lastWeek};
}

std::vector<PayForwardCandidate> payForwardCandidates(const MentoringInput& in,
                                                      const std::vector<std::string>& attributes, int lastWeek,
                                                      const std::string& behavior)
{
    std::map<std::pair<std::string, std::string>, const MentoringPair*> latest; // (mentee, behaviour) -> pair
    std::map<std::pair<std::string, std::string>, bool> activeAgain;
    for (const auto& p : in.pairs) {
        if (!behavior.empty() && p.behavior != behavior)
            continue;
        const auto key = std::make_pair(p.menteeId, p.behavior);
        if (p.active()) {
            activeAgain[key] = true;
            continue;
        }
        if (!p.endedOn.isValid())
            continue;
        auto& slot = latest[key];
        if (!slot || slot->endedOn < p.endedOn)
            slot = &p;
    }
    std::map<std::string, bool> activeAgent;
    for (const auto& a : in.agents)
        activeAgent[a.id] = a.active;

    std::vector<PayForwardCandidate> out; // the map's order: by mentee, then behaviour
    for (const auto& [key, pair] : latest) {
        if (activeAgain.count(key) || !activeAgent[key.first])
            continue;
        const auto metric = parseTargetMetric(pair->behavior, attributes);
        if (!metric)
            continue;
        const BehaviorTarget target = behaviorTarget(*metric, in.definition);
        const AgentWeeks& weeks = weeksOf(in.data, pair->menteeId);
        int run = 0;
        for (int w = addWeeks(weekOf(pair->endedOn), 1); w <= lastWeek && run < kPayForwardWeeks; w = addWeeks(w, 1)) {
            const WeekValue v = weekValue(*metric, weeks, w, target.minN);
            run = v.value && target.met(*v.value) ? run + 1 : 0;
            if (run < kPayForwardWeeks)
                continue;
            PayForwardCandidate c{pair->menteeId,
                                  pair->behavior,
                                  pair->pairId,
                                  pair->mentorId,
                                  pair->outcome,
                                  pair->endedOn,
                                  addWeeks(w, 1 - kPayForwardWeeks),
                                  w,
                                  target.value,
                                  0,
                                  0};
            bool first = true;
            for (int r = c.fromWeek; r <= c.toWeek; r = addWeeks(r, 1)) {
                const WeekValue rv = weekValue(*metric, weeks, r, target.minN);
                const double x = *rv.value;
                if (first || (target.lowerIsBetter ? x > c.weakest : x < c.weakest))
                    c.weakest = x;
                first = false;
                c.n += rv.n;
            }
            out.push_back(c);
        }
    }
    return out;
}

std::map<std::string, std::string> payForwardMentors(const std::vector<PayForwardCandidate>& candidates,
                                                     const std::string& behavior)
{
    std::map<std::string, std::string> out;
    for (const auto& c : candidates)
        if (c.behavior == behavior)
            out[c.agentId] = c.pairId;
    return out;
}

} // namespace fb::analytics
