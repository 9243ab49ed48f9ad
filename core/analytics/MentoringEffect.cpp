// The effect of peer mentoring as a difference in differences (see
// MentoringEffect.h). Each ended pair gets its controls: the agents of the
// mentee's team whose baseline lies in the mentee's fifth of the team and who
// were no mentee in the behaviour (in any behaviour, for CSAT and QA) during
// the pair's weeks. A group's effect is the regression of every agent's
// change on "mentored" and on the baseline with one intercept per pair, the
// same ANCOVA coaching effectiveness uses (CoachingEffectiveness.cpp):
// matching on the fifth keeps like with like, the baseline term takes out
// what is left of regression to the mean.
#include "analytics/MentoringEffect.h"

#include "analytics/ClusterOls.h"
#include "analytics/CoachingShared.h"
#include "analytics/MultipleTesting.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace fb::analytics {
namespace {

using coaching::addWeeks;
using coaching::mean;
using coaching::weekOf;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::analytics::MentoringEffect)
};

// The weeks a pair runs: its start's week to its end's (the later of ended
// and planned end); an active pair runs on.
std::pair<int, int> pairWeeks(const MentoringPair& p)
{
    QDate end = p.plannedEnd;
    if (p.endedOn.isValid() && (!end.isValid() || p.endedOn > end))
        end = p.endedOn;
    return {weekOf(p.startedOn), p.active() || !end.isValid() ? 999999 : weekOf(end)};
}

// Fifth 0 (lowest) .. 4 of each value by average rank; ties share a fifth.
std::vector<int> fifths(const std::vector<double>& values)
{
    const size_t k = values.size();
    std::vector<int> out(k, 0);
    for (size_t i = 0; i < k; ++i) {
        double below = 0, same = 0;
        for (double v : values) {
            below += v < values[i];
            same += v == values[i];
        }
        const double rank = below + (same + 1) / 2; // 1 = lowest
        out[i] = std::clamp(int(std::floor(5 * (rank - 0.5) / double(k))), 0, 4);
    }
    return out;
}

std::string groupOf(const MentoringPair& p, const std::string& team, MentoringEffectBy by)
{
    switch (by) {
    case MentoringEffectBy::Behavior:
        return p.behavior;
    case MentoringEffectBy::Mentor:
        return p.mentorId;
    case MentoringEffectBy::Team:
        return team;
    case MentoringEffectBy::Program:
        break;
    }
    return "program";
}

} // namespace

std::optional<MentoringEffectBy> mentoringEffectByFromKey(const std::string& key)
{
    if (key == "program")
        return MentoringEffectBy::Program;
    if (key == "behavior")
        return MentoringEffectBy::Behavior;
    if (key == "mentor")
        return MentoringEffectBy::Mentor;
    if (key == "team")
        return MentoringEffectBy::Team;
    return std::nullopt;
}

std::optional<MentoringOutcome> mentoringOutcomeFromKey(const std::string& key)
{
    if (key == "behavior")
        return MentoringOutcome::Behavior;
    if (key == "csat")
        return MentoringOutcome::Csat;
    if (key == "qa")
        return MentoringOutcome::Qa;
    return std::nullopt;
}

