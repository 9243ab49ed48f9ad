#pragma once

// Qt Charts of calibration: whether the scorers converge over the sessions
// (mean absolute deviation per participant), whether agreement holds
// (Krippendorff's alpha per attribute against his 0.667 and 0.8 thresholds),
// and one session's deviations per attribute for the shared screen. Series
// differ by marker shape, dash pattern and fill pattern as well as colour,
// so the charts read in black and white and on a projector.
#include "analytics/CalibrationHistory.h"
#include "analytics/CalibrationReport.h"

#include <map>
#include <string>

class QChartView;
class QWidget;

namespace fb::ui {

// Krippendorff (2004): alpha >= 0.8 reliable, >= 0.667 for tentative conclusions.
inline constexpr double kTentativeAlpha = 0.667;
inline constexpr double kReliableAlpha = 0.8;

// Per participant, mean absolute deviation (points on the 0-4 attributes) over
// the sessions, x labelled by session date. A session a participant missed
// is a gap in their line. With initialsOnly, participants are named by their
// initials (from `initials` by name, else made from the name) so a shared
// screen does not show who is off.
QChartView* makeDeviationHistoryChart(const analytics::CalibrationHistory& history, QWidget* parent,
                                      bool initialsOnly = false,
                                      const std::map<std::string, std::string>* initials = nullptr);

// Per attribute and overall, Krippendorff's alpha over the sessions, with
// labelled reference lines at 0.667 (tentative) and 0.8 (reliable); y from
// min(0, lowest alpha) to 1. Undefined alphas are gaps.
QChartView* makeAlphaHistoryChart(const analytics::CalibrationHistory& history, QWidget* parent);

// One session: each participant's mean absolute deviation per attribute from
// the session's reference, as grouped horizontal bars with patterned fills.
QChartView* makeSessionDeviationChart(const analytics::CalibrationReport& report, QWidget* parent,
                                      bool initialsOnly = false,
                                      const std::map<std::string, std::string>* initials = nullptr);

// Multiplies every text of the chart (title, legend, axes, labels) and the
// marker sizes by scale, relative to how the chart was made: 1.0 restores
// it, 1.6 suits a meeting-room screen.
void setChartFontScale(QChartView* view, double scale);

} // namespace fb::ui
