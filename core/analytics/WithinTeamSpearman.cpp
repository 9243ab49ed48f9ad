#include "analytics/WithinTeamSpearman.h"

#include "analytics/ScorecardStats.h"

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace fb::analytics {
namespace {

// Share of within-team permutations of the y ranks whose |rho| reaches the
// observed one. Every team's order is stepped through like an odometer.
double exactP(const std::vector<double>& rx, const std::vector<double>& ry, const std::vector<size_t>& teamOf,
              size_t teams, double observed, double mean, double denominator)
{
    std::vector<std::vector<size_t>> members(teams); // positions of each team
    for (size_t i = 0; i < teamOf.size(); ++i)
        members[teamOf[i]].push_back(i);
    std::vector<std::vector<size_t>> order(teams); // the permutation of each team's y
    for (size_t t = 0; t < teams; ++t) {
        order[t].resize(members[t].size());
        std::iota(order[t].begin(), order[t].end(), size_t(0));
    }
    // Sums of products differ from the observed only by rounding when equal;
    // compare with a tolerance so ties with the observed count as extreme.
    const double threshold = std::abs(observed) * denominator * (1.0 - 1e-12);
    long long extreme = 0, total = 0;
    for (;;) {
        double sxy = 0;
        for (size_t t = 0; t < teams; ++t)
            for (size_t k = 0; k < members[t].size(); ++k)
                sxy += (rx[members[t][k]] - mean) * (ry[members[t][order[t][k]]] - mean);
        ++total;
        if (std::abs(sxy) >= threshold)
            ++extreme;
        size_t t = 0;
        while (t < teams && !std::next_permutation(order[t].begin(), order[t].end()))
            ++t; // this team wrapped around to its first order: carry to the next
        if (t == teams)
            break;
    }
    return double(extreme) / double(total);
}

} // namespace

WithinTeamRho withinTeamSpearman(const std::vector<TeamPairs>& input)
{
    WithinTeamRho r;
    std::vector<double> x, y;
    std::vector<size_t> teamOf;
    std::vector<size_t> sizes;
    for (const auto& team : input) {
        const size_t k = std::min(team.x.size(), team.y.size());
        if (k < 2)
            continue;
        const double mx = std::accumulate(team.x.begin(), team.x.begin() + long(k), 0.0) / double(k);
        const double my = std::accumulate(team.y.begin(), team.y.begin() + long(k), 0.0) / double(k);
        for (size_t i = 0; i < k; ++i) {
            x.push_back(team.x[i] - mx);
            y.push_back(team.y[i] - my);
            teamOf.push_back(sizes.size());
        }
        sizes.push_back(k);
    }
    // Equal deviations in two teams (3.5 - 3.6 and 4.1 - 4.2) differ in the
    // last bits after subtraction; ranks must see them as the tie they are.
    const auto snap = [](std::vector<double>& v) {
        double scale = 0;
        for (double e : v)
            scale = std::max(scale, std::abs(e));
        const double grid = scale * 1e-12;
        if (grid > 0)
            for (double& e : v)
                e = std::round(e / grid) * grid;
    };
    snap(x);
    snap(y);
    r.n = x.size();
    r.teams = sizes.size();
    r.rho = spearman(x, y);
    if (!r.rho)
        return r;
    const auto rx = averageRanks(x);
    const auto ry = averageRanks(y);
    const double mean = (double(r.n) + 1.0) / 2.0;
    double sxx = 0, syy = 0;
    for (size_t i = 0; i < r.n; ++i) {
        sxx += (rx[i] - mean) * (rx[i] - mean);
        syy += (ry[i] - mean) * (ry[i] - mean);
    }
    const double denominator = std::sqrt(sxx * syy);
    if (r.n <= kExactSpearmanMaxN) {
        r.exact = true;
        r.p = exactP(rx, ry, teamOf, r.teams, *r.rho, mean, denominator);
        return r;
    }
    const double df = double(r.n) - double(r.teams) - 1.0;
    if (df < 1)
        return r;
    const double rho = *r.rho;
    if (std::abs(rho) >= 1.0) {
        // Orderings of y within the teams that give the observed ranks: those
        // that only swap equal y values. Their share, doubled for two sides.
        double logCount = 0, logTotal = 0;
        for (size_t t = 0; t < r.teams; ++t) {
            std::vector<double> own;
            for (size_t i = 0; i < r.n; ++i)
                if (teamOf[i] == t)
                    own.push_back(y[i]);
            std::sort(own.begin(), own.end());
            for (size_t i = 0; i < own.size();) {
                size_t j = i;
                while (j < own.size() && own[j] == own[i])
                    ++j;
                logCount += std::lgamma(double(j - i) + 1.0);
                i = j;
            }
            logTotal += std::lgamma(double(own.size()) + 1.0);
        }
        r.p = std::min(1.0, 2.0 * std::exp(logCount - logTotal));
        return r;
    }
    const double t = rho * std::sqrt(df / (1.0 - rho * rho));
    const boost::math::students_t dist(df);
    r.p = 2.0 * boost::math::cdf(boost::math::complement(dist, std::abs(t)));
    return r;
}

} // namespace fb::analytics
