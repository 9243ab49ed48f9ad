#pragma once

// Time to decision and time to fix per category or owner (working days:
// median, 90th percentile, review SLA breaches, longest open), and the long
// tail of open tickets by name: long tails often hide unclear ownership; and
// the trend by month of median days to decision and to fix, as a chart.
#include "pages/feedback/FeedbackSnapshot.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QVBoxLayout;
class QLabel;
class QTableWidget;

namespace fb::ui {

class TimeToFixView final : public QWidget {
    Q_OBJECT
public:
    explicit TimeToFixView(QWidget* parent = nullptr);
    void show(const FeedbackSnapshot& data, QDate today);
    [[nodiscard]] QTableWidget* slaTable() const { return m_sla; }
    [[nodiscard]] QTableWidget* longTailTable() const { return m_tail; }
    [[nodiscard]] QComboBox* groupBy() const { return m_by; }
    [[nodiscard]] QLabel* status() const { return m_status; }
    [[nodiscard]] QLabel* trendNote() const { return m_trendNote; }
    [[nodiscard]] QWidget* trendChart() const { return m_chart; }

signals:
    void ticketActivated(const QString& ticketId); // a row of the long tail

private:
    void refill();
    void refillTrend();

    const FeedbackSnapshot* m_data = nullptr;
    QDate m_today;
    QComboBox* m_by;
    QLabel* m_status;
    QTableWidget* m_sla;
    QTableWidget* m_tail;
    QWidget* m_chart = nullptr;
    QLabel* m_trendNote;
    QVBoxLayout* m_trendBox;
};

} // namespace fb::ui
