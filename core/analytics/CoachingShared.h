#pragma once

// The week arithmetic, an agent's weeks and the plain mean that the coaching
// files (targets, effectiveness, ratio, quality profile, mentoring,
// recognition) share; private to core/analytics.
#include "analytics/Coaching.h"
#include "common/IsoWeek.h"

#include <QDate>

#include <optional>
#include <string>
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

// An agent's weeks in data; none when the agent has no data in the window.
inline const AgentWeeks& weeksOf(const WeeklyData& data, const std::string& id)
{
    static const AgentWeeks none;
    const auto it = data.find(id);
    return it == data.end() ? none : it->second;
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
