#pragma once

#include "analytics/Scorecard.h"

#include <QImage>
#include <QString>

namespace fb::ui::scorecards {

// The huddle sheet: one A4 landscape page per team (more when the team does
// not fit) with its agents and the team row; bands as shapes, so it reads
// in black and white. teams may be empty.
bool writeScorecardPdf(const QString& file, const analytics::Scorecard& agents, const analytics::Scorecard& teams,
                       QString* error = nullptr);
// The first page of that sheet as an image (150 dpi), for previews and screenshots.
QImage scorecardPrintPreview(const analytics::Scorecard& agents, const analytics::Scorecard& teams);

} // namespace fb::ui::scorecards
