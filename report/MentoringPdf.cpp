#include "MentoringPdf.h"

#include "PdfParts.h"

#include <QCoreApplication>
#include <QPainter>

namespace fb::report {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::report::MentoringPdf)
};

using pdf::font;
using pdf::kDpi;
using pdf::P;

struct Section final {
    QString title;
    QStringList lines;
    QString note; // small print under the lines (how the effect is measured)
};

} // namespace

int paintMentoringReport(QPainter& p, const analytics::MentoringReport& r)
{
    const analytics::MentoringReportText t = analytics::mentoringReportText(r);
    const double left = P(48);
    const double width = P(pdf::kA4WidthPt - 96);
    const double bottom = P(pdf::kA4HeightPt - 60); // the foot line goes below
    double y = P(48);
    y += pdf::text(p, left, y, width, t.title, font(16, true)) + P(4);
    y += pdf::text(p, left, y, width, t.subtitle, font(9)) + P(12);
    const Section sections[] = {
        {Tr::tr("Pairs and sessions"), t.pairs, {}},
        {Tr::tr("Did it work?"), t.effect, t.method},
        {Tr::tr("Pay it forward: former mentees who can mentor"), t.payForward, {}},
    };
    const QFont body = font(9);
    const QFont small = font(7.5);
    int omitted = 0;
    for (const auto& s : sections) {
        if (y + P(40) > bottom) {
            omitted += std::max<int>(1, int(s.lines.size()));
            continue;
        }
        y += pdf::heading(p, left, y, width, s.title) + P(4);
        p.setFont(body); // boundingRect measures with the painter's font
        for (const auto& line : s.lines) {
            if (const auto h = pdf::bullet(p, left, y, width, P(10), bottom, line, body))
                y += *h + P(3);
            else
                ++omitted;
        }
        if (!s.note.isEmpty() && y + P(30) < bottom) {
            p.save();
            p.setPen(QColor(0x44, 0x44, 0x44));
            y += pdf::text(p, left, y + P(2), width, s.note, small) + P(2);
            p.restore();
        }
        y += P(10);
    }
    if (omitted > 0)
        pdf::text(
            p, left, P(pdf::kA4HeightPt - 52), width,
            Tr::tr("%1 more line(s) did not fit on this page: see the Mentoring page or its CSV export.").arg(omitted),
            font(8, true));
    return omitted;
}

Status writeMentoringPdf(const analytics::MentoringReport& r, const QString& path)
{
    return pdf::writeA4Pdf(path, Tr::tr("Peer mentoring"), [&](QPainter& p) { paintMentoringReport(p, r); });
}

QImage renderMentoringReport(const analytics::MentoringReport& r)
{
    return pdf::renderA4([&](QPainter& p) { paintMentoringReport(p, r); });
}

} // namespace fb::report
