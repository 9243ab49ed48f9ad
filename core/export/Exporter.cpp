#include "export/Exporter.h"

#include "csv/CsvWriter.h"
#include "store/Browse.h"
#include "store/Catalog.h"
#include "store/Database.h"

#include <QCoreApplication>

#include <optional>

namespace fb::exporting {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::exporting::Exporter)
};

} // namespace

Result<ExportCount> runExport(store::Database& db, const ExportOptions& options,
                              const std::function<void(qint64 rows)>& progress, const std::atomic_bool* cancel)
{
    auto spec = store::effectiveSpec(db, options.kind);
    if (!spec)
        return spec.error();
    csv::WriterOptions writerOptions;
    writerOptions.neutralise = !options.raw;
    if (options.excel)
        writerOptions = csv::excelOptions(*options.excel, writerOptions);
    auto writer = csv::CsvWriter::create(options.file, writerOptions);
    if (!writer)
        return writer.error();

    const auto& columns = spec->columns;
    std::vector<std::string> fields;
    std::vector<bool> textMask;
    std::optional<size_t> agentColumn; // pulses: a response without one is anonymous
    for (const auto& c : columns) {
        if (options.kind == Kind::Pulses && !options.includeAnonymous && c.name == "agent_id")
            agentColumn = fields.size();
        fields.push_back(c.name);
        textMask.push_back(c.isText());
    }
    (*writer)->writeHeader(fields); // marked as ours when guarded, so import undoes the guard

    ExportCount count;
    qint64& rows = count.rows;
    bool cancelled = false;
    auto st = store::forEachRow(db, *spec, [&](const std::vector<Value>& row) {
        if (agentColumn && (isNull(row[*agentColumn]) || valueToText(row[*agentColumn]).empty())) {
            ++count.anonymousLeftOut;
            return true;
        }
        for (size_t i = 0; i < columns.size(); ++i)
            fields[i] =
                isNull(row[i]) && columns[i].type == ColumnType::Score ? std::string("NA") : valueToText(row[i]);
        // Checked on every row (a relaxed load costs nothing), so a cancel
        // is honoured however small the export.
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return false;
        }
        (*writer)->writeRow(fields, textMask);
        ++rows;
        if ((rows & 0xFFFF) == 0 && progress)
            progress(rows);
        return true;
    });
    if (!st)
        return st.error();
    if (cancelled || (cancel && cancel->load())) // the writer is dropped uncommitted: the old file stays as it was
        return Error(Tr::tr("export cancelled; the file was not written"), options.file);
    if (auto done = (*writer)->commit(); !done)
        return done.error();
    if (progress)
        progress(rows);
    return count;
}

} // namespace fb::exporting
