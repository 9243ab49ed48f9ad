#include "analytics/Scorecard.h"

#include "common/IsoWeek.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace fb::analytics {

Sums& Sums::operator+=(const Sums& o)
{
    interactions += o.interactions;
    handleSeconds += o.handleSeconds;
    fcrKnown += o.fcrKnown;
    fcrResolved += o.fcrResolved;
    repeatContacts += o.repeatContacts;
    escalations += o.escalations;
    defects += o.defects;
    csatSurveyed += o.csatSurveyed;
    csatTop2 += o.csatTop2;
    qaEvaluations += o.qaEvaluations;
    qaTotalSum += o.qaTotalSum;
    addPulse(o);
    coachingDue += o.coachingDue;
    coachingDone += o.coachingDone;
    return *this;
}

void Sums::addPulse(const Sums& o)
{
    pulseResponses += o.pulseResponses;
    pulseScoreSum += o.pulseScoreSum;
    pulseScoreCount += o.pulseScoreCount;
    for (int d = 0; d < kPulseDimensions; ++d) {
        pulseDimSum[d] += o.pulseDimSum[d];
        pulseDimCount[d] += o.pulseDimCount[d];
    }
}

void Sums::clearPulse()
{
    pulseResponses = 0;
    pulseScoreSum = 0;
    pulseScoreCount = 0;
    pulseDimSum = {};
    pulseDimCount = {};
}

bool Sums::empty() const
{
    return interactions == 0 && fcrKnown == 0 && csatSurveyed == 0 && qaEvaluations == 0 && pulseResponses == 0 &&
           coachingDue == 0;
}

std::string levelKey(Level l)
{
    switch (l) {
    case Level::Agent:
        return "agent";
    case Level::Team:
        return "team";
    case Level::Site:
        return "site";
    }
    return {};
}

std::optional<Level> levelFromKey(const std::string& key)
{
    for (Level l : {Level::Agent, Level::Team, Level::Site})
        if (levelKey(l) == key)
            return l;
    return std::nullopt;
}

double metricScore(double value, double floor, double target)
{
    const double t = std::clamp((value - floor) / (target - floor), 0.0, 1.0);
    return 100.0 * t + 0.0; // + 0.0 turns -0 (value == floor, lower is better) into 0
}

MetricValue measure(Metric m, const Sums& s)
{
    MetricValue v;
    auto ratio = [&v](double num, double den, qint64 n, double scale = 1.0) {
        v.n = n;
        v.numerator = num;
        v.denominator = den;
        if (den > 0)
            v.value = scale == 1.0 ? num / den : (scale * num) / den;
    };
    switch (m) {
    case Metric::Csat:
        ratio(double(s.csatTop2), double(s.csatSurveyed), s.csatSurveyed);
        break;
    case Metric::Fcr:
        ratio(double(s.fcrResolved), double(s.fcrKnown), s.fcrKnown);
        break;
    case Metric::Qa:
        ratio(s.qaTotalSum, double(s.qaEvaluations), s.qaEvaluations);
        break;
    case Metric::Dpti:
        ratio(double(s.defects), double(s.interactions), s.interactions, 1000.0);
        break;
    case Metric::Rework:
        ratio(double(s.repeatContacts), double(s.interactions), s.interactions);
        break;
    case Metric::Aht:
        ratio(s.handleSeconds, double(s.interactions), s.interactions);
        break;
    case Metric::Escalation:
        ratio(double(s.escalations), double(s.interactions), s.interactions);
        break;
    case Metric::Pulse:
        ratio(double(s.pulseScoreSum), double(s.pulseScoreCount), s.pulseResponses);
        break;
    case Metric::Coaching:
        ratio(double(s.coachingDone), double(s.coachingDue), s.coachingDue);
        break;
    }
    return v;
}

MetricValue evaluate(const MetricDef& def, const Sums& s)
{
    MetricValue v = measure(def.metric, s);
    v.enough = v.value.has_value() && v.n >= def.minN;
    if (v.enough)
        v.score = metricScore(*v.value, def.floor, def.target);
    return v;
}

void finishRow(const ScorecardDefinition& def, ScoreRow& row)
{
    double weighted = 0;
    row.weightsUsed = 0;
    row.weightsTotal = 0;
    row.gateGreen.reset();
    row.gateEvaluations = 0;
    for (size_t i = 0; i < def.metrics.size() && i < row.metrics.size(); ++i) {
        const auto& d = def.metrics[i];
        const auto& v = row.metrics[i];
        if (v.teamValue)
            continue; // context only: the team's figure is no part of an agent's composite
        row.weightsTotal += d.weight;
        if (v.enough && d.weight > 0) {
            weighted += d.weight * *v.score;
            row.weightsUsed += d.weight;
        }
        if (d.metric == Metric::Qa) {
            row.gateEvaluations = v.n;
            if (v.enough && v.n >= kGateMinEvaluations)
                row.gateGreen = *v.value >= def.gateQaMin;
        }
    }
    row.composite.reset();
    if (row.weightsUsed > 0)
        row.composite = weighted / row.weightsUsed;
}

