#include "analytics/FeedbackQueue.h"

#include "analytics/FeedbackSla.h"

#include <algorithm>
#include <optional>

namespace fb::analytics {

const char* queueStateName(QueueState state)
{
    switch (state) {
    case QueueState::OverdueReview:
        return "overdue_review";
    case QueueState::DueReview:
        return "due_review";
    case QueueState::OverdueFix:
        return "overdue_fix";
    case QueueState::DueFix:
        return "due_fix";
    case QueueState::Revisit:
        return "revisit";
    case QueueState::WaitingOnOwner:
        return "waiting_on_owner";
    }
    return "";
}

namespace {

bool passes(const FeedbackTicket& t, const QueueFilter& f)
{
    return (f.team.empty() || t.team == f.team) && (f.category.empty() || t.category == f.category) &&
           (f.owner.empty() || t.owner == f.owner);
}

// The state of one ticket at the Monday, or nullopt when it is not in the queue.
std::optional<QueueItem> itemOf(const FeedbackTicket& t, const FeedbackCategory& sla, const WorkingCalendar& cal,
                                QDate monday)
{
    const QDate sunday = monday.addDays(6);
    QueueItem item{t, QueueState::DueReview, {}, 0};
    const int open = cal.workingDaysAfter(t.raisedOn, monday);
    if (!t.decided()) {
        item.dueOn = cal.addWorkingDays(t.raisedOn, sla.reviewDays);
        if (open > sla.reviewDays) {
            item.state = QueueState::OverdueReview;
            item.overBy = open - sla.reviewDays;
        } else if (item.dueOn > sunday) {
            return std::nullopt; // not due yet
        }
        return item;
    }
    if (t.status == "accepted") {
        item.dueOn = cal.addWorkingDays(t.raisedOn, sla.fixDays);
        if (open > sla.fixDays) {
            item.state = QueueState::OverdueFix;
            item.overBy = open - sla.fixDays;
        } else {
            item.state = item.dueOn <= sunday ? QueueState::DueFix : QueueState::WaitingOnOwner;
        }
        return item;
    }
    if (t.status == "deferred" && t.revisitOn.isValid() && t.revisitOn <= sunday) {
        item.state = QueueState::Revisit;
        item.dueOn = t.revisitOn;
        return item;
    }
    return std::nullopt;
}

} // namespace

std::vector<QueueItem> feedbackQueue(const std::vector<FeedbackTicket>& tickets,
                                     const std::vector<FeedbackCategory>& categories, const WorkingCalendar& calendar,
                                     QDate monday, const QueueFilter& filter)
{
    std::vector<QueueItem> items;
    for (const auto& t : tickets) {
        if (!t.raisedOn.isValid() || t.raisedOn >= monday || !passes(t, filter))
            continue;
        if (auto item = itemOf(t, categorySla(categories, t.category), calendar, monday))
            items.push_back(std::move(*item));
    }
    std::sort(items.begin(), items.end(), [](const QueueItem& a, const QueueItem& b) {
        if (a.state != b.state)
            return a.state < b.state;
        if (a.overBy != b.overBy)
            return a.overBy > b.overBy;
        if (a.dueOn != b.dueOn)
            return a.dueOn < b.dueOn;
        return a.ticket.id < b.ticket.id;
    });
    return items;
}

} // namespace fb::analytics
