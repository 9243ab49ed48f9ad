#include "analytics/FeedbackTrend.h"

#include "analytics/FeedbackSla.h"

#include <map>

namespace fb::analytics {
namespace {

QDate monthOf(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

std::optional<double> medianOf(const std::vector<double>& days)
{
    if (static_cast<int>(days.size()) < kMinTrendTickets)
        return std::nullopt;
    return percentileInc(days, 0.5);
}

} // namespace

std::vector<TrendMonth> timeToFixTrend(const std::vector<FeedbackTicket>& tickets, const WorkingCalendar& calendar,
                                       QDate asOf)
{
    struct Days final {
        std::vector<double> toDecision, toFix;
    };
    std::map<QDate, Days> months;
    for (const auto& t : tickets) {
        if (!t.raisedOn.isValid())
            continue;
        if (decidedBy(t, asOf))
            months[monthOf(t.decidedOn)].toDecision.push_back(calendar.workingDaysAfter(t.raisedOn, t.decidedOn));
        if (fixedBy(t, asOf))
            months[monthOf(t.fixedOn)].toFix.push_back(calendar.workingDaysAfter(t.raisedOn, t.fixedOn));
    }
    std::vector<TrendMonth> out;
    if (months.empty())
        return out;
    const QDate last = monthOf(asOf);
    for (QDate m = months.begin()->first; m <= last; m = m.addMonths(1)) {
        TrendMonth row;
        row.month = m;
        // The month is over only once its last day has passed.
        row.unfinished = asOf < m.addMonths(1).addDays(-1);
        if (const auto it = months.find(m); it != months.end()) {
            row.decided = static_cast<int>(it->second.toDecision.size());
            row.medianDaysToDecision = medianOf(it->second.toDecision);
            row.fixed = static_cast<int>(it->second.toFix.size());
            row.medianDaysToFix = medianOf(it->second.toFix);
        }
        out.push_back(row);
    }
    return out;
}

} // namespace fb::analytics
