#pragma once

// The week's public shout-outs as a one-page A4 PDF for the huddle
// (docs/recognition-and-incentives.md): the same lines as the Markdown list.
// One page by design: what does not fit is counted at the foot, never spilled.
#include "analytics/Recognition.h"
#include "common/Error.h"

#include <QImage>
#include <QString>

class QPainter;

namespace fb::report {

// Written in memory and saved atomically.
Status writeHuddlePdf(const std::vector<analytics::HuddleRow>& rows, const QString& title, const QString& path);
// The page at 300 dpi (previews, tests).
QImage renderHuddle(const std::vector<analytics::HuddleRow>& rows, const QString& title);
// Paints the page; returns how many shout-outs did not fit.
int paintHuddle(QPainter& painter, const std::vector<analytics::HuddleRow>& rows, const QString& title);

} // namespace fb::report
