#include "analytics/FisherExact.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace fb::analytics {
namespace {

double logChoose(qint64 n, qint64 k)
{
    return std::lgamma(static_cast<double>(n) + 1) - std::lgamma(static_cast<double>(k) + 1) -
           std::lgamma(static_cast<double>(n - k) + 1);
}

} // namespace

std::optional<double> fisherExactTwoSided(qint64 a, qint64 b, qint64 c, qint64 d)
{
    if (a < 0 || b < 0 || c < 0 || d < 0)
        return std::nullopt;
    const qint64 row1 = a + b, row2 = c + d, col1 = a + c, n = a + b + c + d;
    if (row1 == 0 || row2 == 0 || col1 == 0 || col1 == n)
        return std::nullopt;
    const qint64 lo = std::max<qint64>(0, row1 - (n - col1));
    const qint64 hi = std::min(row1, col1);
    // Log probabilities, scaled by the largest before exponentiating so that
    // large tables do not underflow.
    std::vector<double> logP;
    logP.reserve(static_cast<size_t>(hi - lo + 1));
    for (qint64 x = lo; x <= hi; ++x)
        logP.push_back(logChoose(col1, x) + logChoose(n - col1, row1 - x) - logChoose(n, row1));
    const double top = *std::max_element(logP.begin(), logP.end());
    double total = 0, tail = 0;
    const double observed = std::exp(logP[static_cast<size_t>(a - lo)] - top);
    for (double lp : logP) {
        const double p = std::exp(lp - top);
        total += p;
        if (p <= observed * (1 + 1e-7))
            tail += p;
    }
    return std::min(1.0, tail / total);
}

} // namespace fb::analytics
