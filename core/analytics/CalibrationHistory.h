#pragma once

// Whether calibration converges over the months: per attribute, alpha of
// each session; per participant, the mean absolute deviation of each
// session from that session's reference (anchor, consensus or median, as in
// the session report). Participants are matched across sessions by name.
#include "analytics/CalibrationReport.h"

#include <QDate>

#include <string>
#include <vector>

namespace fb::analytics {

struct HistorySession final {
    std::string id;
    QDate heldOn;
    CalibrationInput input;
};

struct CalibrationHistory final {
    std::vector<std::string> sessions; // ids, oldest first
    std::vector<QDate> dates;
    std::vector<std::string> attributes;   // in first-seen order, then "overall"
    std::vector<std::string> participants; // in first-seen order
    // alpha[a][s]: nullopt where alpha is undefined or the session lacks the attribute.
    std::vector<std::vector<Cell>> alpha;
    // deviation[p][s]: mean absolute deviation in points on the 0-4
    // attributes; nullopt where p did not take part, was the anchor, or
    // nothing could be compared. compared[p][s]: scores behind it.
    std::vector<std::vector<Cell>> deviation;
    std::vector<std::vector<qint64>> compared;
    // bias[p][s]: mean signed deviation (> 0 lenient, < 0 strict), same scores.
    std::vector<std::vector<Cell>> bias;
};

// No bootstrap intervals here: alpha per session is what the chart draws.
Result<CalibrationHistory> calibrationHistory(const std::vector<HistorySession>& sessions);

} // namespace fb::analytics
