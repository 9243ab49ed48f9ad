#pragma once

// The Payouts tab: every agent's payout with its explanation in words, and
// three worked examples from the site's own data, ready to publish to agents.
#include "pages/incentives/IncentiveSnapshot.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace fb::ui {

class PayoutView final : public QWidget {
    Q_OBJECT
public:
    explicit PayoutView(QWidget* parent = nullptr);
    void show(const IncentiveSnapshot& data);
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QString examplesText() const;
    [[nodiscard]] QString statusText() const;

private:
    QLabel* m_status;
    QLabel* m_examples;
    QTableWidget* m_table;
};

} // namespace fb::ui
