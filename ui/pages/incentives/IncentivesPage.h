#pragma once

// Incentives with a quality gate and their fairness audit
// (docs/recognition-and-incentives.md): the plan and its versions, every
// agent's payout with the explanation and three worked examples, what-if
// before publishing, and the audit with its PDF for HR. One job on the page's
// DatabaseJobs reads the plan and the period's sums; the tabs compute from them.
//     auto* page = new fb::ui::IncentivesPage(databasePath, this);
#include "pages/incentives/IncentiveSnapshot.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace fb::ui {

class AuditView;
class DatabaseJobs;
class PayoutView;
class PlanView;
class WhatIfView;

class IncentivesPage final : public QWidget {
    Q_OBJECT
public:
    explicit IncentivesPage(const QString& databasePath, QWidget* parent = nullptr);
    ~IncentivesPage() override;

    void reload();
    // A month (2026-09) or quarter (2026-Q3); empty = the last one complete before the data end.
    void setPeriod(const QString& period);
    // Writes every table of the page as CSV into dir; false with the error.
    bool exportCsv(const QString& dir, QString* error = nullptr) const;

    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] PlanView* planView() const { return m_plan; }
    [[nodiscard]] PayoutView* payoutView() const { return m_payouts; }
    [[nodiscard]] WhatIfView* whatIfView() const { return m_whatIf; }
    [[nodiscard]] AuditView* auditView() const { return m_audit; }
    [[nodiscard]] const IncentiveSnapshot& snapshot() const { return m_data; }
    [[nodiscard]] QString statusText() const;

signals:
    void loaded();
    void written();

private:
    void present();
    void publish(const IncentivePlan& plan);
    void exportCsvAsk();

    std::unique_ptr<DatabaseJobs> m_worker;
    IncentiveSnapshot m_data;
    int m_generation = 0;
    QComboBox* m_planBox;
    QLineEdit* m_period;
    QPushButton* m_export;
    QLabel* m_status;
    QTabWidget* m_tabs;
    PlanView* m_plan;
    PayoutView* m_payouts;
    WhatIfView* m_whatIf;
    AuditView* m_audit;
};

} // namespace fb::ui
