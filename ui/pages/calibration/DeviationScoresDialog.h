#pragma once

// From a participant's deviation on the Agreement tab to the scores it was
// computed from: one row per interaction where both the participant's score
// and the reference exist (the anchor, the consensus or the median), so the
// count equals the figure's "Scores compared".
#include "pages/calibration/SessionView.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace fb::ui::calibration {

class DeviationScoresDialog final : public QDialog {
    Q_OBJECT
public:
    // attribute and participant index the session's rubric and participants.
    DeviationScoresDialog(const SessionViewPtr& view, std::size_t attribute, std::size_t participant, bool initialsOnly,
                          bool maskAgents, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QString summary() const;

private:
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace fb::ui::calibration
