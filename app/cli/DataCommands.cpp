// export, inspect, info, check, backup, init.
#include "Cli.h"
#include "csv/Inspect.h"
#include "export/Exporter.h"
#include "store/Backup.h"
#include "store/Catalog.h"
#include "store/Checks.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fb::cli {

int runExport(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption raw(QStringLiteral("raw"),
                                 QStringLiteral("Do not guard text cells against spreadsheet formula injection."));
    const QCommandLineOption anonymous(
        QStringLiteral("include-anonymous"),
        QStringLiteral("pulses: also write the anonymous responses, each with its team, week and comment (in a "
                       "small team that can tell who answered what; see docs/scorecard.md)."));
    p.addOptions({raw, anonymous});
    p.addPositionalArgument(QStringLiteral("KIND"), QStringLiteral("the kind to export"));
    p.addPositionalArgument(QStringLiteral("FILE"),
                            QStringLiteral("CSV file to write, or an Excel workbook when the name ends in .xlsx "
                                           "(replaced atomically)"));
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Export one kind in its canonical CSV format, or to an Excel workbook "
                                  "(FILE.xlsx: one sheet, typed cells). --excel or --excel-locale NAME writes the CSV "
                                  "for Excel on this (or that) locale's computer instead."),
                   code, 2, 2))
        return code;
    const auto kind = kindFromName(p.positionalArguments().at(0));
    if (!kind) {
        printError(QStringLiteral("unknown kind '%1'").arg(p.positionalArguments().at(0)));
        return Usage;
    }
    auto db = openDatabaseToRead(ctx);
    if (!db)
        return DataProblem;
    exporting::ExportOptions o{*kind, p.positionalArguments().at(1), p.isSet(raw), excelLocale(), p.isSet(anonymous)};
    auto count = exporting::runExport(*db, o);
    if (!count) {
        printError(count.error());
        return DataProblem;
    }
    fmt::print("{} {} rows written to {}\n", count->rows, s(kindName(*kind)), s(o.file));
    if (count->anonymousLeftOut > 0)
        fmt::print("{} anonymous responses left out (--include-anonymous writes them)\n", count->anonymousLeftOut);
    return Ok;
}

int runInspect(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption noHeader(QStringLiteral("no-header"), QStringLiteral("The first record is data."));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), QStringLiteral("Field delimiter: , ; tab or |."),
                                       QStringLiteral("D"));
    const QCommandLineOption rows(QStringLiteral("rows"),
                                  QStringLiteral("Rows to show (default 20); the counts cover the whole file."),
                                  QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption maxField = maxFieldOption();
    p.addOptions({json, noHeader, delimiter, rows, maxField});
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("CSV file"));
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Show how Floorboard reads a CSV file: encoding, delimiter, line ending, header, "
                                  "rows and problems with line numbers."),
                   code, 1, 1))
        return code;
    csv::InspectOptions o;
    o.noHeader = p.isSet(noHeader);
    if (p.isSet(delimiter)) {
        o.reader.delimiter = csv::parseDelimiter(p.value(delimiter));
        if (!o.reader.delimiter) {
            printError(QStringLiteral("--delimiter must be , ; tab or |"));
            return Usage;
        }
    }
    if (!readMaxField(p, maxField, o.reader.maxRecordBytes))
        return Usage;
    // A preview, never the whole file: a file of millions of rows would
    // otherwise be held in memory (and printed) entire.
    bool rowsOk = false;
    o.maxRows = p.value(rows).toLongLong(&rowsOk);
    if (!rowsOk || o.maxRows < 0) {
        printError(QStringLiteral("--rows takes a number of rows, not '%1'").arg(p.value(rows)));
        return Usage;
    }
    auto report = csv::inspect(p.positionalArguments().at(0), o);
    if (!report) {
        printError(report.error());
        return DataProblem;
    }
    if (p.isSet(json))
        fmt::print("{}\n", csv::inspectJson(report.value()).toStdString());
    else
        fmt::print("{}", s(csv::inspectText(report.value())));
    return report->problems.empty() ? Ok : DataProblem;
}

