#pragma once

#include "common/Error.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace fb::csv {

struct WriterOptions final {
    char delimiter = ',';
    bool bom = false;       // --excel: UTF-8 with BOM
    bool neutralise = true; // guard text cells against spreadsheet formula injection (off with --raw)
};

// Formula-injection guard. A text cell that starts with = + - @ tab or CR is
// prefixed with an apostrophe; so is one that already starts with apostrophes
// followed by such a character, which makes the guard reversible and the
// round trip through export and import lossless.
std::string neutralise(std::string_view cell);
// The inverse, applied by import to text columns.
std::string unneutralise(std::string_view cell);

// Writes RFC 4180 CSV (CRLF line ends, quotes only where needed) to a
// temporary file that replaces the target only on commit(), so a crash never
// leaves half a file over a good one.
class CsvWriter final {
public:
    static Result<std::unique_ptr<CsvWriter>> create(const QString& path, const WriterOptions& options = {});
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    // textMask[i] says whether field i is text (neutralised) or a number/date
    // (never touched). An empty mask means all text.
    void writeRow(const std::vector<std::string>& fields, const std::vector<bool>& textMask = {});
    // Flushes and atomically replaces the target file.
    Status commit();

private:
    struct Impl;
    explicit CsvWriter(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace fb::csv
