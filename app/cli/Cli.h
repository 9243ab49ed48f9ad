#pragma once

// Shared plumbing of floorboard-cli commands: options, exit codes, output.
#include "common/Error.h"
#include "csv/CsvWriter.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <fmt/format.h>

#include <memory>
#include <optional>
#include <string>

class QCoreApplication;

namespace fb::store {
class Database;
}
namespace fb::exporting {
struct ReportTable;
}

namespace fb::cli {

enum Exit : int { Ok = 0, DataProblem = 1, Usage = 2 };

struct Context final {
    QString dbPath;   // --db, else FLOORBOARD_DB, else the user's data folder
    QStringList args; // the command's own arguments, command name first
};

// One command: name, one-line summary, and its entry point.
struct Command final {
    const char* name;
    const char* summary;
    int (*run)(const Context&);
};

// Parses the command's arguments with its own --help; returns false (with
// exit code set) when the caller should return at once.
bool parseArgs(QCommandLineParser& parser, const Context& ctx, const QString& description, int& exitCode,
               int positionalMin, int positionalMax);

// --max-field BYTES of import and inspect: the longest record (line) read;
// readMaxField() prints the error and returns false on a bad value.
QCommandLineOption maxFieldOption();
bool readMaxField(const QCommandLineParser& parser, const QCommandLineOption& option, qint64& bytes);

// Opens the database named by the context; prints the error on failure.
std::unique_ptr<store::Database> openDatabase(const Context& ctx, bool mustExist = false);
// For commands that only read (info, check, export, backup, scorecard): a
// database that cannot be written here is opened read-only, with a note.
std::unique_ptr<store::Database> openDatabaseToRead(const Context& ctx);

inline std::string s(const QString& q)
{
    return q.toStdString();
}
// The application object: a QGuiApplication only for `program|calibration report --pdf`
// (PDF text needs fonts; offscreen when there is no display), else QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv);

void printError(const Error& error);
// --excel (the system's locale) or --excel-locale NAME, anywhere after the
// command: every CSV the command writes (export, scorecard --out, every
// report's --out or standard output) is "Excel on this computer"
// (csv::excelOptions). main() takes them out of the command's arguments;
// false (error printed) for an unknown locale.
bool takeExcelOptions(QStringList& args);
std::optional<QLocale> excelLocale();
// base, switched to Excel mode when the command line asked for it.
csv::WriterOptions reportCsvOptions(csv::WriterOptions base = {});
// A report table to the file (through exporting::writeCsv), or to standard
// output when path is empty; false (error printed) when it cannot be written.
bool writeReport(const QString& path, const exporting::ReportTable& table);
void printError(const QString& message);
QString defaultDatabasePath();
// --format of a report that can also be a PDF: one of formats (the first is
// the default), in lower case. pdf needs --out and a graphical application
// object (command, "recognition huddle", is what to run directly). Empty, with
// the error printed, when refused: the caller returns Usage.
QString reportFormat(const QCommandLineParser& p, const QCommandLineOption& format, const QCommandLineOption& out,
                     const QStringList& formats, const char* command);

// True when stderr is a terminal, so progress may be redrawn in place with
// \r; a redirected stderr (a log file, a pipe, a test) gets no progress.
bool stderrIsTerminal();

int runInit(const Context& ctx);
int runImport(const Context& ctx);
int runExport(const Context& ctx);
int runInspect(const Context& ctx);
int runInfo(const Context& ctx);
int runCheck(const Context& ctx);
int runBackup(const Context& ctx);
int runDemo(const Context& ctx);
int runScorecard(const Context& ctx);
int runCalibration(const Context& ctx);
int runProgram(const Context& ctx);
int runCoaching(const Context& ctx);
int runMentoring(const Context& ctx);
// mentoring start|session|end|capacity (MentoringRecordCommand.cpp)
int runMentoringStart(const Context& ctx);
int runMentoringSession(const Context& ctx);
int runMentoringEnd(const Context& ctx);
int runMentoringCapacity(const Context& ctx);
// mentoring effect (MentoringEffectCommand.cpp)
int runMentoringEffect(const Context& ctx);
// mentoring pay-forward|report (MentoringReportCommand.cpp)
int runMentoringPayForward(const Context& ctx);
int runMentoringReport(const Context& ctx);
int runFeedback(const Context& ctx);
int runRecognition(const Context& ctx); // RecognitionCommand.cpp
// incentive plan|payout|whatif|audit (IncentiveCommand.cpp, IncentiveReportCommand.cpp)
int runIncentive(const Context& ctx);
int runIncentivePayout(const Context& ctx);
int runIncentiveWhatIf(const Context& ctx);
int runIncentiveAudit(const Context& ctx);
// site push|pull|init|member (SiteCommand.cpp)
int runSite(const Context& ctx);

} // namespace fb::cli
