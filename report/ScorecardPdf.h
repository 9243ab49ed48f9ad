#pragma once

// The scorecards on paper: A4 landscape, agents grouped by team with their
// team's row, bands as shapes so they read in black and white. Drawn with
// QPdfWriter and QPainter only (QtGui), for the page's Print PDF and the
// CLI's `scorecard --pdf`. Needs a QGuiApplication (offscreen is fine).
#include "analytics/Scorecard.h"
#include "common/Error.h"

#include <QImage>
#include <QString>

namespace fb::report {

// Writes the PDF atomically: on failure the old file at path is left as it was.
Status writeScorecardPdf(const analytics::Scorecard& agents, const analytics::Scorecard& teams, const QString& path);
// The first page at 150 dpi on white (the page's print preview).
QImage renderScorecardPreview(const analytics::Scorecard& agents, const analytics::Scorecard& teams);

} // namespace fb::report
