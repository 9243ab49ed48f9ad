#include "analytics/FeedbackSla.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace fb::analytics {

std::optional<double> percentileInc(std::vector<double> values, double p)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    // h = (n - 1) p in thousandths, so that whole-day data interpolates with
    // one rounding at the end, as the spreadsheet's exact value would:
    // p90 of {4, 5, 9} is 8.2, not 8.200000000000001.
    const auto permille = static_cast<qint64>(std::llround(std::clamp(p, 0.0, 1.0) * 1000));
    const qint64 h = static_cast<qint64>(values.size() - 1) * permille;
    const auto lo = static_cast<size_t>(h / 1000);
    const auto r = static_cast<double>(h % 1000);
    if (lo + 1 >= values.size())
        return values[lo];
    return (values[lo] * (1000 - r) + values[lo + 1] * r) / 1000;
}

FeedbackCategory categorySla(const std::vector<FeedbackCategory>& categories, const std::string& name)
{
    for (const auto& c : categories)
        if (c.name == name)
            return c;
    FeedbackCategory c;
    c.name = name;
    return c;
}

bool decidedBy(const FeedbackTicket& t, QDate day)
{
    return t.decidedOn.isValid() && t.decidedOn <= day;
}

bool fixedBy(const FeedbackTicket& t, QDate day)
{
    return t.fixedOn.isValid() && t.fixedOn <= day;
}

bool openAt(const FeedbackTicket& t, QDate day)
{
    if (!decidedBy(t, day))
        return true;
    if (t.status == "deferred")
        return true;
    // Accepted (or fixed later than `day`): open until the fix.
    return (t.status == "accepted" || t.status == "fixed") && !fixedBy(t, day);
}

namespace {

struct Group final {
    SlaRow row;
    std::vector<double> toDecision, toFix;
};

void add(Group& g, const FeedbackTicket& t, const FeedbackCategory& sla, const WorkingCalendar& cal, QDate to)
{
    ++g.row.tickets;
    if (decidedBy(t, to)) {
        const int days = cal.workingDaysAfter(t.raisedOn, t.decidedOn);
        ++g.row.decided;
        g.toDecision.push_back(days);
        if (days > sla.reviewDays)
            ++g.row.breached;
    } else if (cal.workingDaysAfter(t.raisedOn, to) > sla.reviewDays) {
        ++g.row.breached;
    }
    if (fixedBy(t, to)) {
        ++g.row.fixed;
        g.toFix.push_back(cal.workingDaysAfter(t.raisedOn, t.fixedOn));
    }
    if (openAt(t, to)) {
        const int open = cal.workingDaysAfter(t.raisedOn, to);
        g.row.openLongestDays = std::max(g.row.openLongestDays.value_or(0), open);
    }
}

SlaRow finish(Group& g)
{
    g.row.medianDaysToDecision = percentileInc(g.toDecision, 0.5);
    g.row.p90DaysToDecision = percentileInc(g.toDecision, 0.9);
    g.row.medianDaysToFix = percentileInc(g.toFix, 0.5);
    g.row.p90DaysToFix = percentileInc(g.toFix, 0.9);
    return g.row;
}

} // namespace

std::vector<SlaRow> slaTable(const std::vector<FeedbackTicket>& tickets,
                             const std::vector<FeedbackCategory>& categories, const WorkingCalendar& calendar,
                             QDate from, QDate to, SlaGroupBy by)
{
    std::map<std::string, Group> groups;
    Group all;
    all.row.group = kAllGroups;
    for (const auto& t : tickets) {
        if (t.raisedOn < from || t.raisedOn > to)
            continue;
        std::string key = by == SlaGroupBy::Category ? t.category
                          : by == SlaGroupBy::Owner  ? t.owner
                                                     : t.raisedOn.toString(QStringLiteral("yyyy-MM")).toStdString();
        if (key.empty())
            key = kNoOwner;
        Group& g = groups[key];
        g.row.group = key;
        const FeedbackCategory sla = categorySla(categories, t.category);
        add(g, t, sla, calendar, to);
        add(all, t, sla, calendar, to);
    }
    std::vector<SlaRow> rows;
    rows.reserve(groups.size() + 1);
    for (auto& [key, g] : groups)
        rows.push_back(finish(g));
    rows.push_back(finish(all));
    return rows;
}

std::vector<OpenTicket> longestOpen(const std::vector<FeedbackTicket>& tickets, const WorkingCalendar& calendar,
                                    QDate day, size_t limit)
{
    std::vector<OpenTicket> open;
    for (const auto& t : tickets)
        if (t.raisedOn.isValid() && t.raisedOn <= day && openAt(t, day))
            open.push_back({t, calendar.workingDaysAfter(t.raisedOn, day)});
    std::sort(open.begin(), open.end(), [](const OpenTicket& a, const OpenTicket& b) {
        return a.daysOpen != b.daysOpen ? a.daysOpen > b.daysOpen : a.ticket.id < b.ticket.id;
    });
    if (open.size() > limit)
        open.resize(limit);
    return open;
}

} // namespace fb::analytics
