#include "charts/ChartTheme.h"

#include "Theme.h"

#include <QChart>
#include <QLegend>

namespace fb::ui::charts {

void applyChartTheme(QChart* chart, const QPalette& palette)
{
    chart->setTheme(theme::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
}

} // namespace fb::ui::charts
