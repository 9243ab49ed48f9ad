#include "export/ReportCsv.h"

#include "export/ReportXlsx.h"

#include <QDir>
#include <QFileInfo>

#include <memory>

namespace fb::exporting {
namespace {

void writeRows(csv::CsvWriter& writer, const ReportTable& table)
{
    writer.writeRow(table.header);
    for (const auto& row : table.rows)
        writer.writeRow(row, table.textMask, table.decimals);
}

} // namespace

std::string csvText(const ReportTable& table, const csv::WriterOptions& options)
{
    std::string out;
    if (options.bom)
        out.append("\xEF\xBB\xBF");
    csv::appendRow(out, table.header, {}, options);
    for (const auto& row : table.rows)
        csv::appendRow(out, row, table.textMask, options, table.decimals);
    return out;
}

Status writeCsv(const ReportTable& table, const QString& path, const csv::WriterOptions& options)
{
    if (isXlsxPath(path)) // the suffix decides: a workbook with one sheet named after the file
        return writeXlsx(table, path, QFileInfo(path).completeBaseName().toStdString());
    auto writer = csv::CsvWriter::create(path, options);
    if (!writer)
        return writer.error();
    writeRows(**writer, table);
    return (*writer)->commit();
}

Status writeCsvTables(const std::vector<NamedTable>& tables, const QString& directory,
                      const csv::WriterOptions& options)
{
    const QDir dir(directory);
    std::vector<std::unique_ptr<csv::CsvWriter>> writers;
    writers.reserve(tables.size());
    for (const auto& [name, table] : tables) {
        auto writer = csv::CsvWriter::create(dir.filePath(QString::fromLatin1(name)), options);
        if (!writer)
            return writer.error(); // the writers made so far drop their temporary files
        writeRows(**writer, table);
        writers.push_back(std::move(writer.value()));
    }
    for (auto& writer : writers)
        if (auto st = writer->commit(); !st)
            return st;
    return {};
}

std::string num(const std::optional<double>& value)
{
    return csv::numberCell(value);
}

} // namespace fb::exporting
