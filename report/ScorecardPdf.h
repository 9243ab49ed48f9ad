#pragma once

// The scorecards on paper: A4 landscape, agents grouped by team with their
// team's row, bands as shapes so they read in black and white. Drawn with
// QPdfWriter and QPainter only (QtGui), for the page's Print PDF and the
// CLI's `scorecard --pdf`. Needs a QGuiApplication (offscreen is fine).
#include "analytics/Scorecard.h"
#include "common/Error.h"

#include <QImage>
#include <QString>
#include <QStringList>

namespace fb::report {

// What is printed: the agents grouped by team (teams in natural order,
// "Team 5" before "Team 10"), each group ending with its team's row from
// `totals`; or, without agents, one table of the rows of `totals` (the
// teams or the sites, as the page shows them).
struct ScorecardPrint final {
    const analytics::Scorecard* agents = nullptr;
    const analytics::Scorecard* totals = nullptr;
};

// Writes the PDF atomically: on failure the old file at path is left as it was.
// pageTitles (optional) receives the title of every page, in order.
Status writeScorecardPdf(const ScorecardPrint& print, const QString& path, QStringList* pageTitles = nullptr);
Status writeScorecardPdf(const analytics::Scorecard& agents, const analytics::Scorecard& teams, const QString& path);
// The first page at 150 dpi on white (the page's print preview).
QImage renderScorecardPreview(const ScorecardPrint& print);

} // namespace fb::report
