#pragma once

// The feedback queue of a week (docs/feedback.md "The queue"): what is
// overdue, what falls due this week, and what waits on an owner.
#include "analytics/WorkingCalendar.h"
#include "domain/Feedback.h"

#include <QDate>

#include <string>
#include <vector>

namespace fb::analytics {

enum class QueueState {
    OverdueReview, // undecided past its review SLA
    DueReview,     // undecided, review SLA ends this week
    OverdueFix,    // accepted, not fixed, past its fix SLA
    DueFix,        // accepted, fix SLA ends this week
    Revisit,       // deferred, revisit date on or before this week's Sunday
    WaitingOnOwner // accepted, fix due after this week
};
const char* queueStateName(QueueState state); // "overdue_review", ...

struct QueueItem final {
    FeedbackTicket ticket;
    QueueState state = QueueState::DueReview;
    QDate dueOn;    // the last day within the SLA (the revisit date for Revisit)
    int overBy = 0; // overdue: working days past dueOn at the week's Monday
};

struct QueueFilter final {
    std::string team, category, owner; // empty: any
};

// The queue as of the Monday of the week: tickets raised before that Monday
// and still open, in the order of QueueState, then most overdue, then due
// date, then id. Current decisions count (the store holds no past states).
std::vector<QueueItem> feedbackQueue(const std::vector<FeedbackTicket>& tickets,
                                     const std::vector<FeedbackCategory>& categories, const WorkingCalendar& calendar,
                                     QDate monday, const QueueFilter& filter = {});

} // namespace fb::analytics
