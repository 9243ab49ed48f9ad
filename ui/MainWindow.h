#pragma once

#include "common/Error.h"
#include "demo/DemoGenerator.h"

#include <QMainWindow>

#include <functional>
#include <vector>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace fb::ui {

class AgentsPage;
class DatabaseJobs;
class InteractionsPage;

// The Floorboard window: pages in a sidebar, the File menu for databases,
// import, export, backup and the demo site, and a status bar that says which
// database is open and what it holds.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // Sidebar rows: Agents, Interactions, then featurePages() in order.
    enum PageIndex { AgentsIndex = 0, InteractionsIndex = 1, FirstFeatureIndex = 2 };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (create = also creates) a database and shows it; the error says why not.
    Status openDatabase(const QString& path, bool create = false);
    // Writes a demo site into a new database at path off the GUI thread, then
    // opens it; then() runs afterwards with the outcome (errors already shown).
    void createDemo(const QString& path, const demo::DemoOptions& options,
                    const std::function<void(bool ok)>& then = {});

    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] AgentsPage* agentsPage() const { return m_agents; }
    [[nodiscard]] InteractionsPage* interactionsPage() const { return m_interactions; }
    void showPage(int index);
    static int pageCount();
    // The page widget at a sidebar row (nullptr until a feature page was first shown).
    [[nodiscard]] QWidget* page(int index) const;
    // True when the visible page and the status bar have read what they need (screenshots, tests).
    [[nodiscard]] bool isIdle() const;

    // Asks "my team and my name" once, after the first database opens (the
    // interactive window; tests and screenshots do not ask).
    void setAsksWhoIAm(bool ask) { m_asksWhoIAm = ask; }
    // File ▸ My Team and Name…: asks, stores, and reopens the pages on that team.
    void editMe();

    // Shows a failure with everything the error knows (file, line, column, value, reason).
    void showError(const QString& title, const QString& what, const Error& error);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildMenus();
    void buildSidebar();
    void buildStatusBar();
    void closeDatabase();
    void refreshStatus();
    void refreshAll();
    void rebuildRecentMenu();

    // File menu (MainWindowActions.cpp)
    void newDatabase();
    void openDatabaseDialog();
    void importCsv();
    void exportCsv();
    void backUp();
    void createDemoDialog();
    void demoCreated(const QString& path, const Result<demo::DemoSummary>& summary,
                     const std::function<void(bool)>& then);
    void about();

    DatabaseJobs* m_worker = nullptr;
    AgentsPage* m_agents = nullptr;
    InteractionsPage* m_interactions = nullptr;
    std::vector<QWidget*> m_featurePages; // one slot per featurePages() entry
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_noDatabase = nullptr;
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_databaseActions; // enabled only while a database is open
    QLabel* m_fileLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_schemaLabel = nullptr;
    QLabel* m_journalLabel = nullptr; // why writes are journalled differently (a network share); hidden otherwise
    bool m_statusPending = false;
    bool m_asksWhoIAm = false;
    bool m_shown = false;
};

} // namespace fb::ui
