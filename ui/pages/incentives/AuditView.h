#pragma once

// The Fairness audit tab: per group of agents the payouts, the gate pass rate
// and its gap to everyone else with Fisher's exact test and Holm, n on every
// row, the flags in words; the plan version audited above the table, and the
// PDF for HR (report/FairnessAuditPdf.h).
#include "analytics/FairnessAudit.h"
#include "pages/incentives/IncentiveSnapshot.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace fb::ui {

class AuditView final : public QWidget {
    Q_OBJECT
public:
    explicit AuditView(QWidget* parent = nullptr);
    void show(const IncentiveSnapshot& data);
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QComboBox* grouping() const { return m_by; }
    [[nodiscard]] QString noteText() const;
    [[nodiscard]] const analytics::FairnessAudit& audit() const { return m_audit; }
    [[nodiscard]] double threshold() const;
    // Writes the PDF for HR (every standard grouping); false with the error shown.
    bool printPdf(const QString& path, QString* error = nullptr) const;

private:
    void refill();
    void printAsk();

    const IncentiveSnapshot* m_data = nullptr;
    analytics::FairnessAudit m_audit;
    QComboBox* m_by;
    QDoubleSpinBox* m_threshold;
    QPushButton* m_print;
    QLabel* m_note;
    QTableWidget* m_table;
};

} // namespace fb::ui
