#include "import/Importer.h"

#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "csv/Utf8Text.h"
#include "import/HeaderMapping.h"
#include "import/References.h"
#include "import/RejectsFile.h"
#include "import/RowBuilder.h"
#include "import/RowSink.h"
#include "store/Catalog.h"
#include "store/Database.h"
#include "store/ReferencesCheckedByCaller.h"
#include "store/RowWriter.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <cstdint>
#include <cstring>
#include <optional>

namespace fb::import {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::import::Importer)
};

// Everything a run needs once the header is read.
struct Opened {
    std::unique_ptr<csv::CsvReader> reader;
    KindSpec spec;
    std::vector<std::string> header;
    HeaderMapping mapping;
    bool ours = false; // written by Floorboard with the formula guard (csv::hasFloorboardMark)
};

// The file's first bytes, read with a handle of its own (a CSV file, never
// the database), to look for Floorboard's mark.
bool writtenByFloorboard(const QString& file, char delimiter)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = f.read(256);
    return csv::hasFloorboardMark(std::string_view(start.constData(), std::size_t(start.size())), delimiter);
}

Result<Opened> openFile(store::Database& db, const ImportOptions& options)
{
    auto reader = csv::CsvReader::open(options.file, options.reader);
    if (!reader)
        return reader.error();
    auto spec = store::effectiveSpec(db, options.kind);
    if (!spec)
        return spec.error();
    Opened o{std::move(reader.value()), std::move(spec.value()), {}, {}};
    csv::Record header;
    if (!o.reader->next(header))
        return Error(Tr::tr("is empty; a %1 file starts with a header row").arg(kindName(options.kind)), options.file);
    o.header = std::move(header.fields);
    o.mapping = mapHeader(o.spec, o.header, options.map, options.file, options.mapHowTo);
    o.ours = writtenByFloorboard(options.file, o.reader->delimiter());
    return o;
}

ValueParser::Settings parserSettings(const ImportOptions& options, const Opened& o)
{
    return ValueParser::Settings{o.reader->delimiter() != ',' || options.decimalComma, options.dateFormat, o.ours};
}

} // namespace

QString ImportReport::summary() const
{
    const QLocale c = QLocale::system();
    if (cancelled)
        return Tr::tr("Cancelled after %1 rows read: nothing was changed.").arg(c.toString(rowsRead));
    QString s = Tr::tr("%1 rows read: %2 new, %3 replaced, %4 unchanged, %5 rejected")
                    .arg(c.toString(rowsRead), c.toString(inserted), c.toString(replaced), c.toString(unchanged),
                         c.toString(rejected));
    if (createdAgents > 0)
        s += Tr::tr("; %1 agents created").arg(c.toString(createdAgents));
    if (invalidReplaced > 0)
        s += Tr::tr("; %1 invalid UTF-8 sequences replaced by U+FFFD").arg(c.toString(invalidReplaced));
    if (!committed && problemCount > 0)
        s += Tr::tr(". %1 problems: nothing was changed.").arg(c.toString(problemCount));
    else if (!committed)
        s += Tr::tr(". Dry run: nothing was changed.");
    else if (inserted == 0 && replaced == 0)
        s += Tr::tr(". Everything was already there: nothing changed.");
    return s;
}

namespace {

// A UTF-8 file's bytes reach the store undecoded, so each field is checked
// here: an ill-formed byte is either replaced (and counted) or refuses its
// row, named by line, column and byte offset.
bool checkUtf8(std::vector<std::string>& fields, qint64 line, const std::vector<std::string>& header,
               const ImportOptions& options, ImportReport& report, std::vector<Error>& errors)
{
    // Most records are ASCII throughout: one pass over their bytes, eight at
    // a time, settles them without the per-field check.
    std::uint64_t bits = 0;
    for (const std::string& field : fields) {
        std::size_t i = 0;
        for (; i + 8 <= field.size(); i += 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, field.data() + i, 8);
            bits |= word;
        }
        for (; i < field.size(); ++i)
            bits |= static_cast<unsigned char>(field[i]);
    }
    if ((bits & 0x8080808080808080ULL) == 0)
        return true;
    bool ok = true;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (options.replaceInvalid) {
            report.invalidReplaced += csv::replaceInvalidUtf8(fields[i]);
            continue;
        }
        const size_t at = csv::invalidUtf8At(fields[i]);
        if (at == csv::kValidUtf8)
            continue;
        const QString column = i < header.size() ? QString::fromStdString(header[i]) : QString::number(i + 1);
        const QString hex =
            QString::number(static_cast<unsigned char>(fields[i][at]), 16).toUpper().rightJustified(2, u'0');
        errors.emplace_back(Tr::tr("byte %1 (0x%2) is not UTF-8; correct the file or import with --replace-invalid")
                                .arg(at + 1)
                                .arg(hex),
                            options.file, line, column);
        ok = false;
    }
    return ok;
}

} // namespace

