#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace fb::ui {

class BrowsePanel;
class DatabaseJobs;
class KindTableModel;

// Every contact handled, oldest interaction id first, filtered by agent and by text.
class InteractionsPage final : public QWidget {
    Q_OBJECT
public:
    explicit InteractionsPage(DatabaseJobs& worker, QWidget* parent = nullptr);

    [[nodiscard]] KindTableModel* model() const { return m_model; }
    [[nodiscard]] BrowsePanel* panel() const { return m_panel; }
    // Shows only this agent's interactions (empty = everyone's), even before
    // the agent list has arrived from the database.
    void setAgent(const QString& agentId);
    void setSearchText(const QString& text);
    void reload();

private:
    void applyFilter();
    void loadAgents();
    [[nodiscard]] QString selectedAgent() const;

    DatabaseJobs& m_worker;
    KindTableModel* m_model;
    BrowsePanel* m_panel = nullptr;
    QTimer* m_debounce = nullptr; // before m_search: makeSearchBox() sets it
    QLineEdit* m_search;
    QComboBox* m_agent;
    QString m_agentId; // the filter in force; survives reloading the combo
};

} // namespace fb::ui
