#include "analytics/WorkingCalendar.h"

namespace fb::analytics {

WorkingCalendar::WorkingCalendar(const std::vector<QDate>& holidays)
{
    for (QDate d : holidays)
        if (d.isValid())
            m_holidays.insert(d.toJulianDay());
}

bool WorkingCalendar::isWorkingDay(QDate day) const
{
    return day.dayOfWeek() <= 5 && !m_holidays.contains(day.toJulianDay());
}

int WorkingCalendar::workingDaysAfter(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    // Whole weeks first (five weekdays each), then the remainder day by day,
    // then the holidays in the range that fall on a weekday: a ticket open
    // for years stays cheap.
    const qint64 span = from.daysTo(to);
    const qint64 weeks = span / 7;
    qint64 days = 5 * weeks;
    for (QDate d = from.addDays(7 * weeks + 1); d <= to; d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            ++days;
    for (auto it = m_holidays.upper_bound(from.toJulianDay()); it != m_holidays.end() && *it <= to.toJulianDay(); ++it)
        if (QDate::fromJulianDay(*it).dayOfWeek() <= 5)
            --days;
    return static_cast<int>(days);
}

QDate WorkingCalendar::addWorkingDays(QDate from, int n) const
{
    QDate d = from;
    while (n > 0) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --n;
    }
    return d;
}

} // namespace fb::analytics
