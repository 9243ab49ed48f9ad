#pragma once

// Report tables as Excel workbooks: one sheet per table, cells typed from
// the table's columns (docs/xlsx.md). exporting::writeCsv and the pages'
// table exports come here when the file name ends in .xlsx.
#include "export/ReportCsv.h"
#include "export/XlsxWorkbook.h"

namespace fb::exporting {

// The type of each column of a report table: text columns (textMask) are
// text; p-values show three decimals; shares and rates, and the scorecard's
// proportion metrics, are percent; the rest from the values: whole numbers,
// dates, date-times, numbers as written (at most three decimals, as typed
// floors and weights) or computed (one decimal, as on screen). A column with
// any other value is text.
std::vector<CellType> reportColumnTypes(const ReportTable& table);

// One table to one sheet named `sheet`, atomically; the old file stays when it fails.
Status writeXlsx(const ReportTable& table, const QString& path, std::string_view sheet);
// A page's set of tables to one workbook, a sheet per table named after its
// file ("coverage.csv" -> "coverage"), in the given order.
Status writeXlsxTables(const std::vector<NamedTable>& tables, const QString& path);

} // namespace fb::exporting
