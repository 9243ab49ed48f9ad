#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace fb::ui {

class BrowsePanel;
class DatabaseJobs;
class KindTableModel;

// Every agent of the site, filtered by team and by text in any column.
// Double-clicking an agent opens their interactions.
class AgentsPage final : public QWidget {
    Q_OBJECT
public:
    explicit AgentsPage(DatabaseJobs& worker, QWidget* parent = nullptr);

    [[nodiscard]] KindTableModel* model() const { return m_model; }
    [[nodiscard]] BrowsePanel* panel() const { return m_panel; }
    void setSearchText(const QString& text);
    // Re-reads teams and rows, keeping the filters (after an import).
    void reload();

signals:
    void showInteractionsRequested(const QString& agentId);

private:
    void applyFilter();
    void loadTeams();

    DatabaseJobs& m_worker;
    KindTableModel* m_model;
    BrowsePanel* m_panel;
    QTimer* m_debounce = nullptr; // before m_search: makeSearchBox() sets it
    QLineEdit* m_search;
    QComboBox* m_team;
    bool m_firstTeams = true; // the first team list starts on Settings::myTeam()
};

} // namespace fb::ui