Result<ImportReport> runImport(store::Database& db, const ImportOptions& options, const ProgressFn& progress,
                               const std::atomic_bool* cancel)
{
    // Named here: the first row's failed write would otherwise be reported
    // against a line of the CSV file.
    if (db.isReadOnly())
        return Error{Tr::tr("is open read-only: nothing can be imported into it"), db.path()};
    auto opened = openFile(db, options);
    if (!opened)
        return opened.error();
    Opened& o = opened.value();
    ImportReport report;
    report.file = options.file;
    report.kind = options.kind;
    report.encoding = o.reader->encoding();
    report.delimiter = o.reader->delimiter();
    report.warnings = o.mapping.warnings;
    if (!o.mapping.errors.empty())
        return o.mapping.errors.front();

    // An interaction's only reference, its agent, is looked up by refs below
    // before the row is written; SQLite need not look it up again. Made
    // before the transaction (SQLite ignores the switch inside one) and
    // ended after it.
    std::optional<store::ReferencesCheckedByCaller> checkedHere;
    if (o.spec.kind == Kind::Interactions)
        checkedHere.emplace(db);
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto refs = References::load(db, o.spec, options.createAgents, options.file);
    if (refs)
        refs->nameCreateOption(options.createAgentsOptionName);
    if (!refs)
        return refs.error();
    auto writer = store::RowWriter::create(
        db, o.spec, options.update ? store::RowWriter::Mode::Replace : store::RowWriter::Mode::InsertNew);
    if (!writer)
        return writer.error();
    RejectsFile rejects;
    if (options.skipInvalid && !options.rejectsFile.isEmpty())
        if (auto st = rejects.open(options.rejectsFile, o.header, o.reader->delimiter()); !st)
            return st.error();

    RowBuilder builder(o.spec, o.mapping, parserSettings(options, o), options.file, o.header.size());
    // Other encodings are decoded to UTF-8, which is well-formed by construction.
    const bool passthrough = report.encoding == csv::Encoding::Utf8 || report.encoding == csv::Encoding::Utf8Bom;
    std::vector<Error> errors;
    std::vector<Value> row;
    csv::Record record;
    const QString keyName = QString::fromStdString(o.spec.columns[0].name);
    // Interactions go in kBatchRows to a statement, except while unknown
    // agents are created: a conflict removes the agents its row created,
    // which must then be the last row References resolved.
    const bool batching = o.spec.kind == Kind::Interactions && !options.createAgents && (*writer)->canInsertAll();
    RowSink sink({**writer, *refs, rejects, options, report, keyName}, batching);
    while (o.reader->next(record)) {
        ++report.rowsRead;
        const size_t before = errors.size();
        const bool ok = (!passthrough || checkUtf8(record.fields, record.line, o.header, options, report, errors)) &&
                        builder.build(record.fields, record.line, row, errors) &&
                        refs->resolve(row, record.line, errors);
        if (auto st = ok ? sink.write(row, record.line, record.fields)
                         : sink.refuse(record.fields, record.line, errors, before);
            !st)
            return st.error();
        if (progress && (report.rowsRead & 0x3FF) == 0)
            progress(o.reader->bytesConsumed(), o.reader->totalBytes());
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            report.cancelled = true;
            return report; // the transaction rolls back
        }
    }
    if (auto st = sink.flush(); !st)
        return st.error();
    // Structural problems: a quote never closed loses data, so it always fails.
    for (const auto& p : o.reader->problems())
        report.warnings.push_back(Tr::tr("line %1: %2").arg(p.line).arg(p.message));
    if (o.reader->failed()) {
        const auto& p = o.reader->problems().back();
        errors.emplace_back(p.message, options.file, p.line);
        sink.listProblems(errors, 0);
        return report;
    }
    if (progress)
        progress(o.reader->totalBytes(), o.reader->totalBytes());
    report.createdAgents = refs->createdAgents();
    report.lineEnding = o.reader->lineEnding();
    const bool clean = report.problemCount == 0 || options.skipInvalid;
    if (options.dryRun || !clean)
        return report;
    if (auto st = (*writer)->finish(); !st)
        return st.error();
    // A re-import that changes nothing leaves no trace, not even in the log.
    if (report.inserted > 0 || report.replaced > 0)
        if (auto st = store::logImport(db, options.kind, options.file, report.inserted, report.replaced,
                                       report.unchanged, report.rejected);
            !st)
            return st.error();
    if (auto st = rejects.commit(); !st)
        return st.error();
    if (auto st = (*tx)->commit(); !st)
        return st.error();
    report.committed = true;
    return report;
}

Result<Preview> preview(store::Database& db, const ImportOptions& options, int rows)
{
    auto opened = openFile(db, options);
    if (!opened)
        return opened.error();
    Opened& o = opened.value();
    Preview p;
    p.encoding = o.reader->encoding();
    p.delimiter = o.reader->delimiter();
    p.header = o.header;
    p.warnings = o.mapping.warnings;
    p.problems = o.mapping.errors;
    for (size_t c = 0; c < o.spec.columns.size(); ++c) {
        ColumnResolution r{o.spec.columns[c].name, {}, o.spec.columns[c].required};
        for (int s : o.mapping.sources[c])
            r.sources << QString::fromStdString(o.header[s]);
        p.columns.push_back(std::move(r));
    }
    const bool mappable = o.mapping.errors.empty();
    // Unknown agents and teams are problems too, unless they will be created;
    // the preview only looks, so it never creates them.
    std::optional<References> refs;
    if (mappable) {
        auto loaded = References::load(db, o.spec, options.createAgents, options.file, true);
        if (loaded)
            loaded->nameCreateOption(options.createAgentsOptionName);
        if (!loaded)
            return loaded.error();
        refs.emplace(std::move(loaded.value()));
    }
    RowBuilder builder(o.spec, o.mapping, parserSettings(options, o), options.file, o.header.size());
    std::vector<Value> row;
    csv::Record record;
    while (int(p.rows.size()) < rows && o.reader->next(record)) {
        if (mappable && builder.build(record.fields, record.line, row, p.problems) && refs)
            refs->resolve(row, record.line, p.problems);
        p.rows.push_back(std::move(record.fields));
    }
    p.lineEnding = o.reader->lineEnding();
    for (const auto& problem : o.reader->problems())
        p.problems.emplace_back(problem.message, options.file, problem.line);
    return p;
}

} // namespace fb::import