std::vector<PairEffect> mentoringPairEffects(const MentoringEffectInput& in, MentoringOutcome outcome,
                                             MentoringEffectBy by, const std::string& behavior)
{
    std::map<std::string, std::string> teamOf;
    for (const auto& a : in.agents)
        teamOf[a.id] = a.team;
    int firstWeek = 0, lastWeek = 0;
    for (const auto& [agent, weeks] : in.data) {
        if (weeks.empty())
            continue;
        firstWeek = firstWeek == 0 ? weeks.begin()->first : std::min(firstWeek, weeks.begin()->first);
        lastWeek = std::max(lastWeek, weeks.rbegin()->first);
    }
    std::vector<PairEffect> out;
    for (const MentoringPair& p : in.pairs) {
        if (p.active() || !p.startedOn.isValid() || !p.plannedEnd.isValid() ||
            (!behavior.empty() && p.behavior != behavior))
            continue;
        PairEffect e;
        e.pairId = p.pairId;
        e.team = teamOf.count(p.menteeId) ? teamOf[p.menteeId] : std::string();
        e.group = groupOf(p, e.team, by);
        const int start = weekOf(p.startedOn), end = weekOf(p.plannedEnd);
        e.beforeFrom = addWeeks(start, -kMentoringEffectWeeks);
        e.beforeTo = addWeeks(start, -1);
        e.afterFrom = addWeeks(end, 1);
        e.afterTo = addWeeks(end, kMentoringEffectWeeks);
        const std::optional<TargetMetric> metric = outcome == MentoringOutcome::Behavior
                                                       ? parseTargetMetric(p.behavior, in.attributes)
                                                   : outcome == MentoringOutcome::Csat ? parseTargetMetric("csat", {})
                                                                                       : parseTargetMetric("qa", {});
        if (!metric) {
            e.note = Tr::tr("the behaviour '%1' is no rubric attribute or scorecard metric")
                         .arg(QString::fromStdString(p.behavior));
        } else if (firstWeek == 0 || e.beforeFrom < firstWeek || e.afterTo > lastWeek) {
            e.note = Tr::tr("its weeks reach past the data");
        }
        if (!e.note.isEmpty()) {
            out.push_back(std::move(e));
            continue;
        }
        // The team's agents with enough data in the before window, their fifths.
        struct Candidate {
            std::string id;
            double baseline = 0;
            std::optional<double> after;
        };
        std::vector<Candidate> team;
        for (const auto& a : in.agents) {
            if (a.team != e.team)
                continue;
            const AgentWeeks& weeks = coaching::weeksOf(in.data, a.id);
            const TargetValue before = targetValue(*metric, weeks, e.beforeFrom, e.beforeTo);
            if (!before.enough)
                continue;
            const TargetValue after = targetValue(*metric, weeks, e.afterFrom, e.afterTo);
            team.push_back({a.id, targetPoints(*metric, *before.value),
                            after.enough ? std::optional<double>(targetPoints(*metric, *after.value)) : std::nullopt});
        }
        const auto self =
            std::find_if(team.begin(), team.end(), [&](const Candidate& c) { return c.id == p.menteeId; });
        if (self == team.end() || !self->after) {
            e.note = Tr::tr("the mentee has too little data before or after");
            out.push_back(std::move(e));
            continue;
        }
        if (team.size() < 5) {
            e.note = Tr::tr("fewer than 5 agents of the team have a baseline, so there are no fifths");
            out.push_back(std::move(e));
            continue;
        }
        e.baseline = self->baseline;
        e.change = *self->after - self->baseline;
        // Mentored in the pair's weeks: a mentee of a pair running in
        // beforeFrom..afterTo, in the same behaviour (as coaching
        // effectiveness leaves out agents coached on the same attribute), or
        // in any behaviour for CSAT and QA, which every behaviour may move.
        std::set<std::string> mentored;
        for (const MentoringPair& o : in.pairs) {
            const auto [from, to] = pairWeeks(o);
            const bool sameMeasure = outcome != MentoringOutcome::Behavior || o.behavior == p.behavior;
            if (sameMeasure && o.startedOn.isValid() && from <= e.afterTo && to >= e.beforeFrom)
                mentored.insert(o.menteeId);
        }
        std::vector<double> values;
        for (const auto& c : team)
            values.push_back(c.baseline);
        const std::vector<int> fifth = fifths(values);
        const int own = fifth[size_t(self - team.begin())];
        std::vector<double> changes;
        for (size_t i = 0; i < team.size(); ++i) {
            const Candidate& c = team[i];
            if (fifth[i] != own || !c.after || mentored.count(c.id))
                continue;
            e.controls.push_back({c.id, c.baseline, *c.after - c.baseline});
            changes.push_back(*c.after - c.baseline);
        }
        e.controlChange = mean(changes);
        if (!e.controlChange)
            e.note = Tr::tr("no unmentored agent of the team has a baseline in the mentee's fifth");
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<MentoringEffectRow> mentoringEffect(const MentoringEffectInput& in, MentoringOutcome outcome,
                                                MentoringEffectBy by, const std::string& behavior)
{
    const auto effects = mentoringPairEffects(in, outcome, by, behavior);
    std::map<std::string, qint64> teamIds;
    for (const auto& e : effects)
        teamIds.emplace(e.team, qint64(teamIds.size()));
    std::map<std::string, std::vector<const PairEffect*>> groups;
    for (const auto& e : effects)
        groups[e.group].push_back(&e);
    if (groups.empty() && by == MentoringEffectBy::Program)
        groups["program"];
    std::vector<MentoringEffectRow> rows;
    for (const auto& [group, pairs] : groups) {
        MentoringEffectRow r;
        r.group = group;
        r.pairs = qint64(pairs.size());
        std::vector<const PairEffect*> measured;
        std::map<QString, int> leftOut; // reason -> pairs
        std::vector<double> change, control;
        std::set<std::string> teams;
        for (const PairEffect* e : pairs) {
            if (!e->measured()) {
                ++leftOut[e->note];
                continue;
            }
            measured.push_back(e);
            change.push_back(*e->change);
            control.push_back(*e->controlChange);
            teams.insert(e->team);
        }
        r.measured = qint64(measured.size());
        r.teams = qint64(teams.size());
        r.change = mean(change);
        r.controlChange = mean(control);
        QStringList notes;
        if (r.pairs == 0)
            notes << Tr::tr("not enough data: no pair has ended");
        else if (r.measured < kMentoringEffectMinPairs)
            notes << Tr::tr("not enough data: %1 pairs measured, at least %2 needed")
                         .arg(r.measured)
                         .arg(kMentoringEffectMinPairs);
        else {
            // change = pair intercepts + b mentored + c baseline; b is the effect.
            const size_t n = measured.size();
            std::vector<OlsRow> ols;
            for (size_t j = 0; j < n; ++j) {
                const PairEffect& e = *measured[j];
                const auto row = [&](double mentoredFlag, double baseline, double delta) {
                    std::vector<double> x(n + 2, 0.0);
                    x[j] = 1.0;
                    x[n] = mentoredFlag;
                    x[n + 1] = baseline;
                    ols.push_back(OlsRow{std::move(x), delta, 1, teamIds.at(e.team)});
                };
                row(1.0, *e.baseline, *e.change);
                for (const auto& c : e.controls)
                    row(0.0, c.baseline, c.change);
            }
            const auto fit = clusterOls(ols);
            if (!fit)
                notes << (r.teams < 2 ? Tr::tr("not enough data: the measured pairs are all of one team; an "
                                               "interval by team needs at least 2 teams")
                                      : Tr::tr("not enough data: %1").arg(fit.error().toString()));
            else if (!fit.value().terms[n].p)
                notes << Tr::tr("not enough data: the changes do not vary, so there is nothing to test against");
            else {
                const OlsTerm& t = fit.value().terms[n];
                r.did = t.estimate;
                r.didLow = t.low;
                r.didHigh = t.high;
                r.pValue = t.p;
            }
        }
        for (const auto& [reason, count] : leftOut)
            notes << Tr::tr("pairs left out (%1): %2").arg(count).arg(reason);
        r.note = notes.join(QStringLiteral("; "));
        rows.push_back(std::move(r));
    }
    std::vector<std::optional<double>> p;
    for (const auto& r : rows)
        p.push_back(r.pValue);
    const auto adjusted = holm(p);
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i].pHolm = adjusted[i];
    return rows;
}

} // namespace fb::analytics
