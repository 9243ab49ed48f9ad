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

    // Opens (create = also creates) a database file and shows it; the error
    // says why not. A site server's address (store::isSiteServerAddress) is
    // handed to connectToSite() instead, which connects in the background and
    // shows the outcome itself; the status returned is then always ok.
    Status openDatabase(const QString& path, bool create = false);

    // How an attempt to connect to a site server ended.
    enum class SiteOutcome { Connected, Failed, Cancelled };
    // Connects to a site server off the GUI thread (the window stays usable;
    // Cancel stops waiting), asks for a password when the server wants one
    // that libpq found nowhere, and shows the site, or why it cannot; then()
    // runs afterwards. The open database stays until the new one is there.
    // MainWindowSite.cpp.
    void connectToSite(const QString& address, const std::function<void(SiteOutcome)>& then = {});
    // Writes a demo site into a new database at path off the GUI thread, then
    // opens it; then() runs afterwards with the outcome (errors already shown).
    void createDemo(const QString& path, const demo::DemoOptions& options,
                    const std::function<void(bool ok)>& then = {});

    // The open database: a file's absolute path or a site server's address.
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] bool isSiteServer() const;
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
    // What the window says about an opened database.
    struct Shown {
        QString title;    // in the title bar, before " — Floorboard"
        QString where;    // the status bar's first label
        QString tip;      // its tooltip: the whole path or address
        QString note;     // a note beside the counts (network share, read-only); empty: none
        QString filePath; // the window's file path (a file only)
        bool siteServer = false;
    };
    // Shows the database `worker` opens (it becomes the pages' worker) and remembers it.
    void showDatabase(DatabaseJobs* worker, const Shown& shown);
    // The folder the file dialogs start in: the open file's, else the home folder.
    [[nodiscard]] QString fileFolder() const;

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
    // File ▸ Connect to Site Server… (MainWindowSite.cpp), starting from `address`.
    void connectToSiteDialog(const QString& address = {});
    void siteConnectFailed(const QString& address, const Error& error, const std::function<void(SiteOutcome)>& then);
    void askSitePassword(const QString& address, const std::function<void(SiteOutcome)>& then);
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
    QAction* m_backUp = nullptr;       // a file only: a site server is backed up on the server
    QLabel* m_fileLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_schemaLabel = nullptr;
    QLabel* m_journalLabel = nullptr; // why writes are journalled differently (a network share); hidden otherwise
    bool m_statusPending = false;
    bool m_asksWhoIAm = false;
    bool m_shown = false;
};

} // namespace fb::ui
