#include "charts/NiceAxis.h"

#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fb::ui::charts {

NiceRange niceRange(double lo, double hi, int intervals)
{
    if (hi < lo)
        std::swap(lo, hi);
    intervals = std::max(1, intervals);
    const double span = hi - lo;
    // A raw step, then the first of 1, 2, 2.5, 5, 10 (times its power of ten) at least as large.
    const double raw = span > 0 ? span / intervals : std::max(std::abs(hi), 1.0) / intervals;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * power;
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * power >= raw * (1 - 1e-9)) {
            step = m * power;
            break;
        }
    NiceRange r;
    r.step = step;
    r.min = std::floor(lo / step + 1e-9) * step;
    r.max = std::ceil(hi / step - 1e-9) * step;
    if (r.max <= r.min) { // one value: a step either side
        r.min -= step;
        r.max += step;
    }
    return r;
}

void setNiceRange(QValueAxis* axis, double lo, double hi, int intervals)
{
    const NiceRange r = niceRange(lo, hi, intervals);
    axis->setRange(r.min, r.max);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(r.min);
    axis->setTickInterval(r.step);
    // 2.5 needs one decimal, 0.25 two; whole steps none.
    int decimals = 0;
    for (double s = r.step; decimals < 4 && std::abs(s - std::round(s)) > 1e-9; s *= 10)
        ++decimals;
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

} // namespace fb::ui::charts
