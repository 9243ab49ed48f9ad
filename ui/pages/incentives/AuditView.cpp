#include "pages/incentives/AuditView.h"

#include "FairnessAuditPdf.h"
#include "common/Format.h"
#include "dialogs/FileDialogs.h"
#include "pages/PageParts.h"
#include "pages/incentives/IncentiveRows.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {

AuditView::AuditView(QWidget* parent) : QWidget(parent)
{
    m_by = new QComboBox(this);
    for (auto by : {analytics::AuditBy::Team, analytics::AuditBy::Shift, analytics::AuditBy::Site,
                    analytics::AuditBy::Tenure, analytics::AuditBy::Supervisor})
        m_by->addItem(report::auditByLabel(by), static_cast<int>(by));
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setRange(0, 100);
    m_threshold->setDecimals(0);
    m_threshold->setValue(analytics::kAuditDefaultThreshold * 100);
    m_threshold->setSuffix(tr(" pp"));
    m_print = new QPushButton(tr("Print PDF for &HR…"), this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_table = makeResultTable(IncentiveRows::auditHeaders(), tr("Fairness audit"), this);
    m_table->setAccessibleDescription(tr(
        "One row per group: its mean payout and gate passes against everyone else, with the gaps that are flagged."));
    auto* byLabel = new QLabel(tr("&Group by:"), this);
    byLabel->setBuddy(m_by);
    auto* thresholdLabel = new QLabel(tr("Flag gaps of at &least:"), this);
    thresholdLabel->setBuddy(m_threshold);
    auto* bar = new QHBoxLayout;
    bar->addWidget(byLabel);
    bar->addWidget(m_by);
    bar->addSpacing(12);
    bar->addWidget(thresholdLabel);
    bar->addWidget(m_threshold);
    bar->addStretch();
    bar->addWidget(m_print);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    connect(m_by, &QComboBox::currentIndexChanged, this, &AuditView::refill);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &AuditView::refill);
    connect(m_print, &QPushButton::clicked, this, &AuditView::printAsk);
}

QString AuditView::noteText() const
{
    return m_note->text();
}

double AuditView::threshold() const
{
    return m_threshold->value() / 100.0;
}

void AuditView::show(const IncentiveSnapshot& data)
{
    m_data = &data;
    refill();
}

void AuditView::refill()
{
    m_print->setEnabled(m_data && m_data->report && !m_data->report->payouts.empty());
    if (!m_data || !m_data->report) {
        m_note->setText(m_data ? m_data->problem : QString());
        fillResultTable(m_table, {});
        return;
    }
    const auto& r = *m_data->report;
    const auto by = static_cast<analytics::AuditBy>(m_by->currentData().toInt());
    m_audit = analytics::fairnessAudit(r.payouts, by, r.period.last, threshold());
    int flagged = 0;
    for (const auto& row : m_audit.rows)
        flagged += row.flag ? 1 : 0;
    // Each count its own plural message, so each verb agrees with its number.
    QString note =
        tr("Plan '%1' version %2, %3: %4, %5. Each group's pass rate against "
           "everyone else's, Fisher's exact test, Holm over the groups tested; flagged when the gap is at "
           "least %6 pp and p Holm < 0.05.")
            .arg(QString::fromStdString(r.plan.name))
            .arg(r.plan.version)
            .arg(r.period.label, tr("%Ln agent(s)", nullptr, int(m_audit.agents)),
                 tr("%Ln passed the gate", nullptr, int(m_audit.passed)), format::compact(threshold() * 100, 1));
    note += QLatin1Char(' ') + (flagged > 0 ? tr("%n group(s) flagged.", nullptr, flagged) : tr("No group flagged."));
    if (m_audit.smallGroupsLeftOut > 0)
        note += QLatin1Char(' ') +
                tr("%n group(s) of fewer than 5 agents not reported (%1).", nullptr, m_audit.smallGroupsLeftOut)
                    .arg(tr("%Ln agent(s)", nullptr, int(m_audit.smallAgentsLeftOut)));
    if (m_audit.agents == 0)
        note = tr("No agent has data in %1: not enough data for an audit.").arg(r.period.label);
    m_note->setText(note);
    fillResultTable(m_table, IncentiveRows::audit(m_audit), {1, 2, 3, 4, 5, 6, 7, 8});
}

bool AuditView::printPdf(const QString& path, QString* error) const
{
    if (!m_data || !m_data->report)
        return false;
    report::FairnessAuditReport pdf{m_data->report->plan, m_data->report->period.label,
                                    reports::auditAll(*m_data->report, threshold())};
    if (Status st = report::writeFairnessAuditPdf(pdf, path); !st) {
        if (error)
            *error = st.error().toString();
        return false;
    }
    return true;
}

void AuditView::printAsk()
{
    const QString path = fileDialogs::saveFile(this, tr("Print the fairness audit"),
                                               QStringLiteral("fairness-audit.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!printPdf(path, &error))
        QMessageBox::warning(this, tr("Print the fairness audit"), error);
}

} // namespace fb::ui
