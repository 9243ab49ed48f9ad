#pragma once

#include "common/Error.h"
#include "csv/CsvTypes.h"
#include "import/ImportOptions.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace fb::store {
class Database;
}

namespace fb::import {

struct ImportReport final {
    QString file;
    Kind kind = Kind::Agents;
    csv::Encoding encoding = csv::Encoding::Utf8;
    char delimiter = ',';
    csv::LineEnding lineEnding = csv::LineEnding::None;
    qint64 rowsRead = 0;
    qint64 inserted = 0;
    qint64 replaced = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0; // invalid rows (written to the rejects file with --skip-invalid)
    qint64 createdAgents = 0;
    qint64 invalidReplaced = 0;    // ill-formed UTF-8 sequences replaced by U+FFFD (ImportOptions::replaceInvalid)
    std::vector<Error> problems;   // first ImportOptions::listedProblems problems, in file order
    qint64 problemCount = 0;       // all problems
    std::vector<QString> warnings; // e.g. unknown columns ignored
    bool committed = false;        // false on dry run, on any error without --skip-invalid, or on cancel
    bool cancelled = false;

    [[nodiscard]] bool hasErrors() const { return problemCount > 0; }
    // "1,000,000 rows read: 999,998 new, 2 unchanged ..." for CLI and dialogs.
    [[nodiscard]] QString summary() const;
};

using ProgressFn = std::function<void(qint64 done, qint64 total)>;

// Reads, validates and writes one CSV file in one transaction. A file with
// any invalid row changes nothing unless options.skipInvalid. A failure to
// even read the file (missing, missing required columns, unterminated
// quote) is returned as an Error.
Result<ImportReport> runImport(store::Database& db, const ImportOptions& options, const ProgressFn& progress = {},
                               const std::atomic_bool* cancel = nullptr);

// What the import dialog shows before anything is written.
struct ColumnResolution final {
    std::string target;  // canonical column
    QStringList sources; // headers feeding it (empty = not in the file)
    bool required = false;
};
struct Preview final {
    csv::Encoding encoding = csv::Encoding::Utf8;
    char delimiter = ',';
    csv::LineEnding lineEnding = csv::LineEnding::None;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows; // first rows as read
    std::vector<ColumnResolution> columns;
    std::vector<QString> warnings; // unknown columns ignored, ...
    std::vector<Error> problems;   // missing required columns, invalid values in the first rows
};
Result<Preview> preview(store::Database& db, const ImportOptions& options, int rows = 20);

} // namespace fb::import
