#pragma once

// The one-page leadership report of a friction-to-flow program: what we
// heard, what we fixed, what changed, what it is worth next cycle. Drawn with
// QPdfWriter and QPainter only (QtGui), black and white readable: no meaning
// rests on colour. Needs a QGuiApplication (offscreen is fine).
#include "analytics/ProgramReport.h"
#include "common/Error.h"

#include <QString>

class QImage;
class QPainter;
class QRectF;

namespace fb::report {

Status writeProgramPdf(const analytics::ProgramReport& report, const QString& path);
// The same page at 300 dpi on white (previews, screenshots).
QImage renderProgramReport(const analytics::ProgramReport& report);
// Paints the page in device units of 300 dpi (A4: 2480 x 3508).
void paintProgramReport(QPainter& painter, const analytics::ProgramReport& report);

// The pulse table's cell of dimension d (0-4): the mean with its n, or why
// there is none (hidden, no answers, fewer than 5 answers).
QString pulseCellText(const analytics::PulseSummary& s, size_t d);

// Draws the weekly chart of one metric (phase bands, fix markers) into rect;
// shared by the PDF and anything else that paints without Qt Charts.
void drawWeeklyChart(QPainter& painter, const QRectF& rect, const analytics::ProgramReport& report,
                     analytics::ProgramMetric metric, double unit);

} // namespace fb::report
