#include "ProgramPdf.h"

#include "PdfParts.h"
#include "analytics/ProgramWorth.h"
#include "common/DateFormat.h"
#include "common/Format.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace fb::report {
namespace {

using analytics::ProgramMetric;

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::report::ProgramPdf)
};

// Units, fonts, wrapped text and headings are shared with the other reports (PdfParts.h).
using pdf::font;
using pdf::heading;
using pdf::kDpi;
using pdf::P;
using pdf::text;

QString num(ProgramMetric m, double v)
{
    return analytics::formatValue(m, v);
}

QString ciText(ProgramMetric m, const analytics::TwoSample& s)
{
    if (!s.low || !s.high)
        return QStringLiteral("-");
    const double k = analytics::isProportion(m) ? 100.0 : 1.0;
    const int d = m == ProgramMetric::Aht ? 0 : 1;
    return Tr::tr("%1 to %2").arg(format::number(*s.low * k, d), format::number(*s.high * k, d));
}

} // namespace

void drawWeeklyChart(QPainter& p, const QRectF& rect, const analytics::ProgramReport& r, ProgramMetric metric,
                     double unit)
{
    p.save();
    const QFont small = font(6);
    p.setFont(small);
    const QFontMetricsF fm(small, p.device());
    const double labelW = fm.horizontalAdvance(QStringLiteral("100.0")) + P(3);
    const double titleH = fm.height() * 1.6;
    const QRectF plot(rect.left() + labelW, rect.top() + titleH + fm.height(), rect.width() - labelW - P(2),
                      rect.height() - titleH - 2 * fm.height() - P(3));
    // Title
    p.setFont(font(7.5, true));
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleH), Qt::AlignLeft | Qt::AlignVCenter,
               analytics::metricLabel(metric) + (analytics::isProportion(metric) ? Tr::tr(" (%)") : QString()));
    p.setFont(small);
    // Phase bands: alternating grey and white, each labelled, so print in B/W still reads.
    const double weekW = plot.width() / analytics::kProgramWeeks;
    const QStringList shortNames = {Tr::tr("Base"), Tr::tr("Fixes"), Tr::tr("Recog."), Tr::tr("Compare")};
    for (int ph = 0; ph < 4; ++ph) {
        const QRectF band(plot.left() + ph * 2 * weekW, plot.top(), 2 * weekW, plot.height());
        if (ph % 2 == 0)
            p.fillRect(band, QColor(232, 232, 232));
        p.setPen(Qt::black);
        p.drawText(QRectF(band.left(), plot.top() - fm.height(), band.width(), fm.height()), Qt::AlignCenter,
                   shortNames[ph]);
    }
    // Values
    std::vector<std::pair<int, double>> pts;
    for (int w = 0; w < analytics::kProgramWeeks; ++w)
        if (const auto v = r.weeks[static_cast<size_t>(w)].value(metric))
            pts.emplace_back(w, *v * unit);
    double lo = 0, hi = 1;
    if (!pts.empty()) {
        lo = hi = pts.front().second;
        for (const auto& [w, v] : pts) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        const double pad = std::max((hi - lo) * 0.15, std::max(std::abs(hi) * 0.02, 0.5));
        lo -= pad;
        hi += pad;
        if (lo < 0 && pts.front().second >= 0)
            lo = std::max(lo, 0.0);
    }
    const auto yOf = [&](double v) { return plot.bottom() - (v - lo) / (hi - lo) * plot.height(); };
    const auto xOf = [&](int w) { return plot.left() + (w + 0.5) * weekW; };
    p.setPen(QPen(Qt::black, P(0.4)));
    p.drawRect(plot);
    for (int i = 0; i <= 2; ++i) {
        const double v = lo + (hi - lo) * i / 2.0;
        p.drawText(QRectF(rect.left(), yOf(v) - fm.height() / 2, labelW - P(2), fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, format::number(v, 1));
    }
    for (int w = 0; w < analytics::kProgramWeeks; ++w)
        p.drawText(QRectF(plot.left() + w * weekW, plot.bottom() + P(1), weekW, fm.height()), Qt::AlignCenter,
                   QString::number(w + 1));
    // Fix markers: dashed line with the fix number.
    for (const auto& f : r.fixes) {
        const qint64 off = r.program.start.daysTo(f.fixedOn);
        if (off < 0 || off >= analytics::kProgramDays)
            continue;
        const double x = plot.left() + off / 7.0 * weekW;
        p.setPen(QPen(Qt::black, P(0.6), Qt::DashLine));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(Qt::black);
        p.drawText(QRectF(x + P(1), plot.top() + P(1), P(20), fm.height()), Qt::AlignLeft, Tr::tr("#%1").arg(f.id));
    }
    // Line with square markers.
    p.setPen(QPen(Qt::black, P(1)));
    for (size_t i = 1; i < pts.size(); ++i)
        p.drawLine(QPointF(xOf(pts[i - 1].first), yOf(pts[i - 1].second)),
                   QPointF(xOf(pts[i].first), yOf(pts[i].second)));
    p.setBrush(Qt::black);
    for (const auto& [w, v] : pts)
        p.drawRect(QRectF(xOf(w) - P(1.2), yOf(v) - P(1.2), P(2.4), P(2.4)));
    p.restore();
}

