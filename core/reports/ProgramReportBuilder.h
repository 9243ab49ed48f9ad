#pragma once

// Loads what a friction-to-flow program's report needs from the store and runs
// the analytics on it: the one place where both meet, so that analytics stays
// free of the store and the store free of report logic.
#include "analytics/ProgramReport.h"
#include "common/Error.h"

#include <QDate>

#include <atomic>
#include <string>

namespace fb::store {
class Database;
}

namespace fb::reports {

// Builds the report of the named program; today decides which phases are
// over and cuts the data: interactions after today are not read. cancel may
// be null; when it turns true the scan stops with an error.
Result<analytics::ProgramReport> buildProgramReport(store::Database& db, const std::string& name, QDate today,
                                                    const std::atomic_bool* cancel = nullptr);

} // namespace fb::reports
