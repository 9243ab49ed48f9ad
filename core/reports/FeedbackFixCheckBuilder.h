#pragma once

// Loads what "Did it help?" needs for one feedback ticket (docs/feedback.md):
// the tickets, where the interactions end, and one scan of the interactions
// of every team over the eight weeks around the fix; then the analytics.
#include "analytics/FeedbackFixCheck.h"
#include "common/Error.h"

#include <atomic>
#include <string>

namespace fb::store {
class Database;
}

namespace fb::reports {

// An unknown ticket is an error; a ticket that cannot be checked (not fixed,
// no queue scope, too recent) returns a FixCheck with its refusal and no rows.
// cancel may be null; when it turns true the scan stops with an error.
Result<analytics::FixCheck> checkTicketFix(store::Database& db, const std::string& ticketId,
                                           const std::atomic_bool* cancel = nullptr);

} // namespace fb::reports
