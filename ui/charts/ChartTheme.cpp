#include "charts/ChartTheme.h"

#include "Theme.h"

#include <QChart>
#include <QLegend>
#include <QLocale>

namespace fb::ui::charts {

void applyChartTheme(QChart* chart, const QPalette& palette)
{
    chart->setTheme(theme::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    // Axis numbers as the reader writes them ("0,5" in German): a value axis's
    // label format is printf's, in the C locale, unless the chart localizes it.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
}

} // namespace fb::ui::charts
