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

// The sentences in the style's language and dates: format::screen() for the
// user's, format::file() for English with ISO dates (the command line, which
// writes every other text of the digest that way too).
// Written in memory and saved atomically.
Status writeFeedbackDigestPdf(const analytics::FeedbackDigest& digest, const QString& title, const QString& path,
                              const format::Style& style = format::screen());
// The page at 300 dpi (previews, tests).
QImage renderFeedbackDigest(const analytics::FeedbackDigest& digest, const QString& title,
                            const format::Style& style = format::screen());
// Paints the page; returns how many lines did not fit.
int paintFeedbackDigest(QPainter& painter, const analytics::FeedbackDigest& digest, const QString& title,
                        const format::Style& style = format::screen());

} // namespace fb::report
