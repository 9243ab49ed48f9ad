#include "demo/DemoModel.h"

#include "common/IsoWeek.h"
#include "demo/DemoRandom.h"
#include "demo/DemoText.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace fb::demo {
namespace {

std::vector<Queue> buildQueues()
{
    using namespace effects;
    return {
        {"billing",
         {0.60, 0.25, 0.15},
         0.74,
         kRepeatBeforeFix,
         0.04,
         {"invoice query", "payment failed", "refund request", "direct debit change", "late fee dispute",
          "payment plan"}},
        {"tech",
         {0.45, 0.40, 0.15},
         0.72,
         0.11,
         0.06,
         {"cannot log in", "slow connection", "device setup", "error message", "outage report", "password reset"}},
        {"retention",
         {0.80, 0.15, 0.05},
         0.73,
         0.09,
         0.07,
         {"cancel request", "price increase", "competitor offer", "downgrade plan", "contract end"}},
        {"onboarding",
         {0.40, 0.30, 0.30},
         0.75,
         0.10,
         0.04,
         {"account activation", "first bill explained", "welcome call", "identity check", "plan choice"}},
        {"general",
         {0.50, 0.30, 0.20},
         0.74,
         0.10,
         0.05,
         {"address change", "general question", "complaint", "account update", "order status"}},
    };
}

template <typename T> void shuffle(std::vector<T>& v, Rng& rng)
{
    for (size_t i = v.size(); i > 1; --i)
        std::swap(v[i - 1], v[static_cast<size_t>(rng.below(static_cast<int>(i)))]);
}

// Unique "First Last" names (a middle initial once the pairs run short).
class NamePool final {
public:
    explicit NamePool(quint64 seed) : m_rng(Rng::stream(seed, NameStream)) {}
    std::string next()
    {
        for (;;) {
            std::string name(m_rng.pick(text::kFirstNames));
            if (m_used.size() > text::kFirstNames.size() * text::kLastNames.size() / 2) {
                name += ' ';
                name += static_cast<char>('A' + m_rng.below(26));
                name += '.';
            }
            name += ' ';
            name += m_rng.pick(text::kLastNames);
            if (m_used.insert(name).second)
                return name;
        }
    }

private:
    Rng m_rng;
    std::set<std::string> m_used;
};

std::string agentId(int index, int count)
{
    const std::string digits = std::to_string(index + 1);
    const size_t width = std::max<size_t>(4, std::to_string(count).size());
    std::string id(1, 'A');
    id.append(width - std::min(width, digits.size()), '0');
    id.append(digits);
    return id;
}

void planCoaching(Site& s, Rng& rng)
{
    s.coachingOf.assign(s.agents.size(), {});
    std::vector<int> lastCoachedWeek(s.agents.size(), -100);
    auto currentLift = [&](int agent, int attr, int day) {
        double lift = 0;
        for (int e : s.coachingOf[agent])
            if (s.coaching[e].attribute == attr)
                lift += coachingLift(day - s.coaching[e].day);
        return lift;
    };
    for (int w = 0; w < s.weeks; ++w) {
        for (const Team& team : s.teams) {
            std::vector<int> eligible;
            for (int a : team.agents) {
                const Agent& ag = s.agents[a];
                if (ag.firstDay <= 7 * w && ag.endDay > 7 * w + 14 && w - lastCoachedWeek[a] >= 4)
                    eligible.push_back(a);
            }
            int n =
                std::min(rng.poisson(static_cast<double>(team.agents.size()) / 7.0), static_cast<int>(eligible.size()));
            for (; n > 0; --n) {
                std::vector<double> weights;
                for (int a : eligible)
                    weights.push_back(std::exp(-0.5 * s.agents[a].skill));
                const size_t i = rng.weighted(weights.data(), weights.size());
                const int a = eligible[i];
                eligible.erase(eligible.begin() + static_cast<std::ptrdiff_t>(i));
                CoachingEvent ev{a, 7 * w + rng.range(1, 3), 0};
                double weakest = 1e9;
                for (int k = 0; k < kAttributes; ++k) {
                    const double level = s.agents[a].level[k] + currentLift(a, k, ev.day);
                    if (level < weakest) {
                        weakest = level;
                        ev.attribute = k;
                    }
                }
                lastCoachedWeek[a] = w;
                s.coachingOf[a].push_back(static_cast<int>(s.coaching.size()));
                s.coaching.push_back(ev);
            }
        }
    }
    // Note ids follow coached_on; coachingOf keeps indexes into the sorted list.
    std::vector<int> order(s.coaching.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        return s.coaching[x].day != s.coaching[y].day ? s.coaching[x].day < s.coaching[y].day
                                                      : s.coaching[x].agent < s.coaching[y].agent;
    });
    std::vector<CoachingEvent> sorted;
    s.coachingOf.assign(s.agents.size(), {});
    for (int i : order) {
        s.coachingOf[s.coaching[i].agent].push_back(static_cast<int>(sorted.size()));
        sorted.push_back(s.coaching[i]);
    }
    s.coaching = std::move(sorted);

    s.lifts.assign(s.agents.size() * static_cast<size_t>(s.weeks), {});
    for (size_t a = 0; a < s.agents.size(); ++a)
        for (int w = 0; w < s.weeks; ++w)
            for (int k = 0; k < kAttributes; ++k) {
                const double raw = currentLift(static_cast<int>(a), k, 7 * w + 2); // Wednesday
                const double room = std::max(0.0, 3.9 - s.agents[a].level[k]);
                s.lifts[a * s.weeks + w][k] = static_cast<float>(std::min(raw, room));
            }
}

} // namespace

