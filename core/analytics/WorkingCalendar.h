#pragma once

// Working days of a site: Monday to Friday, less the site's holidays. The
// feedback SLAs count in these (docs/feedback.md "Working days").
#include <QDate>

#include <set>
#include <vector>

namespace fb::analytics {

class WorkingCalendar final {
public:
    WorkingCalendar() = default;
    explicit WorkingCalendar(const std::vector<QDate>& holidays);

    [[nodiscard]] bool isWorkingDay(QDate day) const;
    // The working days d with from < d <= to: Monday -> Tuesday is 1,
    // Friday -> Monday is 1, Saturday -> Monday is 1, a day to itself 0.
    // 0 when to is not after from.
    [[nodiscard]] int workingDaysAfter(QDate from, QDate to) const;
    // The n-th working day after from (from itself when n <= 0): the last
    // day a ticket raised on from may be decided within an SLA of n days.
    [[nodiscard]] QDate addWorkingDays(QDate from, int n) const;

private:
    std::set<qint64> m_holidays; // julian days
};

} // namespace fb::analytics
