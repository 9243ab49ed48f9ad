#pragma once

// The trend by month of time to decision and time to fix (docs/feedback.md
// "The trend by month"): per calendar month, the median working days from
// raised to decided of the tickets decided in that month, and from raised to
// fixed of the tickets fixed in it. A month counts what happened in it, not
// what was raised in it: by month raised, the recent months would hold only
// the quick decisions so far and look faster than they are.
#include "analytics/WorkingCalendar.h"
#include "domain/Feedback.h"

#include <QDate>

#include <optional>
#include <vector>

namespace fb::analytics {

// A median of fewer tickets than this says "not enough data" instead of a number.
inline constexpr int kMinTrendTickets = 3;

struct TrendMonth final {
    QDate month;                                // its first day
    bool unfinished = false;                    // the month of asOf: the days after asOf are still to come
    int decided = 0;                            // tickets decided in the month (on or before asOf)
    std::optional<double> medianDaysToDecision; // nullopt below kMinTrendTickets
    int fixed = 0;
    std::optional<double> medianDaysToFix;
};

// Every month from the first decision or fix to the month of asOf, none left
// out (a month without decisions shows n = 0); empty when nothing was decided
// by asOf. Medians as PERCENTILE.INC at 0.5 (analytics/FeedbackSla.h).
std::vector<TrendMonth> timeToFixTrend(const std::vector<FeedbackTicket>& tickets, const WorkingCalendar& calendar,
                                       QDate asOf);

} // namespace fb::analytics
