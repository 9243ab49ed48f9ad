#pragma once

// Report CSVs (scorecard, coaching effectiveness, program report, ...) as
// tables that go out through csv::CsvWriter, so every CSV the program writes
// gets the same options as exports: delimiter, BOM for Excel, formula guard.
// Analytics computes the values; the functions beside this one lay them out.
//
//   const auto table = exporting::prePostCsv(report.comparison);
//   if (auto s = exporting::writeCsv(table, path, options); !s) return s;
#include "common/Error.h"
#include "csv/CsvWriter.h"

#include <QString>

#include <string>
#include <vector>

namespace fb::exporting {

struct ReportTable final {
    std::vector<std::string> header;
    // Per column: true for text (formula-guarded, like a name or a note),
    // false for numbers, dates and keys, which are never touched.
    std::vector<bool> textMask;
    std::vector<std::vector<std::string>> rows;
    // Per column, for "Excel on this computer" only: the decimals the screen
    // shows (a proportion shown as "78.4 %" has 3); -1 or past the end: 15
    // significant digits. Machine CSV is never rounded.
    std::vector<int> decimals = {};
};

// One file of a page's or report's set: its name inside the folder, and its table.
struct NamedTable final {
    const char* fileName; // "coverage.csv"
    ReportTable table;
};

// The file's bytes, for standard output and tests.
std::string csvText(const ReportTable& table, const csv::WriterOptions& options = {});
// Writes the table through CsvWriter; the old file stays when it fails. A
// path ending in .xlsx gets an Excel workbook instead (writeXlsx, one sheet
// named after the file; the CSV options do not apply), so every report's
// --out and Save dialog can write either.
Status writeCsv(const ReportTable& table, const QString& path, const csv::WriterOptions& options = {});
// Writes each table to <directory>/<fileName>, stopping at the first error,
// which names its file. Every file is opened before any replaces its target,
// so a folder that cannot be written leaves all of them as they were (as
// writeCalibrationSessionCsv does); each file is replaced atomically. The
// directory must exist (a folder the user picked).
Status writeCsvTables(const std::vector<NamedTable>& tables, const QString& directory,
                      const csv::WriterOptions& options = {});

// A number cell: unrounded, empty when there is none.
std::string num(const std::optional<double>& value);

} // namespace fb::exporting
