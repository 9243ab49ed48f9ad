#pragma once

// An Excel workbook (.xlsx) written through libxlsxwriter: one sheet per
// table, a bold header row that is frozen and carries an autofilter, columns
// fitted to their content, and typed cells. A text cell is always a string,
// never a formula, whatever it starts with, so formula injection is
// impossible by construction (the CSV formula guard is not needed here).
//
// The workbook is built in a private temporary folder and published through
// fb::AtomicFile on commit() (fsync, then an atomic replace), so a failure or
// a workbook dropped without commit() leaves the old file as it was.
//
//   auto book = XlsxWorkbook::create(path);
//   if (!book) return book.error();
//   if (auto s = (*book)->addSheet("scorecard", header); !s) return s;
//   for (...) if (auto s = (*book)->writeRow(fields, types); !s) return s;
//   return (*book)->commit();
#include "common/Error.h"

#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace fb::exporting {

// What a cell holds and how Excel shows it. A field that does not read as
// its column's type (an "NA" among numbers) is written as text.
enum class CellType {
    Text,
    Integer,       // "0"
    Number,        // General: shown as written (typed values, raw kind exports)
    OneDecimal,    // "0.0": computed values, as the screens show them
    ThreeDecimals, // "0.000": p-values
    Percent,       // "0.0%": proportions 0..1
    Date,          // yyyy-mm-dd from "2026-03-02"
    DateTime,      // yyyy-mm-dd hh:mm:ss from "2026-03-02T09:15:00" (or a space)
};

class XlsxWorkbook final {
public:
    // streaming: each row goes to disk as the next starts (libxlsxwriter's
    // constant_memory mode), so a kind export of millions of rows runs in
    // bounded memory.
    static Result<std::unique_ptr<XlsxWorkbook>> create(const QString& path, bool streaming = false);
    ~XlsxWorkbook(); // without commit() nothing is published
    XlsxWorkbook(const XlsxWorkbook&) = delete;
    XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

    // Starts a sheet named after `name` (made valid and unique: sheetName()).
    Status addSheet(std::string_view name, const std::vector<std::string>& header);
    // One row of the current sheet; types[i] is column i's type. An empty
    // field is a blank cell. Refuses a row past Excel's 1,048,576.
    Status writeRow(const std::vector<std::string>& fields, const std::vector<CellType>& types);
    // Writes the workbook and replaces the target atomically.
    Status commit();

private:
    struct Impl;
    explicit XlsxWorkbook(std::unique_ptr<Impl> impl);
    void finishSheet();
    Error fail(const QString& why) const;
    std::unique_ptr<Impl> d;
};

// A sheet name Excel accepts: []:*?/\ become '_', leading and trailing
// apostrophes go, at most 31 characters (whole UTF-8 characters), never empty,
// and unique among `taken` ignoring case (a " (2)" suffix).
std::string sheetName(std::string_view wanted, const std::vector<std::string>& taken);

// True when the file name ends in .xlsx (any case): the suffix decides the format.
bool isXlsxPath(const QString& path);

} // namespace fb::exporting
