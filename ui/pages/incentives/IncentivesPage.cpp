#include "pages/incentives/IncentivesPage.h"

#include "background/DatabaseJobs.h"
#include "common/IsoWeek.h"
#include "dialogs/FileDialogs.h"
#include "export/IncentiveCsv.h"
#include "pages/PageParts.h"
#include "pages/incentives/AuditView.h"
#include "pages/incentives/PayoutView.h"
#include "pages/incentives/PlanView.h"
#include "pages/incentives/WhatIfView.h"
#include "store/DataEnd.h"
#include "store/IncentiveStore.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fb::ui {
namespace {

// The last month or quarter whose weeks all lie on or before the data end:
// a payout of a period still running would pay on half the data.
QString lastCompletePeriod(QDate dataEnd, PeriodKind kind)
{
    const QDate end = dataEnd.isValid() ? dataEnd : QDate::currentDate();
    const auto label = [kind](QDate d) {
        return kind == PeriodKind::Quarter ? QStringLiteral("%1-Q%2").arg(d.year()).arg((d.month() - 1) / 3 + 1)
                                           : d.toString(QStringLiteral("yyyy-MM"));
    };
    const auto period = parseIncentivePeriod(label(end));
    if (period && period->toWeek <= IsoWeek::ofDate(end).key())
        return period->label;
    return label(end.addMonths(kind == PeriodKind::Quarter ? -3 : -1));
}

IncentiveSnapshot readSnapshot(store::Database& db, const std::string& wanted, const QString& periodText)
{
    IncentiveSnapshot s;
    if (auto end = readDataEnd(db); end)
        s.dataEnd = end.value();
    auto plans = store::incentivePlanNames(db);
    if (!plans) {
        s.problem = plans.error().toString();
        return s;
    }
    s.plans = std::move(plans.value());
    if (s.plans.empty()) {
        s.problem = IncentivesPage::tr("No incentive plan yet: import one with floorboard-cli incentive plan import "
                                       "FILE.");
        return s;
    }
    s.plan = std::find(s.plans.begin(), s.plans.end(), wanted) != s.plans.end() ? wanted : s.plans.front();
    auto versions = store::incentivePlanVersions(db, s.plan);
    if (!versions || versions->empty()) {
        s.problem = versions ? QString() : versions.error().toString();
        return s;
    }
    s.versions = std::move(versions.value());
    const QString period =
        periodText.trimmed().isEmpty() ? lastCompletePeriod(s.dataEnd, s.versions.back().period) : periodText.trimmed();
    auto report = reports::buildIncentiveReport(db, s.plan, 0, period);
    if (!report)
        s.problem = report.error().toString();
    else
        s.report = std::move(report.value());
    return s;
}

} // namespace

IncentivesPage::IncentivesPage(const QString& databasePath, QWidget* parent)
    : QWidget(parent), m_worker(std::make_unique<DatabaseJobs>(databasePath))
{
    m_planBox = new QComboBox(this);
    m_planBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period = new QLineEdit(this);
    m_period->setPlaceholderText(tr("2026-Q3 or 2026-09"));
    m_period->setMaximumWidth(120);
    m_export = new QPushButton(tr("E&xport CSV…"), this);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    auto* planLabel = new QLabel(tr("&Plan:"), this);
    planLabel->setBuddy(m_planBox);
    auto* periodLabel = new QLabel(tr("P&eriod:"), this);
    periodLabel->setBuddy(m_period);
    auto* bar = new QHBoxLayout;
    bar->addWidget(planLabel);
    bar->addWidget(m_planBox);
    bar->addSpacing(12);
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_export);

    m_tabs = new QTabWidget(this);
    m_plan = new PlanView(this);
    m_payouts = new PayoutView(this);
    m_whatIf = new WhatIfView(this);
    m_audit = new AuditView(this);
    m_tabs->addTab(m_payouts, tr("Pa&youts"));
    m_tabs->addTab(m_plan, tr("P&lan"));
    m_tabs->addTab(m_whatIf, tr("&What-if"));
    m_tabs->addTab(m_audit, tr("&Fairness audit"));

    auto* layout = makePageLayout(this, tr("Incentives"),
                                  tr("Variable pay that mixes quality and productivity: the quality gate must "
                                     "be green to unlock the volume part; a fairness audit every quarter."));
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_planBox, &QComboBox::activated, this, [this] { reload(); });
    connect(m_period, &QLineEdit::editingFinished, this, [this] { reload(); });
    connect(m_export, &QPushButton::clicked, this, &IncentivesPage::exportCsvAsk);
    connect(m_whatIf, &WhatIfView::publishRequested, this, &IncentivesPage::publish);
    reload();
}

