#pragma once

// Two-sample comparisons of a program's before and after (docs/friction-to-flow.md):
//  - proportions: difference, Wald 95% interval on the difference, two-sided
//    p from the pooled two-proportion z test;
//  - rates (defects per interaction): rate ratio with the log-normal interval
//    exp(ln RR +- 1.96 sqrt(1/d1 + 1/d2)) and p from z = ln RR / SE;
//  - means (handle time): difference with Welch's t interval and p
//    (Welch-Satterthwaite degrees of freedom).
// "1" is before (pre), "2" after (post); every change is 2 - 1.
#include <QtGlobal>

#include <optional>

namespace fb::analytics {

// The normal quantile the issue fixes for 95% intervals.
inline constexpr double kZ95 = 1.96;

// Two-sided p of a standard normal z: 2 (1 - Phi(|z|)) = erfc(|z| / sqrt 2).
double twoSidedNormalP(double z);

struct TwoSample final {
    double pre = 0;                 // proportion, rate or mean before
    double post = 0;                // after
    double change = 0;              // post - pre
    std::optional<double> relative; // post / pre - 1; nullopt when pre = 0
    std::optional<double> low;      // bounds of change (of the rate ratio for rates)
    std::optional<double> high;
    std::optional<double> p;  // two-sided
    std::optional<double> z;  // test statistic (t for means)
    std::optional<double> df; // means only
};

// x successes of n, before and after; nullopt when either n is 0. The
// interval needs a positive Wald standard error and the p a positive pooled
// one; otherwise they stay empty.
std::optional<TwoSample> compareProportions(qint64 x1, qint64 n1, qint64 x2, qint64 n2);

// d events in n units, before and after, as rates per `per` units (1000 for
// DPTI). Rate ratio RR = (d2/n2) / (d1/n1); low/high bound RR; empty when a
// count of events is 0 (ln RR undefined). nullopt when either n is 0.
std::optional<TwoSample> compareRates(qint64 d1, qint64 n1, qint64 d2, qint64 n2, double per = 1000.0);

// Mean and sample variance (n - 1) of n values.
struct MeanVar final {
    qint64 n = 0;
    double mean = 0;
    double variance = 0; // sample variance, n - 1 in the denominator
};
// Welch's t: change = mean2 - mean1, SE = sqrt(v1/n1 + v2/n2),
// df = SE^4 / ((v1/n1)^2/(n1-1) + (v2/n2)^2/(n2-1)), interval change +-
// t(0.975, df) SE, p = 2 P(T_df > |t|). nullopt when either n is 0; the
// interval and p need n >= 2 on both sides and SE > 0.
std::optional<TwoSample> compareMeans(const MeanVar& a, const MeanVar& b);

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
