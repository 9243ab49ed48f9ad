#pragma once

// Qt Charts of a friction-to-flow program: a weekly metric over the eight
// weeks with its phase bands and fix markers, and the pulse dimensions
// before and after. Phases are told apart by labelled grey/white bands and
// the before/after bars by fill pattern, never by colour alone.
#include "analytics/ProgramReport.h"

class QChartView;
class QWidget;

namespace fb::ui {

// metric values are multiplied by unit (100 for proportions in percent).
QChartView* makeWeeklyChart(const analytics::ProgramReport& report, analytics::ProgramMetric metric, double unit,
                            QWidget* parent);
QChartView* makePulseChart(const analytics::ProgramReport& report, QWidget* parent);

} // namespace fb::ui
