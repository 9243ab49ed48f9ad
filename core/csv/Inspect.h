#pragma once

#include "common/Error.h"
#include "csv/CsvTypes.h"

class QIODevice;

namespace fb::csv {

// What `floorboard-cli inspect` and the import preview show about a file:
// how Floorboard reads it before anything is imported.
struct InspectOptions final {
    ReaderOptions reader;
    bool noHeader = false; // first record is data
    qint64 maxRows = -1;   // rows kept in the report; -1 keeps all
};

struct InspectReport final {
    QString file;
    Encoding encoding = Encoding::Utf8;
    char delimiter = ',';
    LineEnding lineEnding = LineEnding::None;
    std::vector<std::string> header;            // empty with noHeader
    std::vector<std::vector<std::string>> rows; // records after the header (up to maxRows)
    qint64 rowCount = 0;                        // all data records, even past maxRows
    std::vector<Problem> problems;              // structural problems, ragged rows, duplicate/empty header names
};

Result<InspectReport> inspect(const QString& path, const InspectOptions& options = {});

// The one JSON object of `inspect --json`:
// {"encoding":…, "delimiter":…, "line_ending":…, "header":[…], "rows":[[…],…],
//  "row_count":N, "problems":[{"line":N,"message":…}]}
// "rows" holds the preview (InspectOptions::maxRows), "row_count" counts every
// data record of the file.
QByteArray inspectJson(const InspectReport& report);
// The human-readable form printed by `inspect`.
QString inspectText(const InspectReport& report);

} // namespace fb::csv
