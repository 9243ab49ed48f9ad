#pragma once

#include "store/AgentDirectory.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QHBoxLayout;

namespace fb::ui {

// The filters both record lists share: team (starting at "my team"), agent
// by name (the team's agents), the person who wrote it (evaluator or coach)
// and the date range, which ends on the data's last day by default and
// starts four weeks before. A list adds its own boxes with addFilter().
class RecordFilterBar final : public QWidget {
    Q_OBJECT
public:
    RecordFilterBar(const QString& personLabel, const QString& everyoneText, QWidget* parent);

    void setDirectory(const AgentDirectory& directory, QDate dataEnd);
    void setPeople(const std::vector<std::string>& people);
    void addFilter(const QString& label, QComboBox* box);
    // Sets the shared filters at once, for a drill-down: a team ("" = all
    // teams), every agent, a person ("" = everyone) and the dates. Sends no
    // changed(): the list reloads once, after setting its own boxes too.
    void setFilters(const std::string& team, const std::string& person, QDate from, QDate to);

    [[nodiscard]] std::string team() const;
    [[nodiscard]] std::string agentId() const;
    [[nodiscard]] std::string person() const;
    [[nodiscard]] QDate from() const;
    [[nodiscard]] QDate to() const;
    [[nodiscard]] QComboBox* teamBox() const { return m_team; }
    [[nodiscard]] QComboBox* agentBox() const { return m_agent; }
    [[nodiscard]] QComboBox* personBox() const { return m_person; }
    [[nodiscard]] QDateEdit* fromEdit() const { return m_from; }
    [[nodiscard]] QDateEdit* toEdit() const { return m_to; }

signals:
    void changed();

private:
    void fillAgents();

    AgentDirectory m_directory;
    QString m_everyone;
    QComboBox* m_team;
    QComboBox* m_agent;
    QComboBox* m_person;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QHBoxLayout* m_second;
};

} // namespace fb::ui
