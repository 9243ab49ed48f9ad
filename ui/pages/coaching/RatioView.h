#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;

namespace fb::ui {

class DatabaseJobs;

// Coaching minutes / handled minutes per team and week, the team's trend,
// and weeks under the floor flagged when the team's defects recur.
class RatioView final : public QWidget {
    Q_OBJECT
public:
    explicit RatioView(DatabaseJobs& worker, QWidget* parent = nullptr);
    void reload();
    [[nodiscard]] QTableWidget* table() const { return m_table; }
signals:
    void loaded();

private:
    DatabaseJobs& m_worker;
    QComboBox* m_weeks;
    QDoubleSpinBox* m_floor;
    QTableWidget* m_table;
    QLabel* m_status;
};

} // namespace fb::ui
