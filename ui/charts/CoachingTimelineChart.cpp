#include "charts/CoachingTimelineChart.h"

#include "Theme.h"
#include "charts/ChartTheme.h"
#include "charts/NiceAxis.h"
#include "common/DateFormat.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fb::ui {

namespace {

qreal ms(QDate d)
{
    return qreal(d.startOfDay().toMSecsSinceEpoch());
}

} // namespace

QDate CoachingTimelineChart::startOf(const std::vector<Point>& points, const std::vector<Marker>& markers)
{
    if (points.empty())
        return QDate::currentDate();
    // The axis starts at the data (or at an earlier note in the window), not at the weeks before it.
    QDate first;
    for (const auto& p : points)
        if (p.value) {
            first = p.monday;
            break;
        }
    for (const auto& m : markers)
        if (m.date >= points.front().monday && (!first.isValid() || m.date < first))
            first = m.date.addDays(1 - m.date.dayOfWeek()); // its week's Monday
    return first.isValid() ? first : points.front().monday;
}

CoachingTimelineChart::CoachingTimelineChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(280);
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void CoachingTimelineChart::setData(const QString& title, const QString& unit, const std::vector<Point>& points,
                                    const std::vector<Marker>& markers, std::optional<double> target)
{
    auto* c = new QChart;
    charts::applyChartTheme(c);
    const QPalette pal = QGuiApplication::palette();
    const QColor value = theme::ink(theme::Ink::Primary, pal);
    c->setTitle(title);
    c->legend()->setAlignment(Qt::AlignBottom);
    auto* axisX = new QDateTimeAxis;
    axisX->setFormat(format::dateFormat());
    axisX->setTitleText(tr("Week (Monday)"));
    auto* axisY = new QValueAxis;
    axisY->setTitleText(unit);
    c->addAxis(axisX, Qt::AlignBottom);
    c->addAxis(axisY, Qt::AlignLeft);

    double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
    auto extend = [&](double v) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    };
    // One line per run of weeks with data; gaps stay gaps.
    auto* line = new QLineSeries;
    line->setName(tr("Weekly value"));
    auto* smallPts = new QScatterSeries;
    smallPts->setName(tr("Small sample"));
    smallPts->setMarkerSize(9);
    smallPts->setBrush(pal.color(QPalette::Base)); // hollow
    smallPts->setPen(QPen(value, 2));
    auto* solidPts = new QScatterSeries;
    solidPts->setName(tr("Enough data"));
    solidPts->setMarkerSize(8);
    solidPts->setColor(value);
    std::vector<QLineSeries*> lines{line};
    for (const auto& p : points) {
        if (!p.value) {
            if (lines.back()->count() > 0) {
                lines.push_back(new QLineSeries);
            }
            continue;
        }
        lines.back()->append(ms(p.monday), *p.value);
        (p.small ? smallPts : solidPts)->append(ms(p.monday), *p.value);
        extend(*p.value);
    }
    if (target)
        extend(*target);
    if (lo > hi) {
        lo = 0;
        hi = 1;
    }
    const double pad = (hi - lo) * 0.15 + (hi == lo ? 1.0 : 0.0);
    const double y0 = lo - pad;
    const double y1 = hi + pad;
    for (auto* l : lines) {
        l->setPen(QPen(value, 2));
        c->addSeries(l);
        l->attachAxis(axisX);
        l->attachAxis(axisY);
        if (l != line)
            c->legend()->markers(l).value(0)->setVisible(false);
    }
    for (auto* s : {solidPts, smallPts}) {
        c->addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    const QDate first = startOf(points, markers);
    const QDate last = points.empty() ? QDate::currentDate() : points.back().monday.addDays(6);
    if (target && !points.empty()) {
        auto* t = new QLineSeries;
        t->setName(tr("Target"));
        QPen pen(theme::ink(theme::Ink::Target, pal), 1.5, Qt::DashLine);
        t->setPen(pen);
        t->append(ms(first), *target);
        t->append(ms(last), *target);
        c->addSeries(t);
        t->attachAxis(axisX);
        t->attachAxis(axisY);
    }
    // Markers sit at the bottom of the plot, with their week's date; shape tells notes from follow-ups.
    auto* notes = new QScatterSeries;
    notes->setName(tr("▲ Coaching note"));
    notes->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    notes->setMarkerSize(14);
    notes->setColor(theme::ink(theme::Ink::Secondary, pal));
    auto* follow = new QScatterSeries;
    follow->setName(tr("■ Follow-up"));
    follow->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    follow->setMarkerSize(11);
    follow->setColor(theme::ink(theme::Ink::Tertiary, pal));
    const double markerY = y0 + (y1 - y0) * 0.05;
    for (const auto& m : markers) {
        if (m.date < first || m.date > last)
            continue;
        (m.followUp ? follow : notes)->append(ms(m.date), markerY);
    }
    for (auto* s : {notes, follow}) {
        s->setPointLabelsVisible(false);
        c->addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    axisX->setRange(first.startOfDay(), last.startOfDay());
    axisX->setTickCount(std::clamp(int(first.daysTo(last) / 28) + 1, 2, 8));
    charts::setNiceRange(axisY, y0, y1);
    QChart* old = chart();
    setChart(c);
    delete old;
}

} // namespace fb::ui
