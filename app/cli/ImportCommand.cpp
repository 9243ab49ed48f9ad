#include "Cli.h"
#include "csv/CsvTypes.h"
#include "import/Importer.h"
#include "store/Database.h"

#include <QFileInfo>
#include <QLocale>

namespace fb::cli {
namespace {

void printReport(const import::ImportReport& r)
{
    for (const auto& w : r.warnings)
        fmt::print(stderr, "warning: {}\n", s(w));
    for (const auto& p : r.problems)
        fmt::print(stderr, "{}\n", s(p.toString()));
    if (r.problemCount > qint64(r.problems.size()))
        fmt::print(stderr, "... and {} more problems\n", r.problemCount - qint64(r.problems.size()));
    fmt::print("{} ({}, delimiter {}): {}\n", s(QFileInfo(r.file).fileName()), s(csv::encodingName(r.encoding)),
               s(csv::delimiterName(r.delimiter)), s(r.summary()));
}

} // namespace

int runImport(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
                                       QStringLiteral("Field delimiter: , ; tab or | "
                                                      "(default: detected)."),
                                       QStringLiteral("D"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      QStringLiteral("UTF-8, UTF-16LE, UTF-16BE or Windows-1252 (default: detected)."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption dateFormat(QStringLiteral("date-format"),
                                        QStringLiteral("Qt date format of the whole value, e.g. \"dd/MM/yyyy H:mm\" "
                                                       "(default: ISO 8601 only)."),
                                        QStringLiteral("FORMAT"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 QStringLiteral("Map a column: target=Source Header, or target=Date+Time to join two "
                                                "columns. Repeatable."),
                                 QStringLiteral("ASSIGNMENT"));
    const QCommandLineOption profile(
        QStringLiteral("profile"), QStringLiteral("Mapping profile (JSON) with delimiter, encoding, date_format, map."),
        QStringLiteral("FILE"));
    const QCommandLineOption saveProfile(QStringLiteral("save-profile"),
                                         QStringLiteral("Save the mapping options given here as a profile."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Validate only; change nothing."));
    const QCommandLineOption skip(QStringLiteral("skip-invalid"),
                                  QStringLiteral("Import the valid rows; rejected rows go to --rejects."));
    const QCommandLineOption rejects(QStringLiteral("rejects"),
                                     QStringLiteral("With --skip-invalid: write rejected rows, unchanged, with "
                                                    "reject_line and reject_reason columns at the end."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption update(QStringLiteral("update"), QStringLiteral("Replace rows whose id already exists."));
    const QCommandLineOption createAgents(QStringLiteral("create-agents"),
                                          QStringLiteral("Create unknown agents (named by their id, in team "
                                                         "Unassigned) and unknown teams."));
    const QCommandLineOption decimalComma(QStringLiteral("decimal-comma"),
                                          QStringLiteral("Read 3,5 as 3.5 in a comma-separated file too (it is "
                                                         "always read so with any other delimiter)."));
    const QCommandLineOption replaceInvalid(QStringLiteral("replace-invalid"),
                                            QStringLiteral("In a UTF-8 file, replace bytes that are not UTF-8 by "
                                                           "U+FFFD (and count them) instead of refusing their row."));
    const QCommandLineOption maxField = maxFieldOption();
    p.addOptions({delimiter, encoding, dateFormat, decimalComma, map, profile, saveProfile, dryRun, skip, rejects,
                  update, createAgents, replaceInvalid, maxField});
    p.addPositionalArgument(QStringLiteral("KIND"), QStringLiteral("agents, interactions, qa_evaluations, pulses, "
                                                                   "coaching, feedback or recognitions"));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("CSV file"));
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Import a CSV file of one kind in one transaction: a file with any invalid "
                                  "row changes nothing (unless --skip-invalid)."),
                   code, 2, 2))
        return code;

    import::ImportOptions o;
    const auto kind = kindFromName(p.positionalArguments().at(0));
    if (!kind) {
        printError(QStringLiteral("unknown kind '%1' (agents, interactions, qa_evaluations, pulses, coaching, "
                                  "feedback, recognitions, mentoring_pairs, mentoring_sessions)")
                       .arg(p.positionalArguments().at(0)));
        return Usage;
    }
    o.kind = *kind;
    o.file = p.positionalArguments().at(1);
    if (p.isSet(delimiter)) {
        o.reader.delimiter = csv::parseDelimiter(p.value(delimiter));
        if (!o.reader.delimiter) {
            printError(QStringLiteral("--delimiter must be , ; tab or |, not '%1'").arg(p.value(delimiter)));
            return Usage;
        }
    }
    if (p.isSet(encoding)) {
        o.reader.encoding = import::parseEncodingName(p.value(encoding));
        if (!o.reader.encoding) {
            printError(QStringLiteral("--encoding must be UTF-8, UTF-16LE, UTF-16BE or Windows-1252, not '%1'")
                           .arg(p.value(encoding)));
            return Usage;
        }
    }
    o.dateFormat = p.value(dateFormat);
    o.decimalComma = p.isSet(decimalComma);
    for (const QString& m : p.values(map))
        if (auto st = o.map.add(m); !st) {
            printError(st.error());
            return Usage;
        }
    if (p.isSet(profile))
        if (auto st = import::applyProfile(p.value(profile), o); !st) {
            printError(st.error());
            return Usage;
        }
    if (p.isSet(rejects) && !p.isSet(skip)) {
        printError(QStringLiteral("--rejects goes with --skip-invalid"));
        return Usage;
    }
    o.dryRun = p.isSet(dryRun);
    o.skipInvalid = p.isSet(skip);
    o.rejectsFile = p.value(rejects);
    o.update = p.isSet(update);
    o.createAgents = p.isSet(createAgents);
    o.replaceInvalid = p.isSet(replaceInvalid);
    if (!readMaxField(p, maxField, o.reader.maxRecordBytes))
        return Usage;
    if (p.isSet(saveProfile))
        if (auto st = import::saveProfile(p.value(saveProfile), o); !st) {
            printError(st.error());
            return DataProblem;
        }

    auto db = openDatabase(ctx);
    if (!db)
        return DataProblem;
    const bool tty = stderrIsTerminal();
    int lastPercent = -1;
    auto progress = [&](qint64 done, qint64 total) {
        if (!tty || total <= 0)
            return;
        const int percent = int(done * 100 / total);
        if (percent != lastPercent)
            fmt::print(stderr, "\r{}%", percent);
        lastPercent = percent;
    };
    auto report = import::runImport(*db, o, progress);
    if (tty && lastPercent >= 0)
        fmt::print(stderr, "\r");
    if (!report) {
        printError(report.error());
        return DataProblem;
    }
    printReport(report.value());
    if (report->committed && report->rejected > 0 && !o.rejectsFile.isEmpty())
        fmt::print("Rejected rows were written to {}\n", s(o.rejectsFile));
    if (report->problemCount > 0 && !report->committed)
        return DataProblem;
    return Ok;
}

} // namespace fb::cli
