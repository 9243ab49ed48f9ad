#include "analytics/Happiness.h"

#include "analytics/MultipleTesting.h"
#include "analytics/PulseAnonymity.h"
#include "analytics/ScorecardStats.h"
#include "analytics/WithinTeamSpearman.h"
#include "common/IsoWeek.h"

#include <QCoreApplication>

#include <cmath>

namespace fb::analytics {
namespace {

// Minimum sample of a metric: the definition's, else the default definition's.
MetricDef defOf(const ScorecardDefinition& def, Metric m)
{
    if (const auto* d = def.find(m))
        return *d;
    if (const auto* d = defaultDefinition().find(m))
        return *d;
    return MetricDef{m, Perspective::Customer, 0, 1, 0, 1};
}

} // namespace

QString pulseDimensionLabel(int d)
{
    static const char* const labels[] = {QT_TRANSLATE_NOOP("fb::analytics::Scorecard", "Role clarity"),
                                         QT_TRANSLATE_NOOP("fb::analytics::Scorecard", "Tool reliability"),
                                         QT_TRANSLATE_NOOP("fb::analytics::Scorecard", "Coaching usefulness"),
                                         QT_TRANSLATE_NOOP("fb::analytics::Scorecard", "Schedule fit"),
                                         QT_TRANSLATE_NOOP("fb::analytics::Scorecard", "Fairness")};
    return d >= 0 && d < kPulseDimensions ? QCoreApplication::translate("fb::analytics::Scorecard", labels[d])
                                          : QString();
}

std::vector<TrendSeries> agentTrends(const ScorecardDefinition& def, const std::vector<AgentInfo>& agents,
                                     const std::map<int, PeriodSums>& weekly, const std::vector<int>& weeks,
                                     const std::string& agentId)
{
    std::string team;
    for (const auto& a : agents)
        if (a.id == agentId)
            team = a.team;
    std::vector<TrendSeries> out;
    for (const auto& d : def.metrics) {
        TrendSeries t;
        t.metric = d.metric;
        t.weeks = weeks;
        t.teamIsPooled = d.metric == Metric::Pulse;
        for (int w : weeks) {
            const auto it = weekly.find(w);
            std::optional<double> mine, teamValue;
            qint64 n = 0;
            if (it != weekly.end()) {
                const auto sums = entitySums(agents, it->second, Level::Agent, team);
                std::vector<double> values;
                for (const auto& [id, s] : sums) {
                    const auto v = evaluate(d, s);
                    if (id == agentId) {
                        n = v.n;
                        if (v.enough)
                            mine = v.value;
                    }
                    if (v.enough)
                        values.push_back(*v.value);
                }
                if (t.teamIsPooled) {
                    const auto teams = entitySums(agents, it->second, Level::Team, team);
                    if (const auto ts = teams.find(team); ts != teams.end()) {
                        const auto v = evaluate(d, ts->second);
                        if (v.enough)
                            teamValue = v.value;
                    }
                } else {
                    teamValue = median(values);
                }
            }
            t.agent.push_back(mine);
            t.agentN.push_back(n);
            t.team.push_back(teamValue);
        }
        out.push_back(std::move(t));
    }
    return out;
}

Happiness happiness(const ScorecardDefinition& def, const std::vector<AgentInfo>& agents,
                    const std::map<int, PeriodSums>& weekly, Metric labOutcome, int maxLag)
{
    Happiness h;
    h.labOutcome = labOutcome;
    for (Metric m :
         {Metric::Csat, Metric::Fcr, Metric::Qa, Metric::Dpti, Metric::Rework, Metric::Aht, Metric::Escalation})
        h.outcomes.push_back(m);
    const MetricDef pulseDef = defOf(def, Metric::Pulse);

    // Per team and week: pulse dimension means (when enough responses) and outcomes (when enough sample).
    struct TeamWeek {
        std::optional<std::array<std::optional<double>, kPulseDimensions>> dims;
        std::optional<double> pulse;
        std::map<Metric, double> outcome;
    };
    std::map<std::string, std::map<int, TeamWeek>> data;
    for (const auto& [week, period] : weekly) {
        h.weeks.push_back(week);
        for (const auto& [team, s] : entitySums(agents, period, Level::Team)) {
            TeamWeek tw;
            const auto pulse = evaluate(pulseDef, s);
            if (pulse.enough) {
                tw.pulse = pulse.value;
                std::array<std::optional<double>, kPulseDimensions> dims;
                for (int d = 0; d < kPulseDimensions; ++d)
                    dims[d] = dimensionMean(s.pulseDimSum[d], s.pulseDimCount[d]);
                tw.dims = dims;
            }
            for (Metric m : h.outcomes) {
                const auto v = evaluate(defOf(def, m), s);
                if (v.enough)
                    tw.outcome[m] = *v.value;
            }
            data[team][week] = std::move(tw);
        }
    }

    for (Metric m : h.outcomes)
        for (int d = 0; d < kPulseDimensions; ++d)
            for (int lag = 0; lag <= maxLag; ++lag) {
                std::vector<TeamPairs> pairs;
                for (const auto& [team, weeks] : data) {
                    TeamPairs tp;
                    for (const auto& [week, tw] : weeks) {
                        if (!tw.dims || !(*tw.dims)[d])
                            continue;
                        const auto later = weeks.find(IsoWeek::fromKey(week).next(lag).key());
                        if (later == weeks.end())
                            continue;
                        const auto o = later->second.outcome.find(m);
                        if (o == later->second.outcome.end())
                            continue;
                        tp.x.push_back(*(*tw.dims)[d]);
                        tp.y.push_back(o->second);
                    }
                    pairs.push_back(std::move(tp));
                }
                const WithinTeamRho w = withinTeamSpearman(pairs);
                Correlation c;
                c.outcome = m;
                c.dimension = d;
                c.lag = lag;
                c.n = w.n;
                c.teams = w.teams;
                c.rho = w.rho;
                c.p = w.p;
                c.exact = w.exact;
                h.correlations.push_back(c);
            }
    // Benjamini-Hochberg over the whole grid: a mark is a cell with q < 0.05.
    std::vector<std::optional<double>> ps;
    for (const auto& c : h.correlations)
        ps.push_back(c.p);
    const auto qs = benjaminiHochberg(ps);
    for (size_t i = 0; i < h.correlations.size(); ++i) {
        h.correlations[i].q = qs[i];
        h.tests += qs[i] ? 1 : 0;
        h.marked += h.correlations[i].marked() ? 1 : 0;
    }

    // Learning labs: the site-wide least-squares line of the outcome on the pulse (same week).
    std::vector<std::pair<std::string, std::pair<double, double>>> points;
    for (const auto& [team, weeks] : data)
        for (const auto& [week, tw] : weeks) {
            const auto o = tw.outcome.find(labOutcome);
            if (tw.pulse && o != tw.outcome.end())
                points.push_back({team, {*tw.pulse, o->second}});
        }
    h.pairs = points.size();
    if (points.size() >= 3) {
        double mx = 0, my = 0;
        for (const auto& p : points) {
            mx += p.second.first;
            my += p.second.second;
        }
        mx /= double(points.size());
        my /= double(points.size());
        double sxx = 0, sxy = 0;
        for (const auto& p : points) {
            sxx += (p.second.first - mx) * (p.second.first - mx);
            sxy += (p.second.first - mx) * (p.second.second - my);
        }
        h.slope = sxx > 0 ? sxy / sxx : 0;
        h.intercept = my - h.slope * mx;
        double sse = 0;
        std::map<std::string, TeamGap> gaps;
        for (const auto& [team, xy] : points) {
            const double r = xy.second - (h.intercept + h.slope * xy.first);
            sse += r * r;
            auto& g = gaps[team];
            g.team = team;
            g.weeks += 1;
            g.pulse += xy.first;
            g.outcome += xy.second;
            g.gap += r;
        }
        h.residualSd = std::sqrt(sse / double(points.size() - 2));
        const bool lower = defOf(def, labOutcome).lowerIsBetter();
        for (auto& [team, g] : gaps) {
            g.pulse /= g.weeks;
            g.outcome /= g.weeks;
            g.gap /= g.weeks;
            g.lab = gaps.size() >= 3 && g.weeks >= 4 && h.residualSd > 0 && std::abs(g.gap) >= h.residualSd;
            g.better = lower ? g.gap < 0 : g.gap > 0;
            h.teams.push_back(g);
        }
    }
    return h;
}

} // namespace fb::analytics
