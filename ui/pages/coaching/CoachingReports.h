#pragma once

#include "analytics/Coaching.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace fb::ui {

class CoachingTimelineChart;
class DatabaseJobs;
struct AgentDirectory;

// Per coach, attribute or team: notes, follow-ups done, share met, and the
// difference in differences of the target metric with its 95% interval and n.
class EffectivenessView final : public QWidget {
    Q_OBJECT
public:
    explicit EffectivenessView(DatabaseJobs& worker, QWidget* parent = nullptr);
    void reload();
    [[nodiscard]] QTableWidget* table() const { return m_table; }
signals:
    void loaded();

private:
    void exportCsv();
    DatabaseJobs& m_worker;
    QComboBox* m_by;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableWidget* m_table;
    QLabel* m_status;
    std::vector<analytics::EffectRow> m_rows;
};

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

// An agent's target metric per week with notes and follow-ups as markers.
class TimelineView final : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(DatabaseJobs& worker, QWidget* parent = nullptr);
    void setDirectory(const AgentDirectory& directory, const std::vector<std::string>& attributes);
    void showAgent(const QString& agentId, const QString& metric = {});
    void reload();
signals:
    void loaded();

private:
    DatabaseJobs& m_worker;
    QComboBox* m_agent;
    QComboBox* m_metric;
    CoachingTimelineChart* m_chart;
    QLabel* m_status;
};

} // namespace fb::ui
