#include "charts/TrendChart.h"

#include "Theme.h"
#include "charts/ChartTheme.h"
#include "charts/GappedLine.h"
#include "charts/NiceAxis.h"
#include "charts/TrendParts.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fb::ui::charts {
QWidget* makeTrendChart(const TrendData& d, QWidget* parent)
{
    QFont small;
    QChart* chart = makeTrendFrame(d.title, &small);
    QCategoryAxis* x = makePeriodAxis(d.weekLabels, 2, small); // every other week, always the last
    auto* y = new QValueAxis;
    y->setLabelsFont(small);
    double lo = INFINITY, hi = -INFINITY;
    for (const auto* v : {&d.agent, &d.team})
        for (const auto& p : *v)
            if (p) {
                lo = std::min(lo, *p);
                hi = std::max(hi, *p);
            }
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    const double pad = std::max((hi - lo) * 0.15, std::abs(hi) * 0.02 + 1e-9);
    // Room below the data for the coaching markers; never below 0 for metrics that cannot be negative.
    const double bottom = lo >= 0 ? std::max(0.0, lo - 2 * pad) : lo - 2 * pad;
    setNiceRange(y, bottom, d.yMax ? std::min(*d.yMax, hi + pad) : hi + pad);
    const double markerY = y->min() + (y->max() - y->min()) * 0.06;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    const QPalette pal = QGuiApplication::palette();
    QPen teamPen(theme::ink(theme::Ink::Muted, pal), 2, Qt::DashLine);
    addGappedLine(chart, d.team, teamPen, d.teamName, false, x, y);
    QPen agentPen(theme::ink(theme::Ink::Text, pal), 2.2, Qt::SolidLine);
    addGappedLine(chart, d.agent, agentPen, d.agentName, true, x, y);

    if (!d.markerWeeks.empty()) {
        auto* marks = new QScatterSeries;
        marks->setName(d.markerName);
        marks->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        marks->setMarkerSize(11);
        marks->setColor(pal.color(QPalette::Base)); // hollow
        marks->setBorderColor(theme::ink(theme::Ink::Text, pal));
        for (int w : d.markerWeeks)
            marks->append(double(w), markerY);
        chart->addSeries(marks);
        marks->attachAxis(x);
        marks->attachAxis(y);
    }

    return makeTrendView(chart, parent);
}

} // namespace fb::ui::charts
