#include "Cli.h"

#include "export/ReportCsv.h"
#include "export/XlsxWorkbook.h"
#include "store/DataFolder.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>

#include <cstdio>

// isatty() is POSIX; the Windows C runtime spells it _isatty() in <io.h>.
#ifdef _WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

namespace fb::cli {

void printError(const Error& error)
{
    fmt::print(stderr, "error: {}\n", s(error.toString()));
}

void printError(const QString& message)
{
    fmt::print(stderr, "error: {}\n", s(message));
}

QString reportFormat(const QCommandLineParser& p, const QCommandLineOption& format, const QCommandLineOption& out,
                     const QStringList& formats, const char* command)
{
    // --out FILE.xlsx writes a workbook of the report's table: csv unless another format is asked for.
    const bool workbook = p.isSet(out) && exporting::isXlsxPath(p.value(out));
    QString name = p.isSet(format)                                      ? p.value(format).toLower()
                   : workbook && formats.contains(QLatin1String("csv")) ? QStringLiteral("csv")
                                                                        : formats.front();
    if (!formats.contains(name)) {
        const QString choices = formats.mid(0, formats.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") +
                                formats.back(); // "md, csv or pdf"
        printError(QStringLiteral("--format takes %1, not '%2'").arg(choices, p.value(format)));
        return {};
    }
    if (workbook && name != QLatin1String("csv")) {
        printError(QStringLiteral("--out %1 writes an Excel workbook, which holds the csv format's table, not %2")
                       .arg(p.value(out), name));
        return {};
    }
    if (name == QLatin1String("pdf") && !p.isSet(out)) {
        printError(QStringLiteral("--format pdf needs --out FILE.pdf"));
        return {};
    }
    if (name == QLatin1String("pdf") && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        printError(QStringLiteral("--format pdf needs a graphical application object; run `floorboard-cli %1` directly")
                       .arg(QLatin1String(command)));
        return {};
    }
    return name;
}

bool writeReport(const QString& path, const exporting::ReportTable& table)
{
    if (path.isEmpty()) {
        fmt::print("{}", exporting::csvText(table, reportCsvOptions()));
        return true;
    }
    if (auto written = exporting::writeCsv(table, path, reportCsvOptions()); !written) {
        printError(written.error());
        return false;
    }
    return true;
}

QString defaultDatabasePath()
{
    const QString env = qEnvironmentVariable("FLOORBOARD_DB");
    if (!env.isEmpty())
        return env;
    const QString dir = store::defaultDataFolder();
    QDir().mkpath(dir);
    return dir + QStringLiteral("/floorboard.db");
}

bool stderrIsTerminal()
{
#ifdef _WIN32
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

bool parseArgs(QCommandLineParser& parser, const Context& ctx, const QString& description, int& exitCode,
               int positionalMin, int positionalMax)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList argv = ctx.args;
    argv.first() = QStringLiteral("floorboard-cli ") + ctx.args.first();
    if (!parser.parse(argv)) {
        printError(parser.errorText() + QStringLiteral(" (see floorboard-cli %1 --help)").arg(ctx.args.first()));
        exitCode = Usage;
        return false;
    }
    if (parser.isSet(help)) {
        // helpText() names the program by its path (argv[0]), not the
        // command: "Usage: /usr/bin/floorboard-cli [options]" becomes
        // "Usage: floorboard-cli import [options]".
        QString text = parser.helpText();
        const QString pathUsage = QStringLiteral("Usage: ") + QCoreApplication::arguments().constFirst();
        if (text.startsWith(pathUsage))
            text.replace(0, pathUsage.size(), QStringLiteral("Usage: ") + argv.first());
        fmt::print("{}", s(text));
        exitCode = Ok;
        return false;
    }
    const auto n = parser.positionalArguments().size();
    if (n < positionalMin || n > positionalMax) {
        printError(QStringLiteral("%1 takes %2 argument(s), got %3 (see floorboard-cli %4 --help)")
                       .arg(ctx.args.first())
                       .arg(positionalMin == positionalMax
                                ? QString::number(positionalMin)
                                : QStringLiteral("%1 to %2").arg(positionalMin).arg(positionalMax))
                       .arg(n)
                       .arg(ctx.args.first()));
        exitCode = Usage;
        return false;
    }
    return true;
}

QCommandLineOption maxFieldOption()
{
    return QCommandLineOption(QStringLiteral("max-field"),
                              QStringLiteral("Longest record (line) to read, in bytes (default 1048576; 0: no limit). "
                                             "A longer one stops the reading with a problem at its line."),
                              QStringLiteral("BYTES"));
}

bool readMaxField(const QCommandLineParser& parser, const QCommandLineOption& option, qint64& bytes)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < 0) {
        printError(QStringLiteral("--max-field takes a number of bytes, not '%1'").arg(parser.value(option)));
        return false;
    }
    bytes = value;
    return true;
}

namespace {

std::unique_ptr<store::Database> openWith(const Context& ctx, store::Database::Mode mode)
{
    auto db = store::Database::open(ctx.dbPath, mode);
    if (!db) {
        printError(db.error());
        return nullptr;
    }
    // One line each, so scripts that read stdout are undisturbed and a person
    // sees why several writers at once are unsafe on this file, or why
    // nothing can be written to it.
    if (const QString note = db.value()->journalNote(); !note.isEmpty())
        fmt::print(stderr, "note: {}\n", s(note));
    if (const QString note = db.value()->readOnlyNote(); !note.isEmpty())
        fmt::print(stderr, "note: {}\n", s(note));
    return std::move(db.value());
}

} // namespace

std::unique_ptr<store::Database> openDatabase(const Context& ctx, bool mustExist)
{
    return openWith(ctx, mustExist ? store::Database::Mode::ExistingOnly : store::Database::Mode::CreateOrMigrate);
}

std::unique_ptr<store::Database> openDatabaseToRead(const Context& ctx)
{
    return openWith(ctx, store::Database::Mode::Read);
}

} // namespace fb::cli
