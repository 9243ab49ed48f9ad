#pragma once

// The What-if tab: change the gate, the amount, or a component's weight,
// floor, target or minimum n, and see, before publishing, who gains and who
// loses and by how much on the period shown. The payouts
// are recomputed from the loaded sums (no store access); Publish asks the page
// to store the changed plan as a new version.
#include "pages/incentives/IncentiveSnapshot.h"

#include <QWidget>

#include <vector>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace fb::ui {

class ComponentEditor;

class WhatIfView final : public QWidget {
    Q_OBJECT
public:
    explicit WhatIfView(QWidget* parent = nullptr);
    void show(const IncentiveSnapshot& data);
    // The plan with the changes made in the form.
    [[nodiscard]] IncentivePlan changedPlan() const;
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QDoubleSpinBox* gate() const { return m_gate; }
    [[nodiscard]] QDoubleSpinBox* amount() const { return m_amount; }
    [[nodiscard]] ComponentEditor* components() const { return m_components; }
    [[nodiscard]] const std::vector<QDoubleSpinBox*>& weights() const;
    [[nodiscard]] QPushButton* publishButton() const { return m_publish; }
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] const std::vector<analytics::WhatIfRow>& rows() const { return m_rows; }

signals:
    void publishRequested(const IncentivePlan& plan);

private:
    void recompute();

    const IncentiveSnapshot* m_data = nullptr;
    QDoubleSpinBox* m_gate;
    QSpinBox* m_minEvaluations;
    QDoubleSpinBox* m_amount;
    QLabel* m_amountLabel;
    ComponentEditor* m_components;
    QLabel* m_summary;
    QPushButton* m_publish;
    QTableWidget* m_table;
    std::vector<analytics::WhatIfRow> m_rows;
};

} // namespace fb::ui
