#pragma once

#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QLabel;

namespace fb::ui {

class CoachingTimelineChart;
class DatabaseJobs;
struct AgentDirectory;

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
