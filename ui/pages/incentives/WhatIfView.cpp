#include "pages/incentives/WhatIfView.h"

#include "pages/PageParts.h"
#include "pages/incentives/ComponentEditor.h"
#include "pages/incentives/IncentiveRows.h"

#include <QDoubleSpinBox>
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
    m_amount = new QDoubleSpinBox(this);
    m_amount->setRange(0, 10'000'000);
    m_amount->setDecimals(2);
    m_amount->setSingleStep(10);
    m_amount->setAccessibleName(tr("Amount"));
    auto* gateLabel = new QLabel(tr("Gate: QA at &least"), this);
    gateLabel->setBuddy(m_gate);
    auto* overLabel = new QLabel(tr("Gate: &over at least"), this);
    overLabel->setBuddy(m_minEvaluations);
    m_amountLabel = new QLabel(tr("&Amount:"), this);
    m_amountLabel->setBuddy(m_amount);
    m_components = new ComponentEditor(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_publish = new QPushButton(tr("&Publish as a new version"), this);
    m_publish->setEnabled(false);
    m_table = makeResultTable(IncentiveRows::whatIfHeaders(), tr("Who gains and who loses"), this);
    m_table->setAccessibleDescription(
        tr("One row per agent: the payout now, the payout with the change, and the difference."));
    // The gate and the amount on one line above the grid, and the button beside the summary it publishes:
    // side by side they would not fit 1366x768 at 125 % (tst_screenfit).
    auto* top = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{gateLabel, m_gate, overLabel, m_minEvaluations})
        top->addWidget(w);
    top->addSpacing(16);
    top->addWidget(m_amountLabel);
    top->addWidget(m_amount);
    top->addStretch();
    auto* gridRow = new QHBoxLayout;
    gridRow->addWidget(m_components);
    gridRow->addStretch();
    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_publish);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(gridRow);
    layout->addLayout(summaryRow);
    layout->addWidget(m_table, 1);
    connect(m_gate, &QDoubleSpinBox::valueChanged, this, &WhatIfView::recompute);
    connect(m_minEvaluations, &QSpinBox::valueChanged, this, &WhatIfView::recompute);
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, &WhatIfView::recompute);
    connect(m_components, &ComponentEditor::changed, this, &WhatIfView::recompute);
    connect(m_publish, &QPushButton::clicked, this, [this] { emit publishRequested(changedPlan()); });
}

const std::vector<QDoubleSpinBox*>& WhatIfView::weights() const
{
    return m_components->weights();
}

QString WhatIfView::summaryText() const
{
    return m_summary->text();
}

void WhatIfView::show(const IncentiveSnapshot& data)
{
    m_data = &data;
    if (!data.report) {
        m_components->setComponents({});
        m_summary->setText(data.problem);
        m_publish->setEnabled(false);
        fillResultTable(m_table, {});
        return;
    }
    const IncentivePlan& plan = data.report->plan;
    {
        const QSignalBlocker a(m_gate), b(m_minEvaluations), c(m_amount);
        m_gate->setValue(plan.gateQaMin);
        m_minEvaluations->setValue(static_cast<int>(plan.gateMinEvaluations));
        m_amount->setValue(plan.amount);
        m_amountLabel->setText(plan.amountKind == AmountKind::PerAgent ? tr("&Amount per agent:")
                                                                       : tr("&Amount, pool:"));
    }
    m_components->setComponents(plan.components);
    // The grid's boxes are made after the button and the table: Tab goes form, grid, Publish, table.
    QWidget* previous = m_amount;
    for (size_t i = 0; i < m_components->weights().size(); ++i)
        for (QWidget* w : std::initializer_list<QWidget*>{m_components->weights()[i], m_components->floors()[i],
                                                          m_components->targets()[i], m_components->minimumNs()[i]}) {
            setTabOrder(previous, w);
            previous = w;
        }
    setTabOrder(previous, m_publish);
    setTabOrder(m_publish, m_table);
    recompute();
}

IncentivePlan WhatIfView::changedPlan() const
{
    IncentivePlan plan = m_data && m_data->report ? m_data->report->plan : IncentivePlan{};
    plan.gateQaMin = m_gate->value();
    plan.gateMinEvaluations = m_minEvaluations->value();
    plan.amount = m_amount->value();
    m_components->apply(plan.components);
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
