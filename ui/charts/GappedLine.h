#pragma once

// A metric over time as a line that leaves gaps where there is no value
// (not enough data is never drawn as a zero): one line per run of values,
// optionally a dot at every value so a run of one still shows. The first run
// names the series in the legend; later runs and the dots stay out of it.
// Shared by the trend charts (TrendChart.cpp, MonthTrendChart.cpp).
#include <QPen>
#include <QString>

#include <optional>
#include <vector>

class QAbstractAxis;
QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace fb::ui::charts {

void addGappedLine(QChart* chart, const std::vector<std::optional<double>>& values, const QPen& pen,
                   const QString& name, bool dots, QAbstractAxis* x, QAbstractAxis* y);

} // namespace fb::ui::charts
