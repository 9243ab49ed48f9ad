#pragma once

// The session report of a calibration session (docs/calibration.md, "Session
// report"): page 1 holds the session, the agreement statistics and each
// participant's leaning; the pages after it the reveal table, one block per
// interaction, and the agreed scores with their decision notes. Drawn with
// QPdfWriter and QPainter only (QtGui), black and white readable: a score
// beyond tolerance is bold, boxed and carries its signed deviation, so no
// meaning rests on colour. Needs a QGuiApplication (offscreen is fine).
#include "analytics/CalibrationSessionData.h"
#include "common/Error.h"

#include <QString>

class QImage;

namespace fb::report {

struct CalibrationPdfOptions final {
    bool maskAgents = false;   // "Agent A", "Agent B", ... in unit order of first appearance
    bool initialsOnly = false; // participants by their initials only, names nowhere
};

Status writeCalibrationPdf(const analytics::CalibrationSessionReportData& data, const QString& path,
                           const CalibrationPdfOptions& options = {});
// Pages the report takes (the same layout as the PDF's).
int calibrationReportPageCount(const analytics::CalibrationSessionReportData& data,
                               const CalibrationPdfOptions& options = {});
// One page (0-based) at 300 dpi on white, for previews; a null image past the last page.
QImage renderCalibrationReportPage(const analytics::CalibrationSessionReportData& data, int page,
                                   const CalibrationPdfOptions& options = {});

} // namespace fb::report
