#pragma once

#include "store/ProgramStore.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;

namespace fb::analytics {
struct ProgramReport;
}

namespace fb::ui {

// Friction to flow, weeks 1-2: the pulse before and after, the frictions of the
// feedback tickets ranked, and the top three as the lead confirms them.
class BaselineTab final : public QWidget {
    Q_OBJECT
public:
    explicit BaselineTab(QWidget* parent = nullptr);
    void present(const analytics::ProgramReport& r);

signals:
    void confirmRequested(const std::vector<ConfirmedFriction>& chosen);

private:
    void confirm();

    QTableWidget* m_pulse;
    QTableWidget* m_frictions;
    QComboBox* m_confirm[3] = {};
    QComboBox* m_confirmDim[3] = {};
    QLabel* m_confirmState;
};

} // namespace fb::ui