std::unordered_map<std::string, std::string> teamSites(const std::vector<AgentInfo>& agents)
{
    std::map<std::string, std::map<std::string, int>> counts;
    for (const auto& a : agents)
        ++counts[a.team][a.site];
    std::unordered_map<std::string, std::string> out;
    for (const auto& [team, sites] : counts) {
        int best = -1;
        for (const auto& [site, n] : sites) // ties: the first site by name
            if (n > best) {
                best = n;
                out[team] = site;
            }
    }
    return out;
}

std::map<std::string, Sums> entitySums(const std::vector<AgentInfo>& agents, const PeriodSums& period, Level level,
                                       const std::string& teamFilter)
{
    std::map<std::string, Sums> out;
    if (level == Level::Agent) {
        for (const auto& a : agents) {
            if (!teamFilter.empty() && a.team != teamFilter)
                continue;
            const auto it = period.byAgent.find(a.id);
            if (it != period.byAgent.end() && !it->second.empty())
                out[a.id] = it->second;
        }
        return out;
    }
    if (level == Level::Team) {
        for (const auto& a : agents) {
            if (!teamFilter.empty() && a.team != teamFilter)
                continue;
            const auto it = period.byAgent.find(a.id);
            if (it == period.byAgent.end() || it->second.empty())
                continue;
            Sums s = it->second;
            s.clearPulse();
            out[a.team] += s;
        }
        for (const auto& [team, pulse] : period.pulseByTeam) {
            if (!teamFilter.empty() && team != teamFilter)
                continue;
            out[team].addPulse(pulse);
        }
        return out;
    }
    const auto sites = teamSites(agents);
    for (const auto& a : agents) {
        const auto it = period.byAgent.find(a.id);
        if (it == period.byAgent.end() || it->second.empty())
            continue;
        Sums s = it->second;
        s.clearPulse();
        out[a.site] += s;
    }
    for (const auto& [team, pulse] : period.pulseByTeam) {
        const auto site = sites.find(team);
        out[site == sites.end() ? std::string() : site->second].addPulse(pulse);
    }
    return out;
}

Scorecard computeScorecard(const ScorecardDefinition& def, const std::vector<AgentInfo>& agents,
                           const PeriodSums& period, Level level, int fromWeek, int toWeek,
                           const std::string& teamFilter)
{
    Scorecard card;
    card.definition = def;
    card.level = level;
    card.fromWeek = fromWeek;
    card.toWeek = toWeek;
    std::unordered_map<std::string, const AgentInfo*> byId;
    if (level == Level::Agent)
        for (const auto& a : agents)
            byId[a.id] = &a;
    const auto sums = entitySums(agents, period, level, teamFilter);
    card.rows.reserve(sums.size());
    for (const auto& [id, s] : sums) {
        ScoreRow row;
        row.level = level;
        row.id = id;
        row.name = id;
        if (level == Level::Agent) {
            const AgentInfo* a = byId.at(id);
            row.name = a->name;
            row.team = a->team;
        } else if (level == Level::Team) {
            row.team = id;
        }
        row.interactions = s.interactions;
        row.metrics.reserve(def.metrics.size());
        for (const auto& d : def.metrics) {
            if (level == Level::Agent && d.metric == Metric::Pulse) {
                // The team's publishable pulse: the same figure as the team row shows, nothing
                // of the agent's own answers (which would be a difference of two figures).
                const auto team = period.pulseByTeam.find(row.team);
                MetricValue v = evaluate(d, team == period.pulseByTeam.end() ? Sums{} : team->second);
                v.teamValue = true;
                row.metrics.push_back(v);
                continue;
            }
            row.metrics.push_back(evaluate(d, s));
        }
        finishRow(def, row);
        card.rows.push_back(std::move(row));
    }
    return card;
}

namespace {

} // namespace

std::optional<Interval> wilsonInterval(double k, double n, double z)
{
    if (!(n > 0))
        return std::nullopt;
    const double p = k / n;
    const double z2 = z * z;
    const double denom = 1 + z2 / n;
    const double centre = (p + z2 / (2 * n)) / denom;
    const double half = (z / denom) * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return Interval{std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

} // namespace fb::analytics
