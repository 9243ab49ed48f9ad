#pragma once

// The frame both trend charts (TrendChart.cpp by week, MonthTrendChart.cpp by
// month) are drawn in, so they look alike: the chart with its legend below in
// a smaller font, the axis of periods, and the view around it.
#include <QFont>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QChart;
class QWidget;
QT_END_NAMESPACE

namespace fb::ui::charts {

// A chart with tight margins and the legend at the bottom; small is the
// legend's font, for the axes' labels too.
QChart* makeTrendFrame(const QString& title, QFont* small);
// The periods as categories at 0, 1, 2, ...: a label on every `every`-th
// period counted back from the last (so the last always has one), half a
// period of room at either end, no grid lines.
QCategoryAxis* makePeriodAxis(const QStringList& labels, int every, const QFont& small);
// The antialiased view a page shows, small enough for 1280x720.
QWidget* makeTrendView(QChart* chart, QWidget* parent);

} // namespace fb::ui::charts
