#pragma once

// Reads a site's holiday list (docs/feedback.md "Working days"): a header
// with `day` (or `date`) and `name`, one holiday per row, days as YYYY-MM-DD.
// The whole file or nothing: any bad row refuses it, naming file, line, column
// and value, so a holiday list is never half-imported.
#include "common/Error.h"
#include "domain/Feedback.h"

#include <QString>

#include <vector>

namespace fb::import {

Result<std::vector<SiteHoliday>> readHolidaysCsv(const QString& path);

} // namespace fb::import
