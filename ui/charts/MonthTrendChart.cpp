#include "charts/MonthTrendChart.h"

#include "charts/GappedLine.h"
#include "charts/NiceAxis.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace fb::ui::charts {
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

    // Dots on both: a month between two months without a median is a run of one.
    addGappedLine(chart, d.solid, QPen(QColor(0x10, 0x10, 0x10), 2.2, Qt::SolidLine), d.solidName, true, x, y);
    addGappedLine(chart, d.dashed, QPen(QColor(0x80, 0x80, 0x80), 2, Qt::DashLine), d.dashedName, true, x, y);

    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 200);
    return view;
}

} // namespace fb::ui::charts
