#include "analytics/Agreement.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace fb::analytics {
namespace {

// A pairable unit: its values as (index into the sorted distinct values, count).
struct UnitCounts {
    std::vector<std::pair<int, int>> counts;
    int m = 0; // number of values in the unit (>= 2)
};

// The pairable units of the data, over a shared value index.
struct Prepared {
    std::vector<double> values; // sorted distinct pairable values
    std::vector<UnitCounts> units;
    std::vector<std::size_t> origin; // the row of data.units each prepared unit came from
};

Prepared prepare(const ReliabilityData& data)
{
    Prepared p;
    for (const auto& row : data.units) {
        int m = 0;
        for (const auto& cell : row)
            m += cell.has_value() ? 1 : 0;
        if (m < 2)
            continue;
        for (const auto& cell : row)
            if (cell)
                p.values.push_back(*cell);
    }
    std::sort(p.values.begin(), p.values.end());
    p.values.erase(std::unique(p.values.begin(), p.values.end()), p.values.end());
    auto indexOf = [&](double v) {
        return int(std::lower_bound(p.values.begin(), p.values.end(), v) - p.values.begin());
    };
    for (std::size_t r = 0; r < data.units.size(); ++r) {
        const auto& row = data.units[r];
        std::map<int, int> counts;
        int m = 0;
        for (const auto& cell : row)
            if (cell) {
                ++counts[indexOf(*cell)];
                ++m;
            }
        if (m < 2)
            continue;
        UnitCounts u;
        u.m = m;
        u.counts.assign(counts.begin(), counts.end());
        p.units.push_back(std::move(u));
        p.origin.push_back(r);
    }
    return p;
}

enum class Undefined { NoPairs, OneValue };

struct Computed {
    std::optional<Undefined> undefined;
    AlphaResult result;
};

// Alpha over the pairable units named by `pick` (indices into p.units, repeats allowed).
Computed computeAlpha(const Prepared& p, const std::vector<std::size_t>& pick, AlphaMetric metric)
{
    Computed out;
    const std::size_t V = p.values.size();
    // Coincidence matrix o_ck = sum over units of n_uc * n_uk / (m_u - 1), c != k;
    // o_cc = sum of n_uc (n_uc - 1) / (m_u - 1).
    std::vector<double> o(V * V, 0.0);
    for (std::size_t idx : pick) {
        const UnitCounts& u = p.units[idx];
        const double w = 1.0 / double(u.m - 1);
        for (const auto& [c, nc] : u.counts)
            for (const auto& [k, nk] : u.counts)
                o[std::size_t(c) * V + std::size_t(k)] += (c == k ? double(nc) * double(nc - 1) : double(nc) * nk) * w;
    }
    std::vector<double> marg(V, 0.0);
    double n = 0;
    int present = 0;
    for (std::size_t c = 0; c < V; ++c) {
        for (std::size_t k = 0; k < V; ++k)
            marg[c] += o[c * V + k];
        n += marg[c];
        // Marginals are sums of exact multiples of 1/(m-1); a value present has n_c >= 1.
        if (marg[c] > 0.5)
            ++present;
    }
    out.result.unitsUsed = qint64(pick.size());
    out.result.pairableValues = qint64(std::llround(n));
    out.result.distinctValues = present;
    if (pick.empty()) {
        out.undefined = Undefined::NoPairs;
        return out;
    }
    if (present < 2) {
        out.undefined = Undefined::OneValue;
        return out;
    }

    // Cumulative marginals for the ordinal metric: delta_ck = sum_{g=c..k} n_g - (n_c + n_k)/2.
    std::vector<double> cum(V + 1, 0.0);
    for (std::size_t c = 0; c < V; ++c)
        cum[c + 1] = cum[c] + marg[c];
    auto delta2 = [&](std::size_t c, std::size_t k) -> double {
        if (c == k)
            return 0.0;
        switch (metric) {
        case AlphaMetric::Nominal:
            return 1.0;
        case AlphaMetric::Ordinal: {
            const std::size_t a = std::min(c, k), b = std::max(c, k);
            const double d = (cum[b + 1] - cum[a]) - (marg[a] + marg[b]) / 2.0;
            return d * d;
        }
        case AlphaMetric::Interval: {
            const double d = p.values[c] - p.values[k];
            return d * d;
        }
        case AlphaMetric::Ratio: {
            const double s = p.values[c] + p.values[k];
            if (s == 0.0)
                return 0.0;
            const double d = (p.values[c] - p.values[k]) / s;
            return d * d;
        }
        }
        return 0.0;
    };
    double dO = 0, dE = 0;
    for (std::size_t c = 0; c < V; ++c)
        for (std::size_t k = 0; k < V; ++k) {
            if (c == k)
                continue;
            const double d = delta2(c, k);
            dO += o[c * V + k] * d;
            dE += marg[c] * marg[k] * d;
        }
    dO /= n;
    dE /= n * (n - 1);
    if (!(dE > 0)) {
        out.undefined = Undefined::OneValue;
        return out;
    }
    out.result.observedDisagreement = dO;
    out.result.expectedDisagreement = dE;
    out.result.alpha = 1.0 - dO / dE;
    return out;
}

Error undefinedError(Undefined why)
{
    if (why == Undefined::NoPairs)
        return Error::plain(QStringLiteral("alpha is undefined: no unit has scores from two coders"));
    return Error::plain(QStringLiteral("alpha is undefined: all pairable scores have the same value, so there is no "
                                       "variation to measure agreement against"));
}

Status checkRatio(const ReliabilityData& data)
{
    for (const auto& row : data.units)
        for (const auto& cell : row)
            if (cell && *cell < 0)
                return Error::plain(QStringLiteral("the ratio metric needs scores of 0 or more, found %1")
                                        .arg(QString::number(*cell, 'g', 17)));
    return {};
}

double quantile(const std::vector<double>& sorted, double prob)
{
    // Linear interpolation between order statistics (Hyndman & Fan type 7, R's default).
    const double h = double(sorted.size() - 1) * prob;
    const auto lo = std::size_t(std::floor(h));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]);
}

} // namespace

