// The effectiveness of coaching as a difference in differences: each note's
// change in its target metric against that of control agents over the same
// weeks, and the notes grouped by coach, attribute or team. A group's effect
// is a regression of each agent's change on "coached" and on its baseline,
// with one intercept per note: agents picked for a low baseline improve by
// regression to the mean alone, and comparing them with controls of the same
// baseline takes that out. Notes of one team share their controls, so the
// interval is cluster-robust by team (analytics/ClusterOls.h).
#include "analytics/ClusterOls.h"
#include "analytics/Coaching.h"
#include "analytics/CoachingShared.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <set>

namespace fb::analytics {
namespace {

using coaching::mean;
using coaching::weekOf;

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::analytics::CoachingEffectiveness)
};

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
    auto teamOf = [&](const std::string& agent) {
        const auto it = in.teamOf.find(agent);
        return it == in.teamOf.end() ? std::string() : it->second;
    };
    // One agent's baseline and change in points; nullopt unless both windows reach the minimum sample.
    auto measure = [&](const TargetMetric& m, const std::string& agent,
                       const NoteWindows& w) -> std::optional<MeasuredAgent> {
        const AgentWeeks& weeks = coaching::weeksOf(in.data, agent);
        const TargetValue before = targetValue(m, weeks, w.baselineFrom, w.baselineTo);
        const TargetValue after = targetValue(m, weeks, w.afterFrom, w.afterTo);
        if (!before.enough || !after.enough)
            return std::nullopt;
        const double base = targetPoints(m, *before.value);
        return MeasuredAgent{agent, base, targetPoints(m, *after.value) - base};
    };
    // The data's first and last week: a window past them is cut, not short.
    int firstWeek = 0, lastWeek = 0;
    for (const auto& [agent, weeks] : in.data) {
        if (weeks.empty())
            continue;
        firstWeek = firstWeek == 0 ? weeks.begin()->first : std::min(firstWeek, weeks.begin()->first);
        lastWeek = std::max(lastWeek, weeks.rbegin()->first);
    }

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
        e.team = team;
        const auto metric = parseTargetMetric(n.targetMetric, in.attributes);
        const NoteWindows w = noteWindows(n.coachedOn);
        e.cut = firstWeek == 0 || w.baselineFrom < firstWeek || w.afterTo > lastWeek;
        if (metric && !e.cut) {
            if (const auto self = measure(*metric, n.agentId, w)) {
                e.baseline = self->baseline;
                e.change = self->change;
            }
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
                if (auto c = measure(*metric, agent, w)) {
                    changes.push_back(c->change);
                    e.controlAgents.push_back(*c);
                }
            }
            // teamOf is unordered: keep the controls in a stable order.
            std::sort(e.controlAgents.begin(), e.controlAgents.end(),
                      [](const MeasuredAgent& a, const MeasuredAgent& b) { return a.agent < b.agent; });
            e.controls = int(changes.size());
            e.controlChange = mean(changes);
        }
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<EffectRow> effectiveness(const EffectInput& in, QDate from, QDate to, Grouping by)
{
    struct Acc {
        EffectRow row;
        std::vector<double> change, control;
        std::vector<const NoteEffect*> measured;
    };
    const auto effects = noteEffects(in, from, to, by);
    std::map<std::string, Acc> groups;
    for (const auto& e : effects) {
        Acc& a = groups[e.group];
        a.row.group = e.group;
        ++a.row.notes;
        if (e.done)
            ++a.row.followUpsDone;
        if (e.met)
            ++a.row.met;
        if (e.cut)
            ++a.row.cut;
        if (e.did()) {
            a.change.push_back(*e.change);
            a.control.push_back(*e.controlChange);
            a.measured.push_back(&e);
        }
    }
    std::map<std::string, qint64> teamIds;
    for (const auto& e : effects)
        teamIds.emplace(e.team, qint64(teamIds.size()));
    std::vector<EffectRow> rows;
    for (auto& [group, a] : groups) {
        EffectRow r = a.row;
        if (r.followUpsDone > 0)
            r.metShare = double(r.met) / double(r.followUpsDone);
        r.measured = qint64(a.measured.size());
        r.change = mean(a.change);
        r.controlChange = mean(a.control);
        // change = sum of note intercepts + b coached + c baseline; b is the effect.
        const size_t notes = a.measured.size();
        std::vector<OlsRow> ols;
        std::map<qint64, bool> teams;
        for (size_t j = 0; j < notes; ++j) {
            const NoteEffect& e = *a.measured[j];
            const qint64 team = teamIds.at(e.team);
            teams[team] = true;
            const auto row = [&](double coached, double baseline, double change) {
                std::vector<double> x(notes + 2, 0.0);
                x[j] = 1.0;
                x[notes] = coached;
                x[notes + 1] = baseline;
                ols.push_back(OlsRow{std::move(x), change, 1, team});
            };
            row(1.0, *e.baseline, *e.change);
            for (const auto& c : e.controlAgents)
                row(0.0, c.baseline, c.change);
        }
        r.teams = qint64(teams.size());
        if (notes > 0) {
            const auto fit = clusterOls(ols);
            if (fit) {
                const OlsTerm& t = fit.value().terms[notes];
                r.did = t.estimate;
                r.didLow = t.low;
                r.didHigh = t.high;
            } else if (const auto beta = olsCoefficients(ols); !beta) {
                r.note = beta.error().toString();
            } else {
                // The estimate stands; only its uncertainty cannot be told.
                r.did = beta.value()[notes];
                r.note = r.teams < 2 ? Tr::tr("notes of one team share their controls, so an interval needs notes "
                                              "from at least 2 teams")
                                     : fit.error().toString();
            }
        }
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace fb::analytics
