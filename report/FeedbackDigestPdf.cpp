#include "FeedbackDigestPdf.h"

#include "PdfParts.h"

#include <QCoreApplication>
#include <QPainter>

namespace fb::report {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::report::FeedbackDigestPdf)
};

using pdf::font;
using pdf::P;

} // namespace

int paintFeedbackDigest(QPainter& p, const analytics::FeedbackDigest& d, const QString& title,
                        const format::Style& style)
{
    const double left = P(48);
    const double width = P(595 - 96);
    const double bottom = P(842 - 60); // the foot line goes below
    double y = P(48);
    y += pdf::text(p, left, y, width, title, font(16, true)) + P(10);
    const QFont body = font(9);
    int omitted = 0;
    for (const auto& s : analytics::digestSections(d, style)) {
        if (y + P(40) > bottom) {
            omitted += std::max<int>(1, static_cast<int>(s.lines.size()));
            continue;
        }
        y += pdf::heading(p, left, y, width, s.title) + P(4);
        if (s.lines.isEmpty())
            y += pdf::text(p, left, y, width, s.empty, body) + P(6);
        for (const auto& line : s.lines) {
            if (const auto h = pdf::bullet(p, left, y, width, P(10), bottom, line, body))
                y += *h + P(3);
            else
                ++omitted;
        }
        y += P(8);
    }
    if (omitted > 0) {
        const QString foot =
            style.translated
                ? Tr::tr("%n more line(s) did not fit on this page: see the CSV or Markdown digest.", nullptr, omitted)
            : omitted == 1 ? QStringLiteral("1 more line did not fit on this page: see the CSV or Markdown digest.")
                           : QStringLiteral("%1 more lines did not fit on this page: see the CSV or Markdown digest.")
                                 .arg(omitted);
        pdf::text(p, left, P(842 - 52), width, foot, font(8, true));
    }
    return omitted;
}

Status writeFeedbackDigestPdf(const analytics::FeedbackDigest& d, const QString& title, const QString& path,
                              const format::Style& style)
{
    return pdf::writeA4Pdf(path, title, [&](QPainter& p) { paintFeedbackDigest(p, d, title, style); });
}

QImage renderFeedbackDigest(const analytics::FeedbackDigest& d, const QString& title, const format::Style& style)
{
    return pdf::renderA4([&](QPainter& p) { paintFeedbackDigest(p, d, title, style); });
}

} // namespace fb::report