Status validate(const ReliabilityData& data)
{
    for (std::size_t u = 0; u < data.units.size(); ++u) {
        const auto& row = data.units[u];
        if (row.size() != data.coders.size())
            return Error::plain(QStringLiteral("unit %1 has %2 scores for %3 coders")
                                    .arg(u + 1)
                                    .arg(row.size())
                                    .arg(data.coders.size()));
        for (const auto& cell : row)
            if (cell && !std::isfinite(*cell))
                return Error::plain(QStringLiteral("unit %1 has a score that is not a finite number").arg(u + 1));
    }
    return {};
}

const char* metricName(AlphaMetric metric)
{
    switch (metric) {
    case AlphaMetric::Nominal:
        return "nominal";
    case AlphaMetric::Ordinal:
        return "ordinal";
    case AlphaMetric::Interval:
        return "interval";
    case AlphaMetric::Ratio:
        return "ratio";
    }
    return "?";
}

std::optional<AlphaMetric> parseMetric(std::string_view name)
{
    for (AlphaMetric m : {AlphaMetric::Nominal, AlphaMetric::Ordinal, AlphaMetric::Interval, AlphaMetric::Ratio})
        if (name == metricName(m))
            return m;
    return std::nullopt;
}

Result<AlphaResult> krippendorffAlpha(const ReliabilityData& data, AlphaMetric metric)
{
    if (auto st = validate(data); !st)
        return st.error();
    if (metric == AlphaMetric::Ratio)
        if (auto st = checkRatio(data); !st)
            return st.error();
    const Prepared p = prepare(data);
    std::vector<std::size_t> all(p.units.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    Computed c = computeAlpha(p, all, metric);
    if (c.undefined)
        return undefinedError(*c.undefined);
    return c.result;
}

Result<BootstrapInterval> bootstrapAlpha(const ReliabilityData& data, AlphaMetric metric, int resamples, quint64 seed,
                                         double level)
{
    std::vector<std::size_t> own(data.units.size());
    for (std::size_t i = 0; i < own.size(); ++i)
        own[i] = i;
    return bootstrapAlphaByGroup(data, own, metric, resamples, seed, level);
}

Result<BootstrapInterval> bootstrapAlphaByGroup(const ReliabilityData& data, const std::vector<std::size_t>& groupOf,
                                                AlphaMetric metric, int resamples, quint64 seed, double level)
{
    if (resamples < 1 || resamples > 1'000'000)
        return Error::plain(
            QStringLiteral("the number of bootstrap resamples must be 1 to 1000000, not %1").arg(resamples));
    if (!(level > 0 && level < 1))
        return Error::plain(QStringLiteral("the interval level must lie strictly between 0 and 1"));
    if (groupOf.size() != data.units.size())
        return Error::plain(
            QStringLiteral("%1 groups are given for %2 units").arg(groupOf.size()).arg(data.units.size()));
    auto full = krippendorffAlpha(data, metric);
    if (!full)
        return full.error();
    const Prepared p = prepare(data);
    // The pairable units of each group, groups in order of first appearance;
    // groups without a pairable unit are not drawn (they add nothing).
    std::map<std::size_t, std::size_t> slot;
    std::vector<std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < p.units.size(); ++i) {
        const auto [it, added] = slot.emplace(groupOf[p.origin[i]], groups.size());
        if (added)
            groups.emplace_back();
        groups[it->second].push_back(i);
    }
    const std::size_t G = groups.size();
    SplitMix64 rng(seed);
    std::vector<std::size_t> pick;
    std::vector<double> alphas;
    alphas.reserve(std::size_t(resamples));
    BootstrapInterval out;
    out.level = level;
    out.resamples = resamples;
    for (int r = 0; r < resamples; ++r) {
        pick.clear();
        for (std::size_t i = 0; i < G; ++i) {
            const auto& g = groups[std::size_t(rng.below(quint64(G)))];
            pick.insert(pick.end(), g.begin(), g.end());
        }
        const Computed c = computeAlpha(p, pick, metric);
        if (c.undefined)
            ++out.undefined;
        else
            alphas.push_back(c.result.alpha);
    }
    if (alphas.empty())
        return Error::plain(
            QStringLiteral("no bootstrap interval: alpha was undefined in all %1 resamples").arg(resamples));
    std::sort(alphas.begin(), alphas.end());
    out.low = quantile(alphas, (1.0 - level) / 2.0);
    out.high = quantile(alphas, (1.0 + level) / 2.0);
    return out;
}

