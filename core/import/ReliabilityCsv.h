#pragma once

// Reads a reliability matrix (for analytics/Agreement.h) from CSV: a header row naming the coders, then one
// row per unit with each coder's score; an empty cell (or NA) is a missing score.
#include "analytics/Agreement.h"
#include "csv/CsvTypes.h"

#include <QString>

#include <optional>
#include <string_view>

namespace fb::import {

// Parses one score: a decimal number ("3", "2.5", "-1", "1e2"), with a decimal
// comma ("2,5") accepted when allowDecimalComma. Empty (after trimming spaces)
// or "NA" is a missing score: returns a analytics::Cell holding nullopt. Text that is not
// a finite number: returns nullopt (the outer optional).
std::optional<analytics::Cell> parseScore(std::string_view text, bool allowDecimalComma);

// Reads the file; the delimiter and encoding are detected unless options give
// them. Decimal commas are accepted when the delimiter is not a comma.
Result<analytics::ReliabilityData> readReliabilityCsv(const QString& path, const csv::ReaderOptions& options = {});

} // namespace fb::import
