#pragma once

// Everything the Mentoring page shows, read and computed in one job on the
// page's worker thread (never on the GUI thread).
#include "analytics/Mentoring.h"
#include "common/Error.h"
#include "pages/mentoring/MentoringRows.h"

#include <QDate>

#include <memory>
#include <string>

namespace fb::store {
class Database;
}

namespace fb::ui {

struct MentoringRequest final {
    QDate today;          // decides the window (analytics::defaultMentoringWeek)
    std::string behavior; // shown for the suggestions; the first behaviour when unknown
    analytics::MentoringOptions options;
};

Result<std::shared_ptr<MentoringView>> loadMentoringView(store::Database& db, MentoringRequest request);

} // namespace fb::ui
