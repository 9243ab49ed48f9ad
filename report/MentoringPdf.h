#pragma once

// Peer mentoring on one A4 page for the site manager (docs/mentoring.md, "The
// report"): pairs and sessions, the effect with its interval in plain words,
// pay it forward. The sentences come from analytics::mentoringReportText;
// this file only lays them out. One page by design: what does not fit is
// counted at the foot, never spilled onto a second page.
#include "analytics/MentoringReport.h"
#include "common/Error.h"

#include <QImage>
#include <QString>

class QPainter;

namespace fb::report {

// Written in memory and saved atomically (fb::writeFileAtomically).
Status writeMentoringPdf(const analytics::MentoringReport& report, const QString& path);
// The page at 300 dpi (previews, tests).
QImage renderMentoringReport(const analytics::MentoringReport& report);
// Paints the page; returns how many lines did not fit.
int paintMentoringReport(QPainter& painter, const analytics::MentoringReport& report);

} // namespace fb::report
