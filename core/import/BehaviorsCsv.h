#pragma once

// Reads the recognition behaviour list (docs/recognition-and-incentives.md,
// "The behaviour list"): a header with `name` and, optionally, `measure` (a
// rubric attribute or a scorecard metric key), one behaviour per row, in the
// list's order. The whole file or nothing: a bad row refuses it, naming file,
// line, column and value; the store then checks the measures.
#include "common/Error.h"
#include "domain/Recognition.h"

#include <QString>

#include <vector>

namespace fb::import {

Result<std::vector<RecognitionBehavior>> readBehaviorsCsv(const QString& path);

} // namespace fb::import