IncentivesPage::~IncentivesPage() = default;

QString IncentivesPage::statusText() const
{
    return m_status->text();
}

void IncentivesPage::setPeriod(const QString& period)
{
    m_period->setText(period);
    reload();
}

void IncentivesPage::reload()
{
    const int generation = ++m_generation;
    m_status->setText(tr("Reading the plan and the period…"));
    const std::string plan = m_planBox->currentText().toStdString();
    const QString period = m_period->text();
    m_worker->run(
        this,
        [plan, period](store::Database& db) -> Result<IncentiveSnapshot> { return readSnapshot(db, plan, period); },
        [this, generation](Result<IncentiveSnapshot> r) {
            if (generation != m_generation)
                return;
            if (!r) {
                m_status->setText(tr("Problem: %1").arg(r.error().toString()));
                return;
            }
            m_data = std::move(r.value());
            present();
            emit loaded();
        });
}

void IncentivesPage::present()
{
    {
        const QSignalBlocker block(m_planBox);
        m_planBox->clear();
        for (const auto& p : m_data.plans)
            m_planBox->addItem(QString::fromStdString(p));
        m_planBox->setCurrentText(QString::fromStdString(m_data.plan));
    }
    if (m_data.report && m_period->text().isEmpty())
        m_period->setText(m_data.report->period.label);
    m_status->setText(m_data.report ? tr("version %1; ISO weeks %2 to %3")
                                          .arg(m_data.report->plan.version)
                                          .arg(IsoWeek::fromKey(m_data.report->period.fromWeek).toString(),
                                               IsoWeek::fromKey(m_data.report->period.toWeek).toString())
                                    : m_data.problem);
    m_export->setEnabled(m_data.report.has_value());
    m_plan->show(m_data);
    m_payouts->show(m_data);
    m_whatIf->show(m_data);
    m_audit->show(m_data);
}

void IncentivesPage::publish(const IncentivePlan& plan)
{
    m_worker->run(
        this, [plan](store::Database& db) { return store::saveIncentivePlan(db, plan); },
        [this](Result<store::SavedPlan> saved) {
            if (!saved) {
                QMessageBox::warning(this, tr("Publish the plan"), saved.error().toString());
                return;
            }
            m_status->setText(tr("Published as version %1.").arg(saved->version));
            reload();
            emit written();
        });
}

bool IncentivesPage::exportCsv(const QString& dir, QString* error) const
{
    if (!m_data.report)
        return false;
    const auto& r = *m_data.report;
    const std::vector<exporting::NamedTable> files{
        {"incentive-plan.csv", exporting::incentivePlanCsv(r.plan)},
        {"payouts.csv", exporting::incentivePayoutCsv(r.plan, r.period.label, r.payouts)},
        {"whatif.csv", exporting::incentiveWhatIfCsv(m_whatIf->rows())},
        {"fairness-audit.csv", exporting::fairnessAuditCsv(m_audit->audit())},
    };
    return writeTables(files, dir, error);
}

void IncentivesPage::exportCsvAsk()
{
    exportTablesAsk(
        this, tr("Export the tables as CSV"), tr("Export CSV"),
        [this](const QString& dir, QString* error) { return exportCsv(dir, error); },
        QStringLiteral("incentives.xlsx"));
}

} // namespace fb::ui
