#pragma once

// The session report of a calibration session as four CSV files for
// spreadsheets (docs/calibration.md, "Session report"): the reveal table, the
// agreement statistics, each participant's deviation, and the agreed scores
// with their notes. Numbers unrounded, an empty cell is a missing value.
#include "analytics/CalibrationSessionData.h"
#include "common/Error.h"
#include "csv/CsvWriter.h"
#include "export/ReportCsv.h"

#include <QString>

namespace fb::exporting {

struct SessionCsvOptions final {
    analytics::SessionLabelOptions labels; // masked agents, participants by initials
    csv::WriterOptions writer;
};

// The four files of a session in a directory: <session>-reveal.csv,
// <session>-agreement.csv, <session>-participants.csv, <session>-agreed.csv.
struct SessionCsvFiles final {
    QString reveal;
    QString agreement;
    QString participants;
    QString agreed;
};
SessionCsvFiles sessionCsvFiles(const QString& directory, const std::string& sessionId);

// Writes the four files (creating the directory when missing). Each file is
// replaced atomically, and all four are opened before any is replaced, so an
// unwritable directory leaves earlier files as they were. Errors name the file.
Result<SessionCsvFiles> writeCalibrationSessionCsv(const analytics::CalibrationSessionReportData& data,
                                                   const QString& directory, const SessionCsvOptions& options = {});

// The seven-column agreement table of `calibration report --out`: attribute,
// alpha, alpha_low, alpha_high, within_tolerance, n_units, n_participants.
// Documented with LF line ends (write it with WriterOptions::crlf = false).
ReportTable calibrationAgreementTable(const analytics::CalibrationReport& report);

} // namespace fb::exporting
