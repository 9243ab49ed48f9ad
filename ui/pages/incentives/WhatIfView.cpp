#include "pages/incentives/WhatIfView.h"

#include "pages/PageParts.h"
#include "pages/incentives/IncentiveRows.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {

WhatIfView::WhatIfView(QWidget* parent) : QWidget(parent)
{
    m_gate = new QDoubleSpinBox(this);
    m_gate->setRange(0, 100);
    m_gate->setDecimals(1);
    m_gate->setSuffix(tr(" points"));
    m_gate->setAccessibleName(tr("Gate: QA at least"));
    m_minEvaluations = new QSpinBox(this);
    m_minEvaluations->setRange(1, 100);
    m_minEvaluations->setSuffix(tr(" evaluations"));
    m_minEvaluations->setAccessibleName(tr("Gate: at least this many evaluations"));
    m_form = new QFormLayout;
    m_form->addRow(tr("Gate: QA at &least"), m_gate);
    m_form->addRow(tr("Gate: &over at least"), m_minEvaluations);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_publish = new QPushButton(tr("&Publish as a new version"), this);
    m_publish->setEnabled(false);
    m_table = makeResultTable(IncentiveRows::whatIfHeaders(), tr("Who gains and who loses"), this);
    auto* top = new QHBoxLayout;
    top->addLayout(m_form);
    top->addStretch();
    top->addWidget(m_publish, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_gate, &QDoubleSpinBox::valueChanged, this, &WhatIfView::recompute);
    connect(m_minEvaluations, &QSpinBox::valueChanged, this, &WhatIfView::recompute);
    connect(m_publish, &QPushButton::clicked, this, [this] { emit publishRequested(changedPlan()); });
}

QString WhatIfView::summaryText() const
{
    return m_summary->text();
}

void WhatIfView::show(const IncentiveSnapshot& data)
{
    m_data = &data;
    for (QDoubleSpinBox* w : m_weights)
        m_form->removeRow(w);
    m_weights.clear();
    if (!data.report) {
        m_summary->setText(data.problem);
        m_publish->setEnabled(false);
        fillResultTable(m_table, {});
        return;
    }
    const IncentivePlan& plan = data.report->plan;
    {
        const QSignalBlocker a(m_gate), b(m_minEvaluations);
        m_gate->setValue(plan.gateQaMin);
        m_minEvaluations->setValue(static_cast<int>(plan.gateMinEvaluations));
    }
    for (const IncentiveComponent& c : plan.components) {
        auto* w = new QDoubleSpinBox(this);
        w->setRange(0, 100);
        w->setDecimals(2);
        w->setSingleStep(0.05);
        w->setValue(c.weight);
        const QString label = tr("Weight of %1").arg(IncentiveRows::componentLabel(c.metric));
        w->setAccessibleName(label);
        m_form->addRow(label, w);
        connect(w, &QDoubleSpinBox::valueChanged, this, &WhatIfView::recompute);
        m_weights.push_back(w);
    }
    recompute();
}

IncentivePlan WhatIfView::changedPlan() const
{
    IncentivePlan plan = m_data && m_data->report ? m_data->report->plan : IncentivePlan{};
    plan.gateQaMin = m_gate->value();
    plan.gateMinEvaluations = m_minEvaluations->value();
    for (size_t i = 0; i < m_weights.size() && i < plan.components.size(); ++i)
        plan.components[i].weight = m_weights[i]->value();
    plan.note = tr("changed from version %1 on the What-if tab").arg(plan.version);
    return plan;
}

void WhatIfView::recompute()
{
    if (!m_data || !m_data->report)
        return;
    const IncentivePlan changed = changedPlan();
    if (Status st = validate(changed); !st) {
        m_summary->setText(tr("Not a plan: %1").arg(st.error().toString()));
        m_publish->setEnabled(false);
        m_rows.clear();
        fillResultTable(m_table, {});
        return;
    }
    const auto after = reports::withPlan(*m_data->report, changed);
    m_rows = analytics::whatIf(m_data->report->payouts, after.payouts);
    m_summary->setText(IncentiveRows::whatIfSummary(m_rows));
    m_publish->setEnabled(!sameRules(changed, m_data->report->plan));
    fillResultTable(m_table, IncentiveRows::whatIf(m_rows), {2, 3, 4});
}

} // namespace fb::ui
