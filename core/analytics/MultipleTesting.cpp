#include "analytics/MultipleTesting.h"

#include <algorithm>
#include <numeric>

namespace fb::analytics {
namespace {

// Indices of the present p values, by p ascending (stable, so ties keep their order).
std::vector<size_t> presentByP(const std::vector<std::optional<double>>& p)
{
    std::vector<size_t> idx;
    for (size_t i = 0; i < p.size(); ++i)
        if (p[i])
            idx.push_back(i);
    std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return *p[a] < *p[b]; });
    return idx;
}

} // namespace

std::vector<std::optional<double>> holm(const std::vector<std::optional<double>>& p)
{
    std::vector<std::optional<double>> out(p.size());
    const auto idx = presentByP(p);
    const auto m = static_cast<double>(idx.size());
    double running = 0;
    for (size_t j = 0; j < idx.size(); ++j) {
        running = std::max(running, std::min(1.0, (m - static_cast<double>(j)) * *p[idx[j]]));
        out[idx[j]] = running;
    }
    return out;
}

std::vector<std::optional<double>> benjaminiHochberg(const std::vector<std::optional<double>>& p)
{
    std::vector<std::optional<double>> out(p.size());
    const auto idx = presentByP(p);
    const auto m = static_cast<double>(idx.size());
    double running = 1.0;
    for (size_t j = idx.size(); j-- > 0;) {
        running = std::min(running, std::min(1.0, m * *p[idx[j]] / static_cast<double>(j + 1)));
        out[idx[j]] = running;
    }
    return out;
}

} // namespace fb::analytics
