#pragma once

// Loads what the site manager's mentoring report needs (docs/mentoring.md,
// "The report"): pairs, sessions, the effect rows and the pay-forward list,
// as the Mentoring page shows them. Used by `floorboard-cli mentoring report`;
// the page builds the same report from the view it has already read.
#include "analytics/MentoringReport.h"
#include "common/Error.h"

#include <QDate>

namespace fb::store {
class Database;
}

namespace fb::reports {

// today decides the last complete week (analytics::defaultMentoringWeek).
Result<analytics::MentoringReport> loadMentoringReport(store::Database& db, QDate today);

} // namespace fb::reports
