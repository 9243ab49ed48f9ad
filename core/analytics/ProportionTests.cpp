#include "analytics/ProportionTests.h"

#include <boost/math/distributions/students_t.hpp>

#include <cmath>

namespace fb::analytics {

double twoSidedNormalP(double z)
{
    return std::erfc(std::abs(z) / std::sqrt(2.0));
}

std::optional<TwoSample> compareProportions(qint64 x1, qint64 n1, qint64 x2, qint64 n2)
{
    if (n1 <= 0 || n2 <= 0)
        return std::nullopt;
    const double N1 = static_cast<double>(n1);
    const double N2 = static_cast<double>(n2);
    TwoSample r;
    r.pre = static_cast<double>(x1) / N1;
    r.post = static_cast<double>(x2) / N2;
    r.change = r.post - r.pre;
    if (r.pre > 0)
        r.relative = r.post / r.pre - 1.0;
    const double wald = std::sqrt(r.pre * (1 - r.pre) / N1 + r.post * (1 - r.post) / N2);
    if (wald > 0) {
        r.low = r.change - kZ95 * wald;
        r.high = r.change + kZ95 * wald;
    }
    const double pooled = static_cast<double>(x1 + x2) / (N1 + N2);
    const double se0 = std::sqrt(pooled * (1 - pooled) * (1 / N1 + 1 / N2));
    if (se0 > 0) {
        r.z = r.change / se0;
        r.p = twoSidedNormalP(*r.z);
    }
    return r;
}

std::optional<TwoSample> compareRates(qint64 d1, qint64 n1, qint64 d2, qint64 n2, double per)
{
    if (n1 <= 0 || n2 <= 0)
        return std::nullopt;
    TwoSample r;
    const double rate1 = static_cast<double>(d1) / static_cast<double>(n1);
    const double rate2 = static_cast<double>(d2) / static_cast<double>(n2);
    r.pre = per * rate1;
    r.post = per * rate2;
    r.change = r.post - r.pre;
    if (d1 > 0)
        r.relative = rate2 / rate1 - 1.0;
    if (d1 > 0 && d2 > 0) {
        const double lnRr = std::log(rate2 / rate1);
        const double se = std::sqrt(1.0 / static_cast<double>(d1) + 1.0 / static_cast<double>(d2));
        r.low = std::exp(lnRr - kZ95 * se);
        r.high = std::exp(lnRr + kZ95 * se);
        r.z = lnRr / se;
        r.p = twoSidedNormalP(*r.z);
    }
    return r;
}

std::optional<TwoSample> compareMeans(const MeanVar& a, const MeanVar& b)
{
    if (a.n <= 0 || b.n <= 0)
        return std::nullopt;
    TwoSample r;
    r.pre = a.mean;
    r.post = b.mean;
    r.change = b.mean - a.mean;
    if (a.mean != 0)
        r.relative = b.mean / a.mean - 1.0;
    if (a.n < 2 || b.n < 2)
        return r;
    const double va = a.variance / static_cast<double>(a.n);
    const double vb = b.variance / static_cast<double>(b.n);
    const double se = std::sqrt(va + vb);
    if (!(se > 0))
        return r;
    const double df =
        (va + vb) * (va + vb) / (va * va / static_cast<double>(a.n - 1) + vb * vb / static_cast<double>(b.n - 1));
    const boost::math::students_t dist(df);
    const double q = boost::math::quantile(dist, 0.975);
    const double t = r.change / se;
    r.low = r.change - q * se;
    r.high = r.change + q * se;
    r.z = t;
    r.df = df;
    r.p = 2.0 * boost::math::cdf(boost::math::complement(dist, std::abs(t)));
    return r;
}

void Running::merge(const Running& o)
{
    if (o.n == 0)
        return;
    if (n == 0) {
        *this = o;
        return;
    }
    const double total = static_cast<double>(n + o.n);
    const double d = o.mean - mean;
    mean += d * static_cast<double>(o.n) / total;
    m2 += o.m2 + d * d * static_cast<double>(n) * static_cast<double>(o.n) / total;
    n += o.n;
}

} // namespace fb::analytics
