#pragma once

// Everything the calibration page shows about one session, read and
// computed together on the page's worker thread: the session report's data
// (the same the PDF and CSV report draw: scores, reveal table, statistics,
// agreed scores with notes), how far each participant is, agent names and
// the rubric's descriptions. Immutable once loaded; the panels share it
// through a shared_ptr.
#include "analytics/CalibrationSessionData.h"
#include "store/CalibrationStore.h"

#include <QString>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace fb::store {
class Database;
}

namespace fb::ui::calibration {

struct SessionView final {
    analytics::CalibrationSessionReportData data;
    std::vector<ScoringProgress> progress;
    std::map<std::string, QString> agentNames;               // agent id -> name
    std::map<std::string, std::string> descriptions;         // attribute -> rubric description
    std::map<std::string, std::vector<std::string>> anchors; // attribute -> level descriptions

    // "Agent A", "Agent B" … in the order agents first appear in the
    // session, when masked; else "Name (id)".
    [[nodiscard]] QString agentLabel(std::size_t unit, bool masked) const;
    // Initials or full name.
    [[nodiscard]] QString participantLabel(std::size_t participant, bool initials) const;
    [[nodiscard]] const analytics::AgreedScore* agreed(const std::string& interactionId,
                                                       const std::string& attribute) const;
    [[nodiscard]] bool allScored() const; // every participant gave every score
    // What deviations are measured from, in words; the anchor by initials when asked.
    [[nodiscard]] QString referenceText(bool initials = false) const;
};

using SessionViewPtr = std::shared_ptr<const SessionView>;

// Reads and computes the view; resamples of the alpha interval as in the CLI report.
Result<SessionView> loadSessionView(store::Database& db, const std::string& sessionId,
                                    int resamples = analytics::kDefaultResamples);

// "3", "NA" / "—", "yes"/"no" on yes/no attributes.
QString scoreText(const analytics::Cell& score, bool yesNo);
// "+1", "−0.5", "0" (up to `decimals` decimals).
QString deviationText(double deviation, int decimals = 1);
// A number with up to `decimals` decimals and no trailing zeros.
QString numberText(double value, int decimals = 2);

} // namespace fb::ui::calibration
