#pragma once

#include "analytics/ScorecardDefinition.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace fb::ui::scorecards {

// Edits metrics (in use or not), perspectives, floors, targets, weights and
// minimum samples; saving stores a new definition version (the page does it).
class DefinitionDialog final : public QDialog {
    Q_OBJECT
public:
    explicit DefinitionDialog(const analytics::ScorecardDefinition& base, QWidget* parent = nullptr);
    [[nodiscard]] analytics::ScorecardDefinition definition() const;

private:
    void check();
    int m_baseVersion = 0;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_note = nullptr;
    QDoubleSpinBox* m_gate = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace fb::ui::scorecards
