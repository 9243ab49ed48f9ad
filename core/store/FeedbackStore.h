#pragma once

// Frontline feedback in the store (docs/feedback.md): tickets with their
// decisions, owners and fixes, the history of every change, +1s by distinct
// agents, category SLAs and site holidays. All SQL of the feature is here;
// every write runs in one transaction with its history row, so a ticket is
// never changed without a record of who and when.
#include "common/Error.h"
#include "domain/Feedback.h"

#include <QDate>

#include <string>
#include <vector>

namespace fb::store {

class Database;

// Every ticket by id; team is the ticket's team or else its agent's team;
// agents counts the raising agent and the distinct agents who gave a +1.
Result<std::vector<FeedbackTicket>> loadTickets(Database& db);
Result<std::vector<FeedbackEvent>> ticketHistory(Database& db, const std::string& ticketId); // oldest first
Result<std::vector<FeedbackCategory>> feedbackCategories(Database& db);                      // by name
Result<std::vector<SiteHoliday>> siteHolidays(Database& db);                                 // by day

// Adds a category, or changes its SLAs (working days, >= 0).
Status setFeedbackCategory(Database& db, const FeedbackCategory& category);
// Renames a category in one transaction: its SLAs and every ticket of it
// move to the new name. An unknown old name, an empty or taken new name is
// refused, naming it, and nothing changes.
Status renameFeedbackCategory(Database& db, const std::string& from, const std::string& to);
// Adds holidays; a day already listed takes the new name.
Status addSiteHolidays(Database& db, const std::vector<SiteHoliday>& holidays);
// Removes a holiday; a day that is not listed is refused, naming it.
Status removeSiteHoliday(Database& db, QDate day);

// Records +1s and history rows as they happened, in one transaction: for a
// site's past (the demo site; a move from another tool), where the tickets
// exist already and recorded_at is given. A +1 of an agent who raised the
// ticket already, an unknown ticket or agent, or an event without day, who or
// action refuses the whole call, naming it.
Status addFeedbackRecords(Database& db, const std::vector<FeedbackPlusOne>& plusOnes,
                          const std::vector<FeedbackEvent>& events);

// Records a new ticket (id, status, decision fields ignored: it starts as
// "new") raised by `who`; returns its id, "T" and the next number.
Result<std::string> addTicket(Database& db, const FeedbackTicket& ticket, const std::string& who);
// Counts agentId as raising the open ticket too (once per agent).
Status addPlusOne(Database& db, const std::string& ticketId, const std::string& agentId, QDate on,
                  const std::string& who);

struct FeedbackDecision final {
    std::string status; // accepted, deferred or declined
    QDate on;
    std::string reason;     // the decision text: required for deferred and declined
    std::string plannedFix; // accepted: required
    std::string owner;      // accepted: required
    QDate revisitOn;        // deferred: required, after `on`
};
// Decides an undecided or deferred ticket (a deferred one may be decided again).
Status decideTicket(Database& db, const std::string& ticketId, const FeedbackDecision& decision,
                    const std::string& who);
// Closes an accepted ticket as fixed: the day (not before its decision), what changed, and optionally
// the program fixes-log entry it became (which must exist).
Status fixTicket(Database& db, const std::string& ticketId, QDate on, const std::string& what, qint64 programFix,
                 const std::string& who);

} // namespace fb::store
