#include "export/Exporter.h"

#include "csv/CsvWriter.h"
#include "export/XlsxWorkbook.h"
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

// Where the rows go: a CSV file, or, when the name ends in .xlsx, a workbook
// with one sheet named after the kind, streamed in bounded memory.
class RowSink final {
public:
    static Result<RowSink> open(const ExportOptions& options, const std::vector<std::string>& fields,
                                const std::vector<ColumnSpec>& columns)
    {
        RowSink sink;
        if (isXlsxPath(options.file)) {
            auto book = XlsxWorkbook::create(options.file, true);
            if (!book)
                return book.error();
            for (const auto& c : columns)
                sink.m_types.push_back(cellType(c.type));
            if (auto st = (*book)->addSheet(kindName(options.kind).toStdString(), fields); !st)
                return st.error();
            sink.m_book = std::move(book.value());
            return sink;
        }
        csv::WriterOptions writerOptions;
        writerOptions.neutralise = !options.raw;
        if (options.excel)
            writerOptions = csv::excelOptions(*options.excel, writerOptions);
        auto writer = csv::CsvWriter::create(options.file, writerOptions);
        if (!writer)
            return writer.error();
        sink.m_textMask.reserve(columns.size());
        for (const auto& c : columns)
            sink.m_textMask.push_back(c.isText());
        (*writer)->writeHeader(fields); // marked as ours when guarded, so import undoes the guard
        sink.m_csv = std::move(writer.value());
        return sink;
    }
    [[nodiscard]] bool isXlsx() const { return m_book != nullptr; }
    Status write(const std::vector<std::string>& fields)
    {
        if (m_book)
            return m_book->writeRow(fields, m_types);
        m_csv->writeRow(fields, m_textMask);
        return {};
    }
    Status commit() { return m_book ? m_book->commit() : m_csv->commit(); }

private:
    static CellType cellType(ColumnType type)
    {
        switch (type) {
        case ColumnType::Integer:
        case ColumnType::Boolean:
        case ColumnType::Duration:
        case ColumnType::Score:
            return CellType::Integer;
        case ColumnType::Number:
            return CellType::Number;
        case ColumnType::Date:
            return CellType::Date;
        case ColumnType::DateTime:
            return CellType::DateTime;
        case ColumnType::Text:
        case ColumnType::Week:
        case ColumnType::Enum:
            break;
        }
        return CellType::Text;
    }
    std::unique_ptr<csv::CsvWriter> m_csv;
    std::unique_ptr<XlsxWorkbook> m_book;
    std::vector<bool> m_textMask;
    std::vector<CellType> m_types;
};

} // namespace

Result<ExportCount> runExport(store::Database& db, const ExportOptions& options,
                              const std::function<void(qint64 rows)>& progress, const std::atomic_bool* cancel)
{
    auto spec = store::effectiveSpec(db, options.kind);
    if (!spec)
        return spec.error();
    const auto& columns = spec->columns;
    std::vector<std::string> fields;
    std::optional<size_t> agentColumn; // pulses: a response without one is anonymous
    for (const auto& c : columns) {
        if (options.kind == Kind::Pulses && !options.includeAnonymous && c.name == "agent_id")
            agentColumn = fields.size();
        fields.push_back(c.name);
    }
    auto sink = RowSink::open(options, fields, columns);
    if (!sink)
        return sink.error();
    // A score not given is NA in CSV (docs/csv-formats.md) and a blank cell
    // in a workbook, so Excel's averages skip it.
    const std::string notGiven = sink->isXlsx() ? std::string() : std::string("NA");

    ExportCount count;
    qint64& rows = count.rows;
    bool cancelled = false;
    Status written;
    const auto write = [&](const std::vector<Value>& row) {
        if (agentColumn && (isNull(row[*agentColumn]) || valueToText(row[*agentColumn]).empty())) {
            ++count.anonymousLeftOut;
            return true;
        }
        for (size_t i = 0; i < columns.size(); ++i)
            fields[i] = isNull(row[i]) && columns[i].type == ColumnType::Score ? notGiven : valueToText(row[i]);
        // Checked on every row (a relaxed load costs nothing), so a cancel
        // is honoured however small the export.
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return false;
        }
        if (written = sink->write(fields); !written)
            return false;
        ++rows;
        if ((rows & 0xFFFF) == 0 && progress)
            progress(rows);
        return true;
    };
    const Status st = options.kind == Kind::Interactions && options.interactions
                          ? store::forEachInteraction(db, *options.interactions, write)
                          : store::forEachRow(db, *spec, write);
    if (!st)
        return st.error();
    if (!written)
        return written.error();
    if (cancelled || (cancel && cancel->load())) // the writer is dropped uncommitted: the old file stays as it was
        return Error(Tr::tr("export cancelled; the file was not written"), options.file);
    if (auto done = sink->commit(); !done)
        return done.error();
    if (progress)
        progress(rows);
    return count;
}

} // namespace fb::exporting
