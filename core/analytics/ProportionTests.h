#pragma once

// The two-sample summary a program's comparison fills (analytics/PrePost.h)
// and the running mean and variance its cells keep. "1" is before (pre), "2"
// after (post); every change is 2 - 1. The statistics themselves come from
// one regression with cluster-robust errors (analytics/ClusterOls.h).
#include <QtGlobal>

#include <optional>

namespace fb::analytics {

struct TwoSample final {
    double pre = 0;                 // proportion, rate or mean before
    double post = 0;                // after
    double change = 0;              // post - pre
    std::optional<double> relative; // post / pre - 1; nullopt when pre = 0
    std::optional<double> low;      // 95% bounds of change
    std::optional<double> high;
    std::optional<double> p;  // two-sided
    std::optional<double> z;  // test statistic (t)
    std::optional<double> df; // degrees of freedom of t (agents - 1)
};

// Mean and sample variance (n - 1) of n values.
struct MeanVar final {
    qint64 n = 0;
    double mean = 0;
    double variance = 0; // sample variance, n - 1 in the denominator
};
// Welford's running mean and sum of squared deviations, mergeable (Chan et al.).
struct Running final {
    qint64 n = 0;
    double mean = 0;
    double m2 = 0;
    void add(double x)
    {
        ++n;
        const double d = x - mean;
        mean += d / static_cast<double>(n);
        m2 += d * (x - mean);
    }
    void merge(const Running& o);
    [[nodiscard]] MeanVar meanVar() const { return {n, mean, n > 1 ? m2 / static_cast<double>(n - 1) : 0.0}; }
};

} // namespace fb::analytics
