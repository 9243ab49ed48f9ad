#pragma once

// Imports the blind scores of calibration sessions from CSV (docs/calibration.md).
#include "common/Error.h"

#include <QString>

#include <string>
#include <vector>

namespace fb::store {
class Database;
}

namespace fb::import {

struct ScoreImportReport final {
    qint64 rows = 0;
    qint64 scores = 0;           // written (0 when there are problems)
    std::vector<Error> problems; // every bad value, with file, line, column, value
};

// Imports scores from CSV: columns evaluation_id, session, participant,
// interaction_id, then one column per rubric attribute (an empty cell = not
// scored, NA = NA). Nothing is written if any row is bad. With onlySession
// set, a row of any other session is a bad row.
Result<ScoreImportReport> importScoresCsv(store::Database& db, const QString& path,
                                          const std::string& onlySession = {});

} // namespace fb::import
