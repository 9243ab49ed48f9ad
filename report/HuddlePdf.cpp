#include "HuddlePdf.h"

#include "PdfParts.h"

#include <QCoreApplication>
#include <QPainter>

namespace fb::report {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::report::HuddlePdf)
};

using pdf::font;
using pdf::kDpi;
using pdf::P;

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// "Ana Ruiz (Team North) — productive empathy, from Tom Becker (lead): <evidence> (<outcome>)"
QString line(const analytics::HuddleRow& h)
{
    const Recognition& r = *h.recognition;
    QString s = Tr::tr("%1 (%2) — %3").arg(q(h.agentName), q(h.team), q(r.behavior));
    if (!h.from.isEmpty())
        s += Tr::tr(", from %1").arg(h.from);
    if (!r.evidence.empty())
        s += QStringLiteral(": ") + q(r.evidence);
    if (!r.outcome.empty())
        s += QStringLiteral(" (") + q(r.outcome) + QLatin1Char(')');
    return s;
}

} // namespace

int paintHuddle(QPainter& p, const std::vector<analytics::HuddleRow>& rows, const QString& title)
{
    const double left = P(48);
    const double width = P(595 - 96);
    const double bottom = P(842 - 60); // the foot line goes below
    double y = P(48);
    y += pdf::text(p, left, y, width, title, font(16, true)) + P(10);
    const QFont body = font(10);
    if (rows.empty()) {
        pdf::text(p, left, y, width, Tr::tr("No public recognitions this week."), body);
        return 0;
    }
    int omitted = 0;
    for (const auto& h : rows) {
        const QString text = line(h);
        if (const auto height = pdf::bullet(p, left, y, width, P(12), bottom, text, body))
            y += *height + P(5);
        else
            ++omitted;
    }
    const QString foot =
        omitted > 0
            ? Tr::tr("%1 of %2 shout-outs shown; %3 did not fit: see the CSV or Markdown list.")
                  .arg(rows.size() - size_t(omitted))
                  .arg(rows.size())
                  .arg(omitted)
            : Tr::tr("%n shout-out(s); private recognitions are not on this list.", "", static_cast<int>(rows.size()));
    pdf::text(p, left, P(842 - 52), width, foot, font(8, true));
    return omitted;
}

Status writeHuddlePdf(const std::vector<analytics::HuddleRow>& rows, const QString& title, const QString& path)
{
    return pdf::writeA4Pdf(path, title, [&](QPainter& p) { paintHuddle(p, rows, title); });
}

QImage renderHuddle(const std::vector<analytics::HuddleRow>& rows, const QString& title)
{
    return pdf::renderA4([&](QPainter& p) { paintHuddle(p, rows, title); });
}

} // namespace fb::report
