// Smoke test of the window on a small demo site: both pages show rows, the
// view can read further pages, and the agent filter keeps only that agent.
#include "AppSupport.h"
#include "FeaturePages.h"
#include "MainWindow.h"
#include "models/KindTableModel.h"
#include "pages/AgentsPage.h"
#include "pages/InteractionsPage.h"
#include "store/Browse.h"
#include "store/Database.h"

#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;

class TestMainWindow final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void showsAgentsAndInteractions();
    void featurePagesOpenOnFirstVisitAndCloseWithTheDatabase();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
    ui::initResources();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"smoke.floorboard"_s);
    auto db = store::Database::open(m_path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    demo::DemoOptions options;
    options.agents = 8;
    options.teams = 2;
    options.weeks = 3;
    options.contactsPerWeek = 20;
    auto summary = demo::generateDemo(**db, options);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
    QVERIFY(summary->interactions > ui::KindTableModel::kDefaultPageSize);
}

static int interactionsOf(const QString& path, const QString& agent)
{
    auto db = store::Database::open(path, store::Database::Mode::ReadOnly);
    int count = 0;
    (void)store::forEachRow(**db, kindSpec(Kind::Interactions), [&](const std::vector<Value>& row) {
        count += valueToText(row[1]) == agent.toStdString() ? 1 : 0;
        return true;
    });
    return count;
}

// The newest interaction (latest start, then largest id): the page's first row.
static std::string newestInteractionId(const QString& path)
{
    auto db = store::Database::open(path, store::Database::Mode::ReadOnly);
    std::pair<std::string, std::string> newest;
    (void)store::forEachRow(**db, kindSpec(Kind::Interactions), [&](const std::vector<Value>& row) {
        const std::pair<std::string, std::string> key{valueToText(row[2]), valueToText(row[0])};
        if (newest < key)
            newest = key;
        return true;
    });
    return newest.second;
}

void TestMainWindow::showsAgentsAndInteractions()
{
    ui::MainWindow window;
    const Status opened = window.openDatabase(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    window.show();
    QVERIFY(window.windowTitle().startsWith(u"smoke.floorboard"_s));
    // A database on a local disk keeps WAL: no journal note in the status bar.
    const auto* journalNote = window.findChild<QLabel*>(u"journalNote"_s);
    QVERIFY(journalNote);
    QVERIFY(journalNote->isHidden());

    window.showPage(ui::MainWindow::AgentsIndex);
    ui::KindTableModel* agents = window.agentsPage()->model();
    QTRY_VERIFY_WITH_TIMEOUT(agents->rowCount() > 0, 10000);
    QTRY_VERIFY(!agents->isLoading());
    QCOMPARE(agents->rowCount(), 8);

    window.showPage(ui::MainWindow::InteractionsIndex);
    ui::KindTableModel* interactions = window.interactionsPage()->model();
    QTRY_VERIFY_WITH_TIMEOUT(interactions->rowCount() > 0, 10000);
    QTRY_VERIFY(!interactions->isLoading());
    QCOMPARE(interactions->index(0, 0).data(ui::KindTableModel::RawRole).toString().toStdString(),
             newestInteractionId(m_path));

    // More rows come when the view asks for them.
    const int firstPage = interactions->rowCount();
    QVERIFY(interactions->canFetchMore());
    interactions->fetchMore();
    QTRY_VERIFY_WITH_TIMEOUT(interactions->rowCount() > firstPage, 10000);

    // The agent filter shows only that agent's rows, all of them.
    const QString agent = agents->index(1, 0).data(ui::KindTableModel::RawRole).toString();
    window.interactionsPage()->setAgent(agent);
    QTRY_VERIFY_WITH_TIMEOUT(!interactions->isLoading() && interactions->rowCount() > 0, 10000);
    while (interactions->canFetchMore() || interactions->isLoading()) {
        interactions->fetchMore();
        QTRY_VERIFY(!interactions->isLoading());
    }
    QVERIFY(interactions->rowCount() > 0);
    QCOMPARE(interactions->rowCount(), interactionsOf(m_path, agent));
    for (int r = 0; r < interactions->rowCount(); ++r)
        QCOMPARE(interactions->index(r, 1).data(ui::KindTableModel::RawRole).toString(), agent);

    // An agent without interactions leaves the empty state, not a stuck "Loading…".
    window.interactionsPage()->setAgent(u"nobody"_s);
    QTRY_VERIFY(interactions->atEnd() && !interactions->isLoading());
    QCOMPARE(interactions->rowCount(), 0);
    QTRY_VERIFY(window.isIdle());
}

void TestMainWindow::featurePagesOpenOnFirstVisitAndCloseWithTheDatabase()
{
    ui::MainWindow window;
    QVERIFY(window.openDatabase(m_path).ok());
    window.show();
    QCOMPARE(ui::MainWindow::pageCount(), ui::MainWindow::FirstFeatureIndex + int(ui::featurePages().size()));
    for (int i = ui::MainWindow::FirstFeatureIndex; i < ui::MainWindow::pageCount(); ++i) {
        QVERIFY(window.page(i) == nullptr); // nothing is computed before a lead asks for it
        window.showPage(i);
        QVERIFY(window.page(i) != nullptr);
        QVERIFY(window.page(i)->isVisible());
    }
    auto* nav = window.findChild<QListWidget*>(u"navigation"_s);
    QVERIFY(nav);
    QCOMPARE(nav->currentRow(), ui::MainWindow::pageCount() - 1);
    nav->setCurrentRow(ui::MainWindow::AgentsIndex); // a click in the sidebar switches pages too
    QCOMPARE(window.page(ui::MainWindow::AgentsIndex), static_cast<QWidget*>(window.agentsPage()));
    QVERIFY(window.agentsPage()->isVisible());
    QVERIFY(window.openDatabase(m_path).ok()); // reopening drops the pages with their connections
    QVERIFY(window.page(ui::MainWindow::FirstFeatureIndex) == nullptr);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
