#pragma once

// Everything the Feedback page shows, read in one job on the worker thread:
// the tickets, the category SLAs, the site's calendar, the teams and where
// the interactions end (the page counts from there when that is before today).
#include "analytics/WorkingCalendar.h"
#include "domain/Feedback.h"

#include <QDate>

#include <string>
#include <vector>

namespace fb::ui {

struct FeedbackSnapshot final {
    std::vector<FeedbackTicket> tickets;
    std::vector<FeedbackCategory> categories;
    analytics::WorkingCalendar calendar;
    std::vector<std::string> teams;
    QDate dataEnd; // invalid when there are no interactions
};

} // namespace fb::ui
