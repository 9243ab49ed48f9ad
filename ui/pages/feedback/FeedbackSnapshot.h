#pragma once

// Everything the Feedback page shows, read in one job on the worker thread:
// the tickets, the category SLAs, the site's calendar and the teams.
#include "analytics/WorkingCalendar.h"
#include "domain/Feedback.h"

#include <string>
#include <vector>

namespace fb::ui {

struct FeedbackSnapshot final {
    std::vector<FeedbackTicket> tickets;
    std::vector<FeedbackCategory> categories;
    analytics::WorkingCalendar calendar;
    std::vector<std::string> teams;
};

} // namespace fb::ui
