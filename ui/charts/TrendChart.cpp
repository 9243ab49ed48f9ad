#include "charts/TrendChart.h"

#include "charts/GappedLine.h"
#include "charts/NiceAxis.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fb::ui::charts {
QWidget* makeTrendChart(const TrendData& d, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(d.title);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);

    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < d.weekLabels.size(); ++i)
        if (i % 2 == (d.weekLabels.size() - 1) % 2) // every other week, always the last
            x->append(d.weekLabels[i], i);
    x->setRange(-0.5, std::max<double>(0.5, d.weekLabels.size() - 0.5));
    x->setLabelsFont(small);
    x->setGridLineVisible(false);
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

    QPen teamPen(QColor(0x80, 0x80, 0x80), 2, Qt::DashLine);
    addGappedLine(chart, d.team, teamPen, d.teamName, false, x, y);
    QPen agentPen(QColor(0x10, 0x10, 0x10), 2.2, Qt::SolidLine);
    addGappedLine(chart, d.agent, agentPen, d.agentName, true, x, y);

    if (!d.markerWeeks.empty()) {
        auto* marks = new QScatterSeries;
        marks->setName(d.markerName);
        marks->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        marks->setMarkerSize(11);
        marks->setColor(Qt::white);
        marks->setBorderColor(Qt::black);
        for (int w : d.markerWeeks)
            marks->append(double(w), markerY);
        chart->addSeries(marks);
        marks->attachAxis(x);
        marks->attachAxis(y);
    }

    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 200);
    return view;
}

} // namespace fb::ui::charts
