#pragma once

#include "common/Error.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

class QTemporaryDir;

namespace fb::csv {
class CsvWriter;
}

namespace fb::import {

// The --rejects file: every rejected row as it was read, in the source's
// delimiter, then two columns of its own at the end, reject_line and
// reject_reason, so the file can be fixed and imported again (Floorboard
// ignores those two columns). Rows shorter than the header are padded and
// longer ones widen the file (columns extra_1, extra_2 …), so the two columns
// always stand under their names. Rows are spooled to a temporary file until
// commit(), which knows the widest row: memory stays bounded.
class RejectsFile final {
public:
    RejectsFile();
    ~RejectsFile();
    RejectsFile(const RejectsFile&) = delete;
    RejectsFile& operator=(const RejectsFile&) = delete;

    Status open(const QString& path, std::vector<std::string> header, char delimiter);
    // errors[firstError..] are this row's problems; their file and line are dropped
    // from the reason (the row's line has its own column).
    void write(std::vector<std::string> fields, qint64 line, const std::vector<Error>& errors, size_t firstError);
    // Writes the file (atomically) when open() was called; a no-op otherwise.
    Status commit();

private:
    QString m_path;
    std::vector<std::string> m_header;
    char m_delimiter = ',';
    size_t m_width = 0; // widest row written
    std::unique_ptr<QTemporaryDir> m_spoolDir;
    std::unique_ptr<csv::CsvWriter> m_spool;
};

} // namespace fb::import