Status writeProgramPdf(const analytics::ProgramReport& r, const QString& path)
{
    // Drawn in memory and saved atomically: a failed run never leaves half a
    // PDF over a good one.
    return pdf::writeA4Pdf(path, Tr::tr("%1: friction to flow").arg(QString::fromStdString(r.program.name)),
                           [&](QPainter& p) { paintProgramReport(p, r); });
}

QImage renderProgramReport(const analytics::ProgramReport& r)
{
    QImage image(static_cast<int>(P(595)), static_cast<int>(P(842)), QImage::Format_RGB32);
    image.setDotsPerMeterX(static_cast<int>(kDpi / 0.0254));
    image.setDotsPerMeterY(static_cast<int>(kDpi / 0.0254));
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintProgramReport(p, r);
    return image;
}

QString pulseCellText(const analytics::PulseSummary& s, size_t d)
{
    if (s.hidden)
        return Tr::tr("hidden (%1 resp.)").arg(s.responses);
    if (!s.mean[d])
        return s.n[d] == 0 ? Tr::tr("no answers") : Tr::tr("n %1 < 5").arg(s.n[d]);
    return Tr::tr("%1 (n %2)").arg(format::number(*s.mean[d], 2)).arg(s.n[d]);
}

void paintProgramReport(QPainter& p, const analytics::ProgramReport& r)
{
    p.setPen(Qt::black);
    const double left = P(40);
    const double width = P(595 - 80);
    double y = P(36);
    const QFont body = font(8);
    const QFont bodyBold = font(8, true);

    // Header
    y += text(p, left, y, width, Tr::tr("%1: friction to flow").arg(QString::fromStdString(r.program.name)),
              font(16, true));
    QStringList teams;
    for (const auto& t : r.program.teams)
        teams << QString::fromStdString(t);
    const int week = r.weekOf(r.today);
    QString when;
    if (week < 1)
        when = Tr::tr("not started yet");
    else if (week > analytics::kProgramWeeks)
        when = Tr::tr("complete");
    else
        when = Tr::tr("week %1 of 8, %2").arg(week).arg(analytics::phaseName(analytics::phaseOfWeek(week)));
    y += text(p, left, y, width,
              Tr::tr("Teams: %1. Weeks 1-8: %2 to %3. As of %4 (%5). %6 interactions.")
                  .arg(teams.join(QStringLiteral(", ")), format::date(r.program.start), format::date(r.end.addDays(-1)),
                       format::date(r.today), when)
                  .arg(r.interactions),
              font(8.5));
    y += P(8);

    // What we heard
    y += heading(p, left, y, width, Tr::tr("What we heard (weeks 1-2)"));
    const double half = width / 2 - P(6);
    double yl = y, yr = y;
    yl += text(p, left, yl, half, Tr::tr("Top frictions from feedback tickets"), bodyBold);
    std::vector<std::pair<QString, QString>> frictions;
    if (!r.confirmed.empty()) {
        for (const auto& c : r.confirmed) {
            QString counts = Tr::tr("confirmed by the lead");
            for (const auto& f : r.rankedFrictions)
                if (f.friction == c.friction)
                    counts = Tr::tr("tickets: %1, agents: %2").arg(f.tickets).arg(f.agents);
            frictions.emplace_back(QString::fromStdString(c.friction),
                                   Tr::tr("%1; pulse: %2").arg(counts, analytics::dimensionLabel(c.dimension)));
        }
    } else {
        for (size_t i = 0; i < std::min<size_t>(3, r.rankedFrictions.size()); ++i) {
            const auto& f = r.rankedFrictions[i];
            frictions.emplace_back(QString::fromStdString(f.friction),
                                   Tr::tr("tickets: %1, agents: %2; pulse: %3 (not yet confirmed)")
                                       .arg(f.tickets)
                                       .arg(f.agents)
                                       .arg(analytics::dimensionLabel(f.dimension)));
        }
    }
    if (frictions.empty())
        yl += text(p, left, yl, half, Tr::tr("No feedback ticket with a friction tag in weeks 1-2."), body);
    int rank = 0;
    for (const auto& [name, detail] : frictions)
        yl += text(p, left, yl, half, Tr::tr("%1. %2: %3").arg(++rank).arg(name, detail), body);

    const double rx = left + half + P(12);
    yr += text(p, rx, yr, half, Tr::tr("Pulse (1-5), mean and n; each dimension shown from 5 answers"), bodyBold);
    const double c1 = half * 0.44, c2 = half * 0.28;
    p.setFont(bodyBold);
    p.drawText(QRectF(rx, yr, c1, P(11)), Qt::AlignLeft, Tr::tr("Dimension"));
    p.drawText(QRectF(rx + c1, yr, c2, P(11)), Qt::AlignRight, Tr::tr("Weeks 1-2"));
    p.drawText(QRectF(rx + c1 + c2, yr, c2, P(11)), Qt::AlignRight, Tr::tr("Weeks 7-8"));
    yr += P(11);
    p.setFont(body);
    for (size_t d = 0; d < 5; ++d) {
        p.drawText(QRectF(rx, yr, c1, P(10)), Qt::AlignLeft, analytics::dimensionLabel(kPulseDimensionNames[d]));
        p.drawText(QRectF(rx + c1, yr, c2, P(10)), Qt::AlignRight, pulseCellText(r.pulseBefore, d));
        p.drawText(QRectF(rx + c1 + c2, yr, c2, P(10)), Qt::AlignRight, pulseCellText(r.pulseAfter, d));
        yr += P(10);
    }
    y = std::max(yl, yr) + P(8);

    // What we fixed
    y += heading(p, left, y, width, Tr::tr("What we fixed (blockers retired)"));
    if (r.fixes.empty())
        y += text(p, left, y, width, Tr::tr("No fix logged."), body);
    const size_t shown = std::min<size_t>(6, r.fixes.size());
    for (size_t i = 0; i < shown; ++i) {
        const auto& f = r.fixes[i];
        QStringList qs;
        for (const auto& q : f.queues)
            qs << QString::fromStdString(q);
        QString line = Tr::tr("#%1  %2  %3 [%4]: %5")
                           .arg(f.id)
                           .arg(format::date(f.fixedOn), QString::fromStdString(f.friction),
                                f.allQueues() ? Tr::tr("all queues") : qs.join(QStringLiteral(", ")),
                                QString::fromStdString(f.what));
        if (!f.owner.empty())
            line += Tr::tr(" (owner: %1)").arg(QString::fromStdString(f.owner));
        y += text(p, left, y, width, line, body);
    }
    if (r.fixes.size() > shown)
        y += text(p, left, y, width, Tr::tr("... and %1 more in the fixes log.").arg(r.fixes.size() - shown), body);
    y += P(8);

    // What changed
    y += heading(p, left, y, width, Tr::tr("What changed (weeks 7-8 against weeks 1-2)"));
    const std::vector<double> cols = {0.22, 0.12, 0.12, 0.16, 0.12, 0.16, 0.10};
    const QStringList headers = {Tr::tr("Metric"), Tr::tr("Weeks 1-2"), Tr::tr("Weeks 7-8"), Tr::tr("n before / after"),
                                 Tr::tr("Change"), Tr::tr("95% CI"),    Tr::tr("p (Holm)")};
    const auto row = [&](const QStringList& cells, const QFont& f) {
        p.setFont(f);
        double x = left;
        for (int i = 0; i < cells.size(); ++i) {
            const double w = width * cols[static_cast<size_t>(i)];
            p.drawText(QRectF(x, y, w - P(3), P(10)), (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                       cells[i]);
            x += w;
        }
        y += P(10.5);
    };
    row(headers, bodyBold);
    p.setPen(QPen(Qt::black, P(0.3)));
    p.drawLine(QPointF(left, y), QPointF(left + width, y));
    for (const auto& c : r.comparison) {
        QStringList cells{analytics::metricLabel(c.metric)};
        if (c.stats) {
            const auto& s = *c.stats;
            const QString change = analytics::formatChange(c.metric, s.change);
            cells << num(c.metric, s.pre) << num(c.metric, s.post) << Tr::tr("%1 / %2").arg(c.nPre).arg(c.nPost)
                  << change << ciText(c.metric, s)
                  << (r.incomplete()
                          ? Tr::tr("none")
                          : format::pValue(c.pHolm).remove(QStringLiteral("p = ")).remove(QStringLiteral("p ")));
        } else {
            cells << Tr::tr("-") << Tr::tr("-") << Tr::tr("%1 / %2").arg(c.nPre).arg(c.nPost) << Tr::tr("no data")
                  << QString() << QString();
        }
        row(cells, body);
    }
    y += P(6);
    const double chartW = (width - 2 * P(10)) / 3;
    const double chartH = P(100);
    drawWeeklyChart(p, QRectF(left, y, chartW, chartH), r, ProgramMetric::Fcr, 100.0);
    drawWeeklyChart(p, QRectF(left + chartW + P(10), y, chartW, chartH), r, ProgramMetric::Dpti, 1.0);
    drawWeeklyChart(p, QRectF(left + 2 * (chartW + P(10)), y, chartW, chartH), r, ProgramMetric::Rework, 100.0);
    y += chartH + P(2);
    y +=
        text(p, left, y, width,
             Tr::tr("Weekly values of the program's teams; grey and white bands are the four phases (labelled); dashed "
                    "lines mark fixes by their number in the log."),
             font(6.5));
    y += P(4);
    if (r.incomplete())
        y += text(p, left, y, width, analytics::incompleteNote(r.comparisonDays), bodyBold) + P(2);
    for (const auto& s : analytics::programSummary(r))
        y += text(p, left, y, width, s, body) + P(2);
    y += P(6);

    // What it is worth next cycle
    y += heading(p, left, y, width, Tr::tr("What it is worth next cycle"));
    if (r.worthNextCycle.empty())
        y += text(p, left, y, width, Tr::tr("Nothing can be claimed yet: weeks 7-8 have no data."), body);
    for (const auto& w : r.worthNextCycle)
        y += text(p, left, y, width, Tr::tr("- %1").arg(w), body);

    // Method
    const double footerY = P(842 - 52);
    text(p, left, std::max(y + P(6), footerY), width,
         Tr::tr(
             "Method: pre = weeks 1-2, post = weeks 7-8, interactions of the teams' agents. Every comparison is a "
             "least-squares regression on the interaction-level outcome with errors clustered by agent (CR1), 95% "
             "intervals and p from t with agents - 1 degrees of freedom; p values Holm-adjusted within each table, and "
             "only an adjusted p below 0.05 counts as significant. A fix is credited by difference-in-differences "
             "against the interactions no fix touched, and only when its scope overlaps no other fix and each cell "
             "has 100 interactions or more. Details: docs/friction-to-flow.md."),
         font(6.5));
}

} // namespace fb::report
