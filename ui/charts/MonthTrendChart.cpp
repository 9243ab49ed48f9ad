#include "charts/MonthTrendChart.h"

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
namespace {

// One line per run of months with a median (a month without one stays a gap),
// and the points as markers, so a single month between gaps still shows.
void addSeries(QChart* chart, const std::vector<std::optional<double>>& values, const QPen& pen,
               QScatterSeries::MarkerShape shape, const QString& name, QAbstractAxis* x, QAbstractAxis* y)
{
    auto* points = new QScatterSeries;
    points->setName(name);
    points->setMarkerShape(shape);
    points->setMarkerSize(8);
    points->setColor(pen.color());
    points->setBorderColor(pen.color());
    QLineSeries* line = nullptr;
    for (size_t i = 0; i < values.size(); ++i) {
        if (!values[i]) {
            line = nullptr;
            continue;
        }
        if (!line) {
            line = new QLineSeries;
            line->setPen(pen);
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            for (auto* m : chart->legend()->markers(line))
                m->setVisible(false); // the legend names the points' series once
        }
        line->append(double(i), *values[i]);
        points->append(double(i), *values[i]);
    }
    chart->addSeries(points);
    points->attachAxis(x);
    points->attachAxis(y);
}

} // namespace

QWidget* makeMonthTrendChart(const MonthTrendData& d, QWidget* parent)
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
    for (int i = 0; i < d.monthLabels.size(); ++i)
        x->append(d.monthLabels[i], i);
    x->setRange(-0.5, std::max<double>(0.5, d.monthLabels.size() - 0.5));
    x->setLabelsFont(small);
    x->setGridLineVisible(false);
    auto* y = new QValueAxis;
    y->setLabelsFont(small);
    y->setTitleText(d.yTitle);
    y->setTitleFont(small);
    double hi = 0;
    for (const auto* v : {&d.solid, &d.dashed})
        for (const auto& p : *v)
            if (p)
                hi = std::max(hi, *p);
    // Days start at 0: a trend from 4 to 6 days drawn from 3.8 would look like a tripling.
    setNiceRange(y, 0, std::max(1.0, hi * 1.1));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    addSeries(chart, d.solid, QPen(QColor(0x10, 0x10, 0x10), 2.2, Qt::SolidLine), QScatterSeries::MarkerShapeCircle,
              d.solidName, x, y);
    addSeries(chart, d.dashed, QPen(QColor(0x80, 0x80, 0x80), 2, Qt::DashLine), QScatterSeries::MarkerShapeRectangle,
              d.dashedName, x, y);

    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 200);
    return view;
}

} // namespace fb::ui::charts
