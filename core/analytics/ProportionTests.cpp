#include "analytics/ProportionTests.h"

namespace fb::analytics {

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
