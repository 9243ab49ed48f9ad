#pragma once

// Review and fix SLAs of feedback tickets (docs/feedback.md): working days
// from raised to decided and to fixed, breaches, medians and 90th
// percentiles per category or owner, the long tail, and the queue of what
// is due. Pure functions over domain values.
#include "analytics/WorkingCalendar.h"
#include "domain/Feedback.h"

#include <QDate>

#include <optional>
#include <string>
#include <vector>

namespace fb::analytics {

// The p-quantile (0 <= p <= 1) interpolating linearly between order
// statistics, as a spreadsheet's PERCENTILE.INC: h = (n - 1) p,
// x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]). nullopt when empty.
std::optional<double> percentileInc(std::vector<double> values, double p);

// The SLAs of a category; the defaults when the list does not name it.
FeedbackCategory categorySla(const std::vector<FeedbackCategory>& categories, const std::string& name);

// A ticket as it stood at the end of a day: decided or fixed only when that
// happened on or before it.
bool decidedBy(const FeedbackTicket& t, QDate day);
bool fixedBy(const FeedbackTicket& t, QDate day);
bool openAt(const FeedbackTicket& t, QDate day); // undecided, deferred, or accepted and not fixed

// Month: the month raised ("2026-10"), the trend of time to decision and fix.
enum class SlaGroupBy { Category, Owner, Month };

// One row of `feedback sla`: the tickets raised in [from, to] of a group.
struct SlaRow final {
    std::string group;
    int tickets = 0;
    int decided = 0; // by `to`
    std::optional<double> medianDaysToDecision, p90DaysToDecision;
    int breached = 0; // decided, or still undecided at `to`, more than the review SLA after raised
    int fixed = 0;
    std::optional<double> medianDaysToFix, p90DaysToFix;
    std::optional<int> openLongestDays; // of the tickets open at `to`; nullopt when none is
};

inline constexpr const char* kNoOwner = "(no owner)";
inline constexpr const char* kAllGroups = "all";

// Rows per group (by name), then one row "all" over every ticket raised in [from, to].
std::vector<SlaRow> slaTable(const std::vector<FeedbackTicket>& tickets,
                             const std::vector<FeedbackCategory>& categories, const WorkingCalendar& calendar,
                             QDate from, QDate to, SlaGroupBy by);

// The tickets open at `day`, longest open first (ties by id): the long tail.
struct OpenTicket final {
    FeedbackTicket ticket;
    int daysOpen = 0; // working days after raised up to `day`
};
std::vector<OpenTicket> longestOpen(const std::vector<FeedbackTicket>& tickets, const WorkingCalendar& calendar,
                                    QDate day, size_t limit);

} // namespace fb::analytics
