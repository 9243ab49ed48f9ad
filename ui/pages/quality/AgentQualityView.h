#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace fb::ui {

class DatabaseJobs;
struct AgentDirectory;

// Per rubric attribute: the agent's mean (0-100) and n against the rest of
// the team over the last 13 weeks with data, with each side's trend (earlier
// half vs recent half); the weakest behaviour is marked and listed first.
class AgentQualityView final : public QWidget {
    Q_OBJECT
public:
    explicit AgentQualityView(DatabaseJobs& worker, QWidget* parent = nullptr);
    void setDirectory(const AgentDirectory& directory);
    void showAgent(const QString& agentId);
    void reload();
    [[nodiscard]] QTableWidget* table() const { return m_table; }
signals:
    void loaded();

private:
    DatabaseJobs& m_worker;
    QComboBox* m_agent;
    QTableWidget* m_table;
    QLabel* m_status;
};

} // namespace fb::ui
