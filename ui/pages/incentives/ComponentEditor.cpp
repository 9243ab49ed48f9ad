#include "pages/incentives/ComponentEditor.h"

#include "pages/incentives/IncentiveRows.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>

namespace fb::ui {
namespace {

// What the minimum n of a component counts (docs/csv-formats.md, "min_n"), as the
// spin box's suffix for n: the plural form follows the value ("1 contact").
QString countedBy(IncentiveMetric m, int n)
{
    switch (m) {
    case IncentiveMetric::Qa:
        return ComponentEditor::tr(" evaluation(s)", nullptr, n);
    case IncentiveMetric::Csat:
        return ComponentEditor::tr(" survey(s)", nullptr, n);
    case IncentiveMetric::Fcr:
        return ComponentEditor::tr(" known outcome(s)", nullptr, n);
    case IncentiveMetric::Contacts:
    case IncentiveMetric::HandleTime:
        break;
    }
    return ComponentEditor::tr(" contact(s)", nullptr, n);
}

} // namespace

ComponentEditor::ComponentEditor(QWidget* parent) : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    const QStringList headers{tr("Component"), tr("Weight"), tr("Floor (scores 0)"), tr("Target (scores 1)"),
                              tr("Minimum n")};
    for (int c = 0; c < headers.size(); ++c) {
        auto* h = new QLabel(QStringLiteral("<b>%1</b>").arg(headers[c].toHtmlEscaped()), this);
        m_grid->addWidget(h, 0, c);
    }
}

void ComponentEditor::clear()
{
    for (QWidget* w : m_rowWidgets)
        delete w;
    m_rowWidgets.clear();
    m_weights.clear();
    m_floors.clear();
    m_targets.clear();
    m_minNs.clear();
}

QDoubleSpinBox* ComponentEditor::valueBox(IncentiveMetric m, double value, const QString& name)
{
    auto* box = new QDoubleSpinBox(this);
    // The unit of the metric decides the range and the steps a lead can type.
    switch (m) {
    case IncentiveMetric::Qa:
        box->setRange(0, 100);
        box->setDecimals(1);
        box->setSuffix(tr(" points"));
        break;
    case IncentiveMetric::Csat:
    case IncentiveMetric::Fcr:
        box->setRange(0, 1);
        box->setDecimals(3);
        box->setSingleStep(0.01);
        box->setSuffix(tr(" (share)"));
        break;
    case IncentiveMetric::Contacts:
        box->setRange(0, 100'000);
        box->setDecimals(0);
        box->setSingleStep(50);
        box->setSuffix(countedBy(m, qRound(value)));
        connect(box, &QDoubleSpinBox::valueChanged, box,
                [box, m](double v) { box->setSuffix(countedBy(m, qRound(v))); });
        break;
    case IncentiveMetric::HandleTime:
        box->setRange(0, 100'000);
        box->setDecimals(0);
        box->setSingleStep(10);
        box->setSuffix(tr(" s"));
        break;
    }
    box->setValue(value);
    box->setAccessibleName(name);
    connect(box, &QDoubleSpinBox::valueChanged, this, &ComponentEditor::changed);
    return box;
}

void ComponentEditor::setComponents(const std::vector<IncentiveComponent>& components)
{
    clear();
    int row = 1;
    for (const IncentiveComponent& c : components) {
        const QString label = IncentiveRows::componentLabel(c.metric);
        auto* name = new QLabel(label, this);
        auto* weight = new QDoubleSpinBox(this);
        weight->setRange(0, 100);
        weight->setDecimals(2);
        weight->setSingleStep(0.05);
        weight->setValue(c.weight);
        weight->setAccessibleName(tr("Weight of %1").arg(label));
        connect(weight, &QDoubleSpinBox::valueChanged, this, &ComponentEditor::changed);
        QDoubleSpinBox* floor = valueBox(c.metric, c.floor, tr("Floor of %1").arg(label));
        QDoubleSpinBox* target = valueBox(c.metric, c.target, tr("Target of %1").arg(label));
        auto* minN = new QSpinBox(this);
        minN->setRange(1, 100'000);
        minN->setValue(static_cast<int>(c.minN));
        minN->setSuffix(countedBy(c.metric, minN->value()));
        connect(minN, &QSpinBox::valueChanged, minN, [minN, m = c.metric](int v) { minN->setSuffix(countedBy(m, v)); });
        minN->setAccessibleName(tr("Minimum n of %1").arg(label));
        connect(minN, &QSpinBox::valueChanged, this, &ComponentEditor::changed);
        const std::vector<QWidget*> cells{name, weight, floor, target, minN};
        for (int col = 0; col < static_cast<int>(cells.size()); ++col) {
            m_grid->addWidget(cells[static_cast<size_t>(col)], row, col);
            m_rowWidgets.push_back(cells[static_cast<size_t>(col)]);
        }
        m_weights.push_back(weight);
        m_floors.push_back(floor);
        m_targets.push_back(target);
        m_minNs.push_back(minN);
        ++row;
    }
}

void ComponentEditor::apply(std::vector<IncentiveComponent>& components) const
{
    for (size_t i = 0; i < components.size() && i < m_weights.size(); ++i) {
        components[i].weight = m_weights[i]->value();
        components[i].floor = m_floors[i]->value();
        components[i].target = m_targets[i]->value();
        components[i].minN = m_minNs[i]->value();
    }
}

} // namespace fb::ui