int runInfo(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    p.addOption(json);
    int code = Ok;
    if (!parseArgs(p, ctx, QStringLiteral("Schema version, row counts per kind and the interactions' date range."),
                   code, 0, 0))
        return code;
    auto db = openDatabaseToRead(ctx);
    if (!db)
        return DataProblem;
    auto info = store::databaseInfo(*db);
    if (!info) {
        printError(info.error());
        return DataProblem;
    }
    if (p.isSet(json)) {
        QJsonObject counts;
        for (const auto& c : info->counts)
            counts.insert(kindName(c.kind), double(c.rows));
        QJsonObject o{{QStringLiteral("database"), info->path},
                      {QStringLiteral("schema_version"), info->schemaVersion},
                      {QStringLiteral("counts"), counts},
                      {QStringLiteral("first_interaction"), info->firstInteraction},
                      {QStringLiteral("last_interaction"), info->lastInteraction},
                      {QStringLiteral("rollup_rows"), double(info->rollupRows)}};
        fmt::print("{}\n", QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString());
        return Ok;
    }
    // Labels padded to the longest kind name (mentoring_sessions) so the numbers line up.
    fmt::print("{:<19} {}\n{:<19} {}\n", "database", s(info->path), "schema version", info->schemaVersion);
    for (const auto& c : info->counts)
        fmt::print("{:<19} {:>12}\n", s(kindName(c.kind)), c.rows);
    if (!info->firstInteraction.isEmpty())
        fmt::print("{:<19} {} to {}\n", "interactions", s(info->firstInteraction), s(info->lastInteraction));
    fmt::print("{:<19} {:>12}\n", "weekly rollups", info->rollupRows);
    return Ok;
}

int runCheck(const Context& ctx)
{
    QCommandLineParser p;
    int code = Ok;
    if (!parseArgs(p, ctx, QStringLiteral("Integrity and domain checks of the database."), code, 0, 0))
        return code;
    auto db = openDatabaseToRead(ctx);
    if (!db)
        return DataProblem;
    // Said first, so "All checks passed." below is read for what ran.
    if (db->isSiteServer())
        fmt::print(stderr, "note: SQLite's integrity and foreign-key checks are for files; a site server enforces "
                           "its foreign keys itself\n");
    auto findings = store::runChecks(*db);
    if (!findings) {
        printError(findings.error());
        return DataProblem;
    }
    for (const auto& f : findings.value())
        fmt::print("{}: {}\n", s(f.check), s(f.message));
    fmt::print("{}\n", findings->empty() ? std::string("All checks passed.")
                                         : fmt::format("{} problems found.", findings->size()));
    return findings->empty() ? Ok : DataProblem;
}

int runBackup(const Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("where to write the copy"));
    int code = Ok;
    if (!parseArgs(p, ctx, QStringLiteral("Write a consistent copy of the database, even while it is in use."), code, 1,
                   1))
        return code;
    auto db = openDatabaseToRead(ctx);
    if (!db)
        return DataProblem;
    if (auto st = store::backupTo(*db, p.positionalArguments().at(0)); !st) {
        printError(st.error());
        return DataProblem;
    }
    fmt::print("Backup written to {}\n", s(p.positionalArguments().at(0)));
    return Ok;
}

int runInit(const Context& ctx)
{
    QCommandLineParser p;
    int code = Ok;
    if (!parseArgs(p, ctx, QStringLiteral("Create the database, or upgrade it to this version's schema."), code, 0, 0))
        return code;
    auto db = openDatabase(ctx);
    if (!db)
        return DataProblem;
    fmt::print("{} is ready (schema version {})\n", s(db->path()), db->schemaVersion());
    return Ok;
}

} // namespace fb::cli
