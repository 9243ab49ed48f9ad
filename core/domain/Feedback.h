#pragma once

// The records of frontline feedback (docs/feedback.md): tickets with their
// decision, owner and fix, the history of every change, the agents who
// raised the same ticket again (+1s), review and fix SLAs per category, and
// the site's holidays. Values only: the store reads and writes them
// (store/FeedbackStore.h), analytics computes on them (analytics/FeedbackSla.h).
#include <QDate>

#include <string>
#include <vector>

namespace fb {

// The statuses a ticket passes through; decided = accepted, deferred,
// declined or fixed (a fix needs an accepted decision first).
inline constexpr const char* kFeedbackStatuses[] = {"new", "reviewing", "accepted", "deferred", "declined", "fixed"};
// The categories a new store starts with (feedback_categories holds the list).
inline constexpr const char* kFeedbackCategories[] = {"policy", "tool", "training", "product", "schedule", "other"};
inline constexpr int kDefaultReviewSlaDays = 5; // working days from raised to decided
inline constexpr int kDefaultFixSlaDays = 20;   // working days from raised to fixed, for accepted tickets

struct FeedbackTicket final {
    std::string id; // "T0042"
    QDate raisedOn;
    std::string category;
    std::string friction; // tag: "tool lag", "policy ambiguity", ...
    std::string title;
    std::string detail;
    std::string team;    // empty: the raising agent's team, or none
    std::string agentId; // empty: raised anonymously
    std::string scopeQueue;
    std::string interactionId;
    std::string status = "new";
    std::string decisionReason; // the decision text: plan, reason or rationale
    QDate decidedOn;            // invalid while undecided
    std::string owner;          // accepted: who owns the fix
    std::string plannedFix;     // accepted: what will change
    QDate revisitOn;            // deferred: when it is looked at again
    QDate fixedOn;
    std::string fixWhat;   // fixed: what changed
    qint64 programFix = 0; // fixed: the program fixes-log entry it became; 0 = none
    int agents = 0;        // distinct agents raising it: the raiser and the +1s

    [[nodiscard]] bool decided() const { return decidedOn.isValid(); }
    [[nodiscard]] bool fixed() const { return fixedOn.isValid(); }
    // Open: still needs someone to act (undecided, or accepted and not fixed).
    [[nodiscard]] bool open() const
    {
        return status == "new" || status == "reviewing" || status == "accepted" || status == "deferred";
    }
};

// One change of a ticket, kept for good: who did what, on which day
// (the day it took effect) and when it was recorded.
struct FeedbackEvent final {
    std::string ticketId;
    QDate on;
    std::string recordedAt; // ISO date-time, UTC
    std::string who;
    std::string action; // raised, plus_one, accepted, deferred, declined, fixed
    std::string text;
};

// An agent raising an open ticket again.
struct FeedbackPlusOne final {
    std::string ticketId;
    std::string agentId;
    QDate on;
};

struct FeedbackCategory final {
    std::string name;
    int reviewDays = kDefaultReviewSlaDays;
    int fixDays = kDefaultFixSlaDays;
};

struct SiteHoliday final {
    QDate day;
    std::string name;
};

} // namespace fb
