#pragma once

// The What-if tab's grid of a plan's components: per component its weight,
// floor, target and minimum n, each a spin box in the component's unit
// (points, shares 0-1, contacts, seconds), reachable by Tab. It only edits
// numbers: which components a plan has is the plan file's business.
//     editor->setComponents(plan.components); editor->apply(plan.components);
#include "domain/Incentive.h"

#include <QWidget>

#include <vector>

class QDoubleSpinBox;
class QGridLayout;
class QSpinBox;

namespace fb::ui {

class ComponentEditor final : public QWidget {
    Q_OBJECT
public:
    explicit ComponentEditor(QWidget* parent = nullptr);
    // Replaces the grid with one row per component, showing its values.
    void setComponents(const std::vector<IncentiveComponent>& components);
    // Writes the grid's values into the same components (same order, same metrics).
    void apply(std::vector<IncentiveComponent>& components) const;

    [[nodiscard]] const std::vector<QDoubleSpinBox*>& weights() const { return m_weights; }
    [[nodiscard]] const std::vector<QDoubleSpinBox*>& floors() const { return m_floors; }
    [[nodiscard]] const std::vector<QDoubleSpinBox*>& targets() const { return m_targets; }
    [[nodiscard]] const std::vector<QSpinBox*>& minimumNs() const { return m_minNs; }

signals:
    void changed();

private:
    QDoubleSpinBox* valueBox(IncentiveMetric m, double value, const QString& name);
    void clear();

    QGridLayout* m_grid;
    std::vector<QWidget*> m_rowWidgets; // everything below the header, deleted on the next setComponents
    std::vector<QDoubleSpinBox*> m_weights;
    std::vector<QDoubleSpinBox*> m_floors;
    std::vector<QDoubleSpinBox*> m_targets;
    std::vector<QSpinBox*> m_minNs;
};

} // namespace fb::ui
