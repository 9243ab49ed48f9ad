#pragma once

// "You said / we did" as a one-page A4 PDF for the huddle (docs/feedback.md):
// the same sentences as the Markdown digest, then top open issues, next steps
// and blockers retired. One page by design: what does not fit is counted at
// the foot ("3 more lines: see the CSV or Markdown"), never spilled.
#include "analytics/FeedbackDigest.h"
#include "common/Error.h"

#include <QImage>
#include <QString>

class QPainter;

namespace fb::report {

// Written in memory and saved atomically.
Status writeFeedbackDigestPdf(const analytics::FeedbackDigest& digest, const QString& title, const QString& path);
// The page at 300 dpi (previews, tests).
QImage renderFeedbackDigest(const analytics::FeedbackDigest& digest, const QString& title);
// Paints the page; returns how many lines did not fit.
int paintFeedbackDigest(QPainter& painter, const analytics::FeedbackDigest& digest, const QString& title);

} // namespace fb::report
