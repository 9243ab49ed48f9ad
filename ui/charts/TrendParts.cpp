#include "charts/TrendParts.h"

#include "charts/ChartTheme.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QPainter>

#include <algorithm>

namespace fb::ui::charts {

QChart* makeTrendFrame(const QString& title, QFont* small)
{
    auto* chart = new QChart;
    applyChartTheme(chart);
    chart->setTitle(title);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    *small = chart->legend()->font();
    small->setPointSizeF(small->pointSizeF() * 0.85);
    chart->legend()->setFont(*small);
    return chart;
}

QCategoryAxis* makePeriodAxis(const QStringList& labels, int every, const QFont& small)
{
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int n = static_cast<int>(labels.size());
    for (int i = 0; i < n; ++i)
        if ((n - 1 - i) % every == 0)
            x->append(labels[i], i);
    x->setRange(-0.5, std::max<double>(0.5, n - 0.5));
    x->setLabelsFont(small);
    x->setGridLineVisible(false);
    return x;
}

QWidget* makeTrendView(QChart* chart, QWidget* parent)
{
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 200);
    return view;
}

} // namespace fb::ui::charts
