// Recognition coverage per team and week, and the agents doing well on a
// behaviour who have not been recognised for the window's weeks
// (docs/recognition-and-incentives.md, "Coverage" and "Unseen at target").
#include "analytics/CoachingShared.h"
#include "analytics/Recognition.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace fb::analytics {
using coaching::weeksOf;

std::optional<BehaviorAtTarget> atTarget(const RecognitionBehavior& behavior, const RecognitionInput& in,
                                         const AgentWeeks& weeks, int fromWeek, int toWeek)
{
    if (behavior.measure.empty())
        return std::nullopt;
    const auto measure = parseTargetMetric(behavior.measure, in.attributes);
    if (!measure)
        return std::nullopt; // a measure the rubric no longer has: nothing to compare
    // Attributes have no target of their own: they are held to the quality
    // gate, the bar the scorecard sets for a whole evaluation.
    const MetricDef* d = in.definition.find(measure->isAttribute ? Metric::Qa : measure->metric);
    if (!d)
        return std::nullopt; // the definition does not score this metric
    const TargetValue v = targetValue(*measure, weeks, fromWeek, toWeek);
    if (!v.value || v.n < d->minN)
        return std::nullopt; // not enough data is never "at target"
    BehaviorAtTarget b{behavior.name, behavior.measure, *v.value, 0, v.n};
    bool met = false;
    if (measure->isAttribute) {
        b.target = in.definition.gateQaMin / 25.0; // on the attribute's 0-4 scale
        met = 25.0 * b.value >= in.definition.gateQaMin;
    } else {
        b.target = d->target;
        met = d->lowerIsBetter() ? b.value <= d->target : b.value >= d->target;
    }
    if (!met)
        return std::nullopt;
    return b;
}

Coverage recognitionCoverage(const RecognitionInput& in, int week, const std::string& team, int windowWeeks)
{
    const int from = coaching::addWeeks(week, -(std::max(windowWeeks, 1) - 1));
    const QDate monday = IsoWeek::fromKey(week).monday();
    const QDate windowStart = IsoWeek::fromKey(from).monday();
    const QDate windowEnd = monday.addDays(6);

    // Per agent: recognitions in the window, in the week, and the last one's day.
    struct Seen final {
        int inWindow = 0;
        int inWeek = 0;
        QDate last;
    };
    std::unordered_map<std::string, Seen> seen;
    for (const Recognition& r : in.recognitions) {
        if (r.givenOn > windowEnd)
            continue; // after the week: not yet given when the week is looked at
        Seen& s = seen[r.toAgent];
        if (!s.last.isValid() || r.givenOn > s.last)
            s.last = r.givenOn;
        if (r.givenOn < windowStart)
            continue;
        ++s.inWindow;
        if (r.givenOn >= monday)
            ++s.inWeek;
    }

    std::map<std::string, CoverageRow> rows; // teams in name order
    Coverage out;
    for (const RecognitionAgent& a : in.agents) {
        if ((!team.empty() && a.team != team) || !a.onTeamIn(monday))
            continue;
        CoverageRow& row = rows[a.team];
        row.team = a.team;
        row.week = week;
        ++row.agents;
        const auto it = seen.find(a.id);
        const Seen s = it == seen.end() ? Seen{} : it->second;
        row.recognitions += s.inWeek;
        if (s.inWindow > 0) {
            ++row.recognised;
            continue;
        }
        UnseenAgent u{a.id, a.name, a.team, s.last, {}};
        for (const RecognitionBehavior& b : in.behaviors)
            if (auto standing = atTarget(b, in, weeksOf(in.data, a.id), from, week))
                u.atTarget.push_back(*standing);
        if (u.atTarget.empty())
            continue;
        ++row.unseenAtTarget;
        out.unseen.push_back(std::move(u));
    }
    for (auto& [name, row] : rows)
        out.rows.push_back(row);
    std::sort(out.unseen.begin(), out.unseen.end(), [](const UnseenAgent& x, const UnseenAgent& y) {
        return std::tie(x.team, x.name, x.agentId) < std::tie(y.team, y.name, y.agentId);
    });
    return out;
}

} // namespace fb::analytics
