// The effectiveness of coaching as a difference in differences: each note's
// change in its target metric against that of control agents over the same
// weeks, and the notes grouped by coach, attribute or team with a 95%
// Student t interval of the mean.
#include "analytics/Coaching.h"
#include "analytics/CoachingShared.h"

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>
#include <set>

namespace fb::analytics {
namespace {

using coaching::mean;
using coaching::weekOf;

} // namespace

std::optional<Grouping> groupingFromKey(const std::string& key)
{
    if (key == "coach")
        return Grouping::Coach;
    if (key == "attribute")
        return Grouping::Attribute;
    if (key == "team")
        return Grouping::Team;
    return std::nullopt;
}

std::vector<NoteEffect> noteEffects(const EffectInput& in, QDate from, QDate to, Grouping by)
{
    static const AgentWeeks kNoWeeks;
    auto weeksOf = [&](const std::string& agent) -> const AgentWeeks& {
        const auto it = in.data.find(agent);
        return it == in.data.end() ? kNoWeeks : it->second;
    };
    auto teamOf = [&](const std::string& agent) {
        const auto it = in.teamOf.find(agent);
        return it == in.teamOf.end() ? std::string() : it->second;
    };
    // Change of one agent's metric in points; nullopt unless both windows reach the minimum sample.
    auto changeOf = [&](const TargetMetric& m, const std::string& agent,
                        const NoteWindows& w) -> std::optional<double> {
        const AgentWeeks& weeks = weeksOf(agent);
        const TargetValue before = targetValue(m, weeks, w.baselineFrom, w.baselineTo);
        const TargetValue after = targetValue(m, weeks, w.afterFrom, w.afterTo);
        if (!before.enough || !after.enough)
            return std::nullopt;
        return targetPoints(m, *after.value) - targetPoints(m, *before.value);
    };

    std::vector<NoteEffect> out;
    for (const auto& n : in.notes) {
        if (!n.coachedOn.isValid() || (from.isValid() && n.coachedOn < from) || (to.isValid() && n.coachedOn > to))
            continue;
        NoteEffect e;
        e.noteId = n.noteId;
        const std::string team = teamOf(n.agentId);
        switch (by) {
        case Grouping::Coach:
            e.group = n.coach;
            break;
        case Grouping::Attribute:
            e.group = n.attribute;
            break;
        case Grouping::Team:
            e.group = team;
            break;
        }
        e.done = n.followUpDone();
        e.met = e.done && n.outcome == "met";
        const auto metric = parseTargetMetric(n.targetMetric, in.attributes);
        if (metric) {
            const NoteWindows w = noteWindows(n.coachedOn);
            e.change = changeOf(*metric, n.agentId, w);
            // Control: the other agents of the team not coached on this
            // attribute in the weeks baselineFrom..afterTo.
            std::set<std::string> coached;
            for (const auto& o : in.notes) {
                if (o.attribute != n.attribute || !o.coachedOn.isValid())
                    continue;
                const int ow = weekOf(o.coachedOn);
                if (ow >= w.baselineFrom && ow <= w.afterTo)
                    coached.insert(o.agentId);
            }
            std::vector<double> changes;
            for (const auto& [agent, agentTeam] : in.teamOf) {
                if (agentTeam != team || agent == n.agentId || coached.count(agent))
                    continue;
                if (auto c = changeOf(*metric, agent, w))
                    changes.push_back(*c);
            }
            e.controls = int(changes.size());
            e.controlChange = mean(changes);
        }
        out.push_back(std::move(e));
    }
    return out;
}

std::optional<MeanInterval> meanInterval(const std::vector<double>& values)
{
    const size_t n = values.size();
    if (n < 2)
        return std::nullopt;
    const double m = *mean(values);
    double ss = 0;
    for (double v : values)
        ss += (v - m) * (v - m);
    const double sd = std::sqrt(ss / double(n - 1));
    const boost::math::students_t dist(double(n - 1));
    const double t = boost::math::quantile(boost::math::complement(dist, 0.025));
    const double half = t * sd / std::sqrt(double(n));
    return MeanInterval{m, m - half, m + half};
}

std::vector<EffectRow> effectiveness(const EffectInput& in, QDate from, QDate to, Grouping by)
{
    struct Acc {
        EffectRow row;
        std::vector<double> change, control, did;
    };
    std::map<std::string, Acc> groups;
    for (const auto& e : noteEffects(in, from, to, by)) {
        Acc& a = groups[e.group];
        a.row.group = e.group;
        ++a.row.notes;
        if (e.done)
            ++a.row.followUpsDone;
        if (e.met)
            ++a.row.met;
        if (auto d = e.did()) {
            a.change.push_back(*e.change);
            a.control.push_back(*e.controlChange);
            a.did.push_back(*d);
        }
    }
    std::vector<EffectRow> rows;
    for (auto& [group, a] : groups) {
        EffectRow r = a.row;
        if (r.followUpsDone > 0)
            r.metShare = double(r.met) / double(r.followUpsDone);
        r.measured = qint64(a.did.size());
        r.change = mean(a.change);
        r.controlChange = mean(a.control);
        r.did = mean(a.did);
        if (auto ci = meanInterval(a.did)) {
            r.didLow = ci->low;
            r.didHigh = ci->high;
        }
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace fb::analytics
