#include "pages/scorecards/DefinitionDialog.h"

#include "ScreenFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui::scorecards {

using analytics::Metric;

namespace {
enum Column { Use, MetricCol, PerspectiveCol, FloorCol, TargetCol, WeightCol, MinNCol, DirectionCol, Columns };
}

DefinitionDialog::DefinitionDialog(const analytics::ScorecardDefinition& base, QWidget* parent)
    : QDialog(parent), m_baseVersion(base.version)
{
    setWindowTitle(tr("Scorecard definition"));
    resizeToScreen(this, QSize(980, 470));
    auto* v = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Editing version %1. Saving creates a new version; scorecards computed with "
                                "earlier versions stay reproducible. Proportions are fractions (0.85 = 85 %). A "
                                "floor above its target means lower is better.")
                                 .arg(base.version));
    intro->setWordWrap(true);
    v->addWidget(intro);

    m_table = new QTableWidget(int(analytics::allMetrics().size()), Columns);
    m_table->setAccessibleDescription(tr(
        "One row per metric: whether the scorecard uses it, its floor and target, weight, minimum n and direction."));
    m_table->setHorizontalHeaderLabels({tr("Use"), tr("Metric"), tr("Perspective"), tr("Floor (score 0)"),
                                        tr("Target (score 100)"), tr("Weight"), tr("Minimum n"), tr("Direction")});
    m_table->verticalHeader()->hide();
    // Metrics in the base definition first, in its order; the others after, unused.
    std::vector<analytics::MetricDef> rows = base.metrics;
    for (Metric m : analytics::allMetrics())
        if (!base.find(m)) {
            auto d = *analytics::defaultDefinition().find(m);
            d.weight = 0;
            rows.push_back(d);
        }
    for (int r = 0; r < int(rows.size()); ++r) {
        const auto& d = rows[size_t(r)];
        auto* use = new QCheckBox;
        use->setChecked(base.find(d.metric) != nullptr);
        m_table->setCellWidget(r, Use, use);
        auto* name = new QTableWidgetItem(analytics::metricLabel(d.metric));
        name->setData(Qt::UserRole, int(d.metric));
        name->setToolTip(analytics::metricDescription(d.metric));
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(r, MetricCol, name);
        auto* perspective = new QComboBox;
        for (auto p : {analytics::Perspective::Customer, analytics::Perspective::Quality,
                       analytics::Perspective::Efficiency, analytics::Perspective::People})
            perspective->addItem(analytics::perspectiveLabel(p), int(p));
        perspective->setCurrentIndex(perspective->findData(int(d.perspective)));
        m_table->setCellWidget(r, PerspectiveCol, perspective);
        auto spin = [this](double value, double max, int decimals) {
            auto* s = new QDoubleSpinBox;
            s->setRange(0, max);
            s->setDecimals(decimals);
            s->setValue(value);
            connect(s, &QDoubleSpinBox::valueChanged, this, &DefinitionDialog::check);
            return s;
        };
        const bool prop = analytics::isProportion(d.metric);
        const double max = prop ? 1.0 : d.metric == Metric::Aht ? 36000.0 : d.metric == Metric::Pulse ? 5.0 : 1000.0;
        m_table->setCellWidget(r, FloorCol, spin(d.floor, max, prop ? 3 : 1));
        m_table->setCellWidget(r, TargetCol, spin(d.target, max, prop ? 3 : 1));
        m_table->setCellWidget(r, WeightCol, spin(d.weight, 1000, 1));
        auto* minN = new QSpinBox;
        minN->setRange(1, 100000);
        minN->setValue(int(d.minN));
        m_table->setCellWidget(r, MinNCol, minN);
        auto* direction = new QTableWidgetItem;
        direction->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(r, DirectionCol, direction);
        connect(use, &QCheckBox::toggled, this, &DefinitionDialog::check);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    v->addWidget(m_table, 1);

    auto* form = new QFormLayout;
    m_note = new QLineEdit;
    m_note->setPlaceholderText(tr("What changed and why, e.g. \"FCR target 0.82 after the Q3 review\""));
    form->addRow(tr("&Note:"), m_note);
    m_gate = new QDoubleSpinBox;
    m_gate->setRange(0, 100);
    m_gate->setValue(base.gateQaMin);
    form->addRow(tr("Quality &gate: QA at least"), m_gate);
    v->addLayout(form);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    v->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("Save as version %1").arg(base.version + 1));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    check();
}

analytics::ScorecardDefinition DefinitionDialog::definition() const
{
    analytics::ScorecardDefinition def;
    def.note = m_note->text().trimmed();
    if (def.note.isEmpty())
        def.note = tr("edited from v%1").arg(m_baseVersion);
    def.gateQaMin = m_gate->value();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (!static_cast<QCheckBox*>(m_table->cellWidget(r, Use))->isChecked())
            continue;
        analytics::MetricDef d;
        d.metric = Metric(m_table->item(r, MetricCol)->data(Qt::UserRole).toInt());
        d.perspective = analytics::Perspective(
            static_cast<QComboBox*>(m_table->cellWidget(r, PerspectiveCol))->currentData().toInt());
        d.floor = static_cast<QDoubleSpinBox*>(m_table->cellWidget(r, FloorCol))->value();
        d.target = static_cast<QDoubleSpinBox*>(m_table->cellWidget(r, TargetCol))->value();
        d.weight = static_cast<QDoubleSpinBox*>(m_table->cellWidget(r, WeightCol))->value();
        d.minN = static_cast<QSpinBox*>(m_table->cellWidget(r, MinNCol))->value();
        def.metrics.push_back(d);
    }
    return def;
}

void DefinitionDialog::check()
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const double floor = static_cast<QDoubleSpinBox*>(m_table->cellWidget(r, FloorCol))->value();
        const double target = static_cast<QDoubleSpinBox*>(m_table->cellWidget(r, TargetCol))->value();
        m_table->item(r, DirectionCol)
            ->setText(floor == target  ? tr("✖ floor = target")
                      : floor > target ? tr("▼ lower is better")
                                       : tr("▲ higher is better"));
    }
    const auto st = analytics::validate(definition());
    m_problem->setText(st ? tr("Total weight %1.").arg(definition().totalWeight())
                          : tr("✖ %1").arg(st.error().toString()));
    m_save->setEnabled(st.ok());
}

} // namespace fb::ui::scorecards
