#pragma once

// The Plan tab: the components of the chosen version, its gate in words, and
// every published version (editing a plan stores a new one: `floorboard-cli
// incentive plan import`, or What-if's Publish).
#include "pages/incentives/IncentiveSnapshot.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace fb::ui {

class PlanView final : public QWidget {
    Q_OBJECT
public:
    explicit PlanView(QWidget* parent = nullptr);
    void show(const IncentiveSnapshot& data);
    [[nodiscard]] QTableWidget* components() const { return m_components; }
    [[nodiscard]] QTableWidget* versions() const { return m_versions; }
    [[nodiscard]] QString gateText() const;

private:
    QLabel* m_gate;
    QTableWidget* m_components;
    QTableWidget* m_versions;
};

} // namespace fb::ui