double coachingLift(double days)
{
    using namespace effects;
    if (days <= 0)
        return 0;
    if (days <= kCoachingHoldDays)
        return kCoachingLift * std::min(1.0, days / kCoachingRampDays);
    return kCoachingLift *
           (kCoachingResidual + (1 - kCoachingResidual) * std::exp(-(days - kCoachingHoldDays) / kCoachingFadeDays));
}

std::string Site::dateText(int day) const
{
    return date(day).toString(Qt::ISODate).toStdString();
}

Site buildSite(const DemoOptions& options)
{
    using namespace effects;
    Site s;
    s.options = options;
    s.options.start = IsoWeek::ofDate(options.start).monday(); // the Monday of its week
    s.weeks = std::max(1, options.weeks);
    s.days = 7 * s.weeks;
    s.fixWeek = std::min(kFixWeek, s.weeks / 2);
    s.queues = buildQueues();
    for (int w = 0; w < s.weeks; ++w)
        s.weekText.push_back(IsoWeek::ofDate(s.date(7 * w)).toString().toStdString());

    Rng rng = Rng::stream(options.seed, SiteStream);
    NamePool names(options.seed);
    const int nAgents = std::max(1, options.agents);
    const int nTeams = std::clamp(options.teams, 1, nAgents);
    s.siteNames = nAgents >= 24 && nTeams >= 2 ? std::vector<std::string>{"Riverside", "Northgate"}
                                               : std::vector<std::string>{"Riverside"};
    static const char* const teamNames[] = {"Billing", "Tech Support", "Retention", "Onboarding"};
    std::vector<double> climates;
    for (int t = 0; t < nTeams; ++t)
        climates.push_back(nTeams == 1 ? 0.0 : -kClimateSpread + 2 * kClimateSpread * t / (nTeams - 1));
    shuffle(climates, rng);
    for (int t = 0; t < nTeams; ++t) {
        Team team;
        team.name = t < 4 ? teamNames[t] : "Team " + std::to_string(t + 1);
        team.supervisor = names.next();
        team.site = t % static_cast<int>(s.siteNames.size());
        team.queue = std::min(t, 4);
        team.climate = climates[t];
        s.teams.push_back(std::move(team));
    }
    s.qaAnalysts = {names.next(), names.next()};

    s.climate.assign(static_cast<size_t>(nTeams) * s.weeks, 0);
    for (int t = 0; t < nTeams; ++t) {
        double wobble = 0;
        for (int w = 0; w < s.weeks; ++w) {
            wobble = kClimateAutocorr * wobble + rng.normal(0, kClimateWeeklySd);
            s.climate[t * s.weeks + w] = s.teams[t].climate + wobble;
        }
    }

    std::vector<int> teamOf(nAgents);
    for (int i = 0; i < nAgents; ++i)
        teamOf[i] = i % nTeams;
    shuffle(teamOf, rng);
    static constexpr double kAttrOffset[kAttributes] = {0.0, 0.1, 0.25, 0.35, -0.2};
    for (int i = 0; i < nAgents; ++i) {
        Rng ar = Rng::stream(options.seed, SiteStream, static_cast<quint64>(i) + 1);
        Agent a;
        a.id = agentId(i, nAgents);
        a.name = names.next();
        a.team = teamOf[i];
        a.site = s.teams[a.team].site;
        const double u = ar.uniform();
        double tenure = u < 0.25  ? ar.uniform(0.1, 1)
                        : u < 0.6 ? ar.uniform(1, 3)
                        : u < 0.9 ? ar.uniform(3, 7)
                                  : ar.uniform(7, 12);
        a.hireDate = s.date(-static_cast<int>(std::lround(tenure * 365.25)));
        if (s.weeks >= 6 && ar.bernoulli(0.04)) { // joins during the period, on a Monday
            a.firstDay = 7 * ar.range(1, s.weeks / 3);
            a.hireDate = s.date(a.firstDay);
            tenure = 0;
        }
        a.endDay = s.days;
        a.skill = ar.normal() + 0.5 * (1 - std::exp(-tenure / 1.5)) - 0.25;
        const double shiftW[3] = {0.3, 0.45, 0.25};
        a.shift = static_cast<int>(ar.weighted(shiftW, 3));
        a.saturdays = ar.bernoulli(0.3);
        a.volume = ar.bernoulli(0.12) ? 0.6 : std::clamp(ar.normal(1.0, 0.06), 0.85, 1.15);
        for (int k = 0; k < kAttributes; ++k)
            a.level[k] = std::clamp(2.55 + kAttrOffset[k] + 0.35 * a.skill + ar.normal(0, 0.3), 1.0, 3.6);
        s.teams[a.team].agents.push_back(i);
        s.agents.push_back(std::move(a));
    }
    // A few leave during the period (never the new joiners).
    const int leavers = nAgents >= 10 && s.days > 28 ? std::max(1, static_cast<int>(std::lround(nAgents * 0.06))) : 0;
    for (int n = 0, tries = 0; n < leavers && tries < 100 * leavers; ++tries) {
        Agent& a = s.agents[static_cast<size_t>(rng.below(nAgents))];
        if (a.left || a.firstDay > 0)
            continue;
        int day = rng.range(14, s.days - 8);
        day -= std::max(0, day % 7 - 4); // a weekday
        a.left = true;
        a.endDay = day + 1;
        ++n;
    }
    // contactsPerWeek is the site's average per agent-week: scale the loads
    // so that part-timers, joiners and leavers do not shrink the total.
    double load = 0;
    for (const Agent& a : s.agents)
        load += a.volume * (a.endDay - a.firstDay) / static_cast<double>(s.days);
    for (Agent& a : s.agents)
        a.volume *= nAgents / load;
    planCoaching(s, rng);
    return s;
}

} // namespace fb::demo
