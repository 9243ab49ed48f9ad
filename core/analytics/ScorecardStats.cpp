#include "analytics/ScorecardStats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace fb::analytics {

std::optional<double> qaTotal(const std::vector<RubricAttribute>& rubric, const std::vector<AttributeScore>& scores)
{
    double weighted = 0;
    double weights = 0;
    bool criticalZero = false;
    for (const auto& entry : scores) {
        // Not a structured binding: Clang before 16 refuses to capture one in the lambda.
        const auto& score = entry.second;
        if (!score)
            continue;
        const auto a = std::find_if(rubric.begin(), rubric.end(), [&](const auto& r) { return r.name == entry.first; });
        if (a == rubric.end())
            continue;
        if (a->critical && *score == 0)
            criticalZero = true;
        const double max = a->yesNo ? 1.0 : 4.0;
        weighted += a->weight * (*score / max);
        weights += a->weight;
    }
    if (!(weights > 0))
        return std::nullopt;
    if (criticalZero)
        return 0.0;
    return 100.0 * weighted / weights;
}

std::vector<double> averageRanks(const std::vector<double>& values)
{
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        const double rank = (double(i + 1) + double(j + 1)) / 2.0;
        for (size_t k = i; k <= j; ++k)
            ranks[order[k]] = rank;
        i = j + 1;
    }
    return ranks;
}

std::optional<double> spearman(const std::vector<double>& x, const std::vector<double>& y)
{
    const size_t n = x.size();
    if (n != y.size() || n < 3)
        return std::nullopt;
    const auto rx = averageRanks(x);
    const auto ry = averageRanks(y);
    const double mean = (double(n) + 1.0) / 2.0; // mean of average ranks is always (n+1)/2
    double sxy = 0, sxx = 0, syy = 0;
    for (size_t i = 0; i < n; ++i) {
        const double dx = rx[i] - mean, dy = ry[i] - mean;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if (sxx == 0 || syy == 0)
        return std::nullopt;
    return sxy / std::sqrt(sxx * syy);
}

std::optional<double> median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace fb::analytics
