#pragma once

#include "common/Error.h"
#include "domain/Value.h"
#include "import/ImportOptions.h"

#include <string>
#include <vector>

namespace fb::store {
class RowWriter;
}

namespace fb::import {

class References;
class RejectsFile;
struct ImportReport;

// Where an import's rows go once read: valid rows to the store, refused rows
// to the report's problems (and the rejects file), each counted in the report
// with its outcome. With batching, valid rows wait until there are
// RowWriter::kBatchRows of them and go in with one statement; a batch that
// SQLite refuses as a whole (a key that exists, a duplicate within it, a
// CHECK that fails) is written again row by row, so every row gets the
// outcome and the refusal at its own line that writing it alone gives. A
// refused row first writes the rows waiting before it: problems and the
// rejects file stay in line order.
class RowSink final {
public:
    struct Parts {
        store::RowWriter& writer;
        References& refs;
        RejectsFile& rejects;
        const ImportOptions& options;
        ImportReport& report;
        QString keyName; // the kind's key column, named in a conflict
    };
    RowSink(Parts parts, bool batching);

    // A valid row; with batching it is taken (swapped with an empty one) and
    // `fields` too when the rejects file may need them. An Error ends the import.
    Status write(std::vector<Value>& row, qint64 line, std::vector<std::string>& fields);
    // A row refused before writing: errors[before..] are its problems.
    Status refuse(std::vector<std::string>& fields, qint64 line, std::vector<Error>& errors, size_t before);
    // Writes the rows that wait. Call at the end of the file.
    Status flush();
    // Counts errors[from..] and lists them up to ImportOptions::listedProblems.
    void listProblems(const std::vector<Error>& errors, size_t from);

private:
    Status writeOne(const std::vector<Value>& row, qint64 line, std::vector<std::string>& fields);
    // Lists m_errors as the row's problems and keeps the row in the rejects file.
    void reject(std::vector<std::string>& fields, qint64 line);

    Parts m_parts;
    std::vector<std::vector<Value>> m_rows; // batchRows() slots when batching, else none
    std::vector<qint64> m_lines;
    std::vector<std::vector<std::string>> m_fields;
    int m_pending = 0;
    int m_batch = 0;             // rows to a batch (RowWriter::batchRows()); 0 without batching
    bool m_tryBatch = true;      // false after a batch with a row that was not new (see flush())
    std::vector<Error> m_errors; // the problems of rows refused when written
};

} // namespace fb::import
