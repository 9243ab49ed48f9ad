#include "charts/MonthTrendChart.h"

#include "Theme.h"
#include "charts/ChartTheme.h"
#include "charts/GappedLine.h"
#include "charts/NiceAxis.h"
#include "charts/TrendParts.h"

#include <QCategoryAxis>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

namespace fb::ui::charts {
QWidget* makeMonthTrendChart(const MonthTrendData& d, QWidget* parent)
{
    QFont small;
    QChart* chart = makeTrendFrame(d.title, &small);
    QCategoryAxis* x = makePeriodAxis(d.monthLabels, 1, small);
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
    addGappedLine(chart, d.solid, QPen(theme::ink(theme::Ink::Text, QGuiApplication::palette()), 2.2, Qt::SolidLine),
                  d.solidName, true, x, y);
    addGappedLine(chart, d.dashed, QPen(theme::ink(theme::Ink::Muted, QGuiApplication::palette()), 2, Qt::DashLine),
                  d.dashedName, true, x, y);

    return makeTrendView(chart, parent);
}

} // namespace fb::ui::charts