Result<Ac1Result> gwetAc1(const ReliabilityData& data, const std::vector<double>& categories)
{
    if (auto st = validate(data); !st)
        return st.error();
    std::vector<double> cats = categories;
    if (cats.empty())
        for (const auto& row : data.units)
            for (const auto& cell : row)
                if (cell)
                    cats.push_back(*cell);
    std::sort(cats.begin(), cats.end());
    cats.erase(std::unique(cats.begin(), cats.end()), cats.end());
    const std::size_t q = cats.size();
    if (q < 2)
        return Error::plain(QStringLiteral("Gwet's AC1 needs at least two possible categories; give the category "
                                           "list (e.g. 0 and 1 for yes/no) when the data show only one"));

    Ac1Result out;
    out.categories = int(q);
    std::vector<double> pi(q, 0.0); // sum over rated units of r_ik / r_i, divided by n at the end
    double paSum = 0;
    std::vector<int> count(q);
    for (std::size_t u = 0; u < data.units.size(); ++u) {
        std::fill(count.begin(), count.end(), 0);
        int r = 0;
        for (const auto& cell : data.units[u]) {
            if (!cell)
                continue;
            const auto it = std::lower_bound(cats.begin(), cats.end(), *cell);
            if (it == cats.end() || *it != *cell)
                return Error::plain(QStringLiteral("unit %1 has the score %2, which is not one of the categories")
                                        .arg(u + 1)
                                        .arg(QString::number(*cell, 'g', 17)));
            ++count[std::size_t(it - cats.begin())];
            ++r;
        }
        if (r == 0)
            continue;
        ++out.unitsRated;
        for (std::size_t k = 0; k < q; ++k)
            pi[k] += double(count[k]) / r;
        if (r >= 2) {
            ++out.unitsPaired;
            double agree = 0;
            for (int c : count)
                agree += double(c) * double(c - 1);
            paSum += agree / (double(r) * double(r - 1));
        }
    }
    if (out.unitsPaired == 0)
        return Error::plain(QStringLiteral("Gwet's AC1 is undefined: no unit has scores from two coders"));
    out.percentAgreement = paSum / double(out.unitsPaired);
    double pe = 0;
    for (double s : pi) {
        const double pk = s / double(out.unitsRated);
        pe += pk * (1.0 - pk);
    }
    pe /= double(q - 1);
    out.chanceAgreement = pe;
    // pe <= 1/q <= 1/2 for q >= 2, so the denominator is positive.
    out.ac1 = (out.percentAgreement - pe) / (1.0 - pe);
    return out;
}

quint64 SplitMix64::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint64 SplitMix64::below(quint64 bound)
{
    // Rejection sampling: discard the top partial block so every residue is equally likely.
    const quint64 threshold = (0 - bound) % bound;
    for (;;) {
        const quint64 x = next();
        if (x >= threshold)
            return x % bound;
    }
}

} // namespace fb::analytics
