#pragma once

#include "common/Error.h"

#include <QLocale>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fb::csv {

struct WriterOptions final {
    char delimiter = ',';
    bool bom = false;       // --excel: UTF-8 with BOM
    bool neutralise = true; // guard text cells against spreadsheet formula injection (off with --raw)
    bool crlf = true;       // RFC 4180 line ends; false: LF, for the few files documented as LF
    // "Excel on this computer" (ExcelCells.h): cells that are not text are
    // written this locale's way. Set with excelOptions(), which also sets the
    // delimiter and the BOM; unset, the file is machine CSV.
    std::optional<QLocale> excel;
};

// Options for "Excel on this computer" with this locale: BOM, the locale's
// list separator and number and date style; the formula guard as in `base`.
WriterOptions excelOptions(const QLocale& locale, WriterOptions base = {});

// Formula-injection guard. A text cell that starts with = + - @ tab or CR is
// prefixed with an apostrophe; so is one that already starts with apostrophes
// followed by such a character, which makes the guard reversible and the
// round trip through export and import lossless.
std::string neutralise(std::string_view cell);
// The inverse, applied by import to the text columns of files Floorboard
// wrote (those with hasFloorboardMark()); never to other systems' data, where
// a leading apostrophe is part of the value.
std::string unneutralise(std::string_view cell);

// The mark of a CSV file Floorboard wrote with the formula guard on: the
// header's first name is quoted although it needs no quotes, the others are
// not. Every CSV reader (Excel, LibreOffice, pandas, R) drops the quotes, so
// the header reads the same; tools quote either every field or only those
// that need it, so foreign files do not carry it. `start` is the file's first
// bytes (a UTF-8 BOM is skipped). See docs/csv-formats.md.
bool hasFloorboardMark(std::string_view start, char delimiter);

// Appends one field to a CSV line, quoted only where RFC 4180 needs it.
void appendField(std::string& line, std::string_view value, char delimiter = ',');
// Appends one row exactly as CsvWriter writes it: the delimiter, the formula
// guard on text cells (textMask as in CsvWriter::writeRow), in Excel mode the
// other cells the locale's way (decimals as in CsvWriter::writeRow), quotes
// where needed, CRLF (or LF). For CSV text that does not go to a file (standard output).
void appendRow(std::string& out, const std::vector<std::string>& fields, const std::vector<bool>& textMask,
               const WriterOptions& options, const std::vector<int>& decimals = {});
// One text cell of a report line: formula-guarded, then quoted where needed.
std::string textCell(std::string_view cell, char delimiter = ',');
// One number of a report line: unrounded (the shortest form that reads back
// as the same double, as std::to_chars writes it), empty when there is no value.
std::string numberCell(const std::optional<double>& value);

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
    // (never touched). An empty mask means all text. decimals[i]: in Excel
    // mode, the number cell i rounded to what the screen shows (-1 or past
    // the end: 15 significant digits); machine CSV ignores it.
    void writeRow(const std::vector<std::string>& fields, const std::vector<bool>& textMask = {},
                  const std::vector<int>& decimals = {});
    // Writes the header row; with the formula guard on, marked as a file
    // Floorboard wrote (hasFloorboardMark), so import may undo the guard.
    void writeHeader(const std::vector<std::string>& names);
    // Flushes and atomically replaces the target file.
    Status commit();

private:
    struct Impl;
    explicit CsvWriter(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace fb::csv
