#include "export/ReportCsv.h"

namespace fb::exporting {

std::string csvText(const ReportTable& table, const csv::WriterOptions& options)
{
    std::string out;
    if (options.bom)
        out.append("\xEF\xBB\xBF");
    csv::appendRow(out, table.header, {}, options);
    for (const auto& row : table.rows)
        csv::appendRow(out, row, table.textMask, options);
    return out;
}

Status writeCsv(const ReportTable& table, const QString& path, const csv::WriterOptions& options)
{
    auto writer = csv::CsvWriter::create(path, options);
    if (!writer)
        return writer.error();
    (*writer)->writeRow(table.header);
    for (const auto& row : table.rows)
        (*writer)->writeRow(row, table.textMask);
    return (*writer)->commit();
}

std::string num(const std::optional<double>& value)
{
    return csv::numberCell(value);
}

} // namespace fb::exporting
