#pragma once

// The week arithmetic and the plain mean that the coaching files (targets,
// effectiveness, ratio, quality profile) share; private to core/analytics.
#include "common/IsoWeek.h"

#include <QDate>

#include <optional>
#include <vector>

namespace fb::analytics::coaching {

inline int weekOf(QDate d)
{
    return IsoWeek::ofDate(d).key();
}

inline int addWeeks(int week, int n)
{
    return IsoWeek::fromKey(week).next(n).key();
}

inline std::optional<double> mean(const std::vector<double>& v)
{
    if (v.empty())
        return std::nullopt;
    double s = 0;
    for (double x : v)
        s += x;
    return s / double(v.size());
}

} // namespace fb::analytics::coaching
