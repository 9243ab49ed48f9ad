#pragma once

// Gathers the session report of a calibration session (docs/calibration.md,
// "Session report") through the store's own reads: the session, its scores,
// the agreed scores with notes, then the statistics and the reveal table.
// Holds no SQL itself.
#include "analytics/CalibrationSessionData.h"
#include "common/Error.h"

#include <string>

namespace fb::store {

class Database;

Result<analytics::CalibrationSessionReportData>
loadSessionReportData(Database& db, const std::string& sessionId,
                      const analytics::CalibrationReportOptions& options = {});

} // namespace fb::store
