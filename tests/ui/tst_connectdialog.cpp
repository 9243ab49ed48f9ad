// File ▸ Connect to Site Server… against the test cluster: the dialog says
// which addresses it takes, and is usable from the keyboard alone; the window
// connects in the background to a site database holding a small demo site,
// names it, shows the same scorecard and interactions as the same site in a
// file, remembers the address (Open Recent, the dialog) and never a password;
// an address with a password is refused with the store's message and not
// remembered; Cancel stops waiting for a server that does not answer at once.
// With FB_SCREENSHOT_DIR=DIR it saves connect-dialog.png there.
#include "AppSupport.h"
#include "DemoSite.h"
#include "FbTestSupport.h"
#include "FeaturePages.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "Settings.h"
#include "SiteWindowTest.h"
#include "Startup.h"
#include "background/DatabaseJobs.h"
#include "dialogs/ConnectDialog.h"
#include "models/KindTableModel.h"
#include "pages/InteractionsPage.h"
#include "pages/scorecards/ScorecardPage.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <cstring>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace fb;
using Outcome = ui::MainWindow::SiteOutcome;

namespace {

demo::DemoOptions smallSite()
{
    demo::DemoOptions options;
    options.agents = 8;
    options.teams = 2;
    options.weeks = 3;
    options.contactsPerWeek = 20;
    return options;
}

int scorecardsIndex()
{
    for (size_t i = 0; i < ui::featurePages().size(); ++i)
        if (ui::featurePages()[i].icon == u"scorecards"_s)
            return ui::MainWindow::FirstFeatureIndex + int(i);
    return -1;
}

// Every cell of a model as displayed, row by row.
QStringList shownCells(const QAbstractItemModel* model)
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data().toString();
        rows << cells.join(u" | "_s);
    }
    return rows;
}

QMenu* recentMenu(ui::MainWindow& window)
{
    for (QMenu* menu : window.menuBar()->findChildren<QMenu*>())
        if (menu->title() == u"Open &Recent"_s)
            return menu;
    return nullptr;
}

// A "server" that takes connections on a Unix socket and never answers, so
// libpq waits for it; closing it resets the waiting connection.
class SilentServer final {
public:
    explicit SilentServer(const QString& socketPath)
    {
#ifdef Q_OS_UNIX
        m_fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un where{};
        where.sun_family = AF_UNIX;
        const QByteArray path = socketPath.toLocal8Bit();
        if (m_fd < 0 || size_t(path.size()) >= sizeof where.sun_path)
            return;
        std::memcpy(where.sun_path, path.constData(), size_t(path.size()));
        m_listening = ::bind(m_fd, reinterpret_cast<sockaddr*>(&where), sizeof where) == 0 && ::listen(m_fd, 4) == 0;
#endif
    }
    ~SilentServer()
    {
        close();
    }
    SilentServer(const SilentServer&) = delete;
    SilentServer& operator=(const SilentServer&) = delete;
    [[nodiscard]] bool listening() const
    {
        return m_listening;
    }
    void close()
    {
#ifdef Q_OS_UNIX
        if (m_fd >= 0)
            ::close(m_fd);
#endif
        m_fd = -1;
    }

private:
    int m_fd = -1;
    bool m_listening = false;
};

QAction* fileAction(ui::MainWindow& window, const QString& text)
{
    for (QAction* action : window.menuBar()->actions().first()->menu()->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

} // namespace

class TestConnectDialog final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void addressProblems_data();
    void addressProblems();
    void keyboardOnly();
    void connectsAndShowsTheSameSiteAsTheFile();
    void refusesAnAddressWithAPassword();
    void cancelStopsWaitingAtOnce();
    void startsOnTheLastSiteServer();
    void aLastServerThatFailsSaysWhyAndLeavesTheWindowOpen();

private:
    QTemporaryDir m_dir;
    QString m_file;
    QString m_site;
};

void TestConnectDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the window's settings stay out of the user's
    ui::initResources();
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(u"site.floorboard"_s);
    QVERIFY(fbtest::makeDemoSite(m_file, smallSite()));
    m_site = test::siteDatabaseFor(u"connect-dialog-site"_s);
    QVERIFY(fbtest::makeDemoSite(m_site, smallSite()));
}

void TestConnectDialog::addressProblems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    const QString empty = u"Type the site server's address, or pick a remembered one."_s;
    const QString notSite = u"This is not a site server address: it starts with postgresql://, or with words such as "
                            "host=, dbname= or service=. A database file opens with File ▸ Open…."_s;
    QTest::newRow("empty") << QString() << empty;
    QTest::newRow("spaces") << u"   "_s << empty;
    QTest::newRow("file") << u"/home/kim/site.floorboard"_s << notSite;
    QTest::newRow("words without =") << u"dbhost site"_s << notSite;
    QTest::newRow("uri") << u"postgresql://dbhost/site"_s << QString();
    QTest::newRow("short uri") << u"postgres://dbhost/site"_s << QString();
    QTest::newRow("keywords") << u"host=dbhost dbname=site user=floorboard"_s << QString();
    QTest::newRow("service") << u" service=site "_s << QString();
}

void TestConnectDialog::addressProblems()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    QCOMPARE(ui::ConnectDialog::addressProblem(text), problem);
}

void TestConnectDialog::keyboardOnly()
{
    ui::Settings::addRecentFile(u"service=branch"_s);
    ui::Settings::addRecentFile(m_file); // a file: not offered to connect to
    ui::Settings::addRecentFile(u"postgresql://dbhost/site"_s);
    ui::ConnectDialog dialog(ui::Settings::recentSites(), QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* address = dialog.findChild<QComboBox*>();
    auto* problem = dialog.findChild<QLabel*>(u"addressProblem"_s);
    auto* connectButton = dialog.findChild<QPushButton*>();
    for (QPushButton* b : dialog.findChildren<QPushButton*>())
        if (b->text() == u"&Connect"_s)
            connectButton = b;
    QCOMPARE(address->count(), 2);
    QCOMPARE(address->itemText(0), u"postgresql://dbhost/site"_s);
    QCOMPARE(address->itemText(1), u"service=branch"_s);
    QCOMPARE(QApplication::focusWidget(), address); // typing starts at once, in its line
    QCOMPARE(connectButton->text(), u"&Connect"_s);
    QVERIFY(!connectButton->isEnabled());
    QCOMPARE(problem->text(), u"Type the site server's address, or pick a remembered one."_s);

    QTest::keyClicks(address->lineEdit(), u"site.db"_s);
    QVERIFY(!connectButton->isEnabled());
    QVERIFY(problem->text().startsWith(u"This is not a site server address"_s));
    address->lineEdit()->selectAll();
    QTest::keyClicks(address->lineEdit(), u"service=site"_s);
    QVERIFY(connectButton->isEnabled());
    QCOMPARE(problem->text(), QString());
    QVERIFY(fb::test::saveScreenshot(dialog.grab().toImage(), u"connect-dialog.png"_s));

    // Alt+Down opens the remembered ones; Down and Enter pick the second.
    QTest::keyClick(address, Qt::Key_Down, Qt::AltModifier);
    QTRY_VERIFY(address->view()->isVisible());
    QTest::keyClick(address->view(), Qt::Key_Down);
    QTest::keyClick(address->view(), Qt::Key_Return);
    QTRY_VERIFY(!address->view()->isVisible());
    QCOMPARE(dialog.address(), u"service=branch"_s);
    QTest::keyClick(address->lineEdit(), Qt::Key_Return); // Enter connects
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestConnectDialog::connectsAndShowsTheSameSiteAsTheFile()
{
    ui::MainWindow fromFile;
    QVERIFY(fromFile.openDatabase(m_file).ok());
    ui::MainWindow window;
    window.show();
    std::optional<Outcome> outcome;
    window.connectToSite(m_site, [&](Outcome o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
    QCOMPARE(*outcome, Outcome::Connected);

    QCOMPARE(window.databasePath(), m_site);
    QVERIFY(window.isSiteServer());
    QCOMPARE(window.windowTitle(), fbtest::siteName(m_site) + u" — Floorboard"_s);
    QCOMPARE(window.windowFilePath(), QString());
    auto* where = window.findChild<QLabel*>(u"databaseLabel"_s);
    QVERIFY(where);
    QCOMPARE(where->text(), u"Site server: "_s + fbtest::siteName(m_site));
    QAction* backUp = fileAction(window, u"&Back Up…"_s);
    QVERIFY(backUp);
    QVERIFY(!backUp->isEnabled());
    QCOMPARE(
        backUp->toolTip(),
        u"Back Up copies a database file. A site server is backed up on the server itself, by your site manager."_s);
    QVERIFY(fileAction(window, u"&Import CSV…"_s)->isEnabled());

    // Remembered as typed, beside the file, and offered again.
    QCOMPARE(ui::Settings::lastDatabase(), m_site);
    QCOMPARE(ui::Settings::recentFiles(), QStringList({m_site, QFileInfo(m_file).absoluteFilePath()}));
    QCOMPARE(ui::Settings::recentSites(), QStringList({m_site}));
    QMenu* recent = recentMenu(window);
    QVERIFY(recent);
    emit recent->aboutToShow();
    QCOMPARE(recent->actions().at(0)->text(), u"&1  Site server: "_s + m_site);
    QCOMPARE(recent->actions().at(0)->toolTip(), u"A shared site database on a PostgreSQL server"_s);
    QCOMPARE(recent->actions().at(1)->text(), u"&2  "_s + QFileInfo(m_file).absoluteFilePath());
    // Clear List forgets both.
    QAction* clear = recent->actions().last();
    QCOMPARE(clear->text(), u"&Clear List"_s);
    clear->trigger();
    QCOMPARE(ui::Settings::recentFiles(), QStringList());
    QCOMPARE(ui::Settings::recentSites(), QStringList());

    // The Interactions page: the same first rows, in the same order.
    for (ui::MainWindow* w : {&fromFile, &window})
        w->showPage(ui::MainWindow::InteractionsIndex);
    ui::KindTableModel* siteRows = window.interactionsPage()->model();
    ui::KindTableModel* fileRows = fromFile.interactionsPage()->model();
    QTRY_VERIFY_WITH_TIMEOUT(siteRows->rowCount() > 0 && !siteRows->isLoading(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(fileRows->rowCount() > 0 && !fileRows->isLoading(), 30000);
    QCOMPARE(siteRows->rowCount(), ui::KindTableModel::kDefaultPageSize);
    QCOMPARE(shownCells(siteRows), shownCells(fileRows));

    // The Scorecards page, computed on its own connection to the server.
    const int scorecards = scorecardsIndex();
    QVERIFY(scorecards > 0);
    for (ui::MainWindow* w : {&fromFile, &window})
        w->showPage(scorecards);
    auto* sitePage = qobject_cast<ui::scorecards::ScorecardPage*>(window.page(scorecards));
    auto* filePage = qobject_cast<ui::scorecards::ScorecardPage*>(fromFile.page(scorecards));
    QVERIFY(sitePage && filePage);
    QTRY_VERIFY_WITH_TIMEOUT(sitePage->table()->model()->rowCount() > 0 && !sitePage->isComputing(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(filePage->table()->model()->rowCount() > 0 && !filePage->isComputing(), 30000);
    // floorboard-cli --db x.db demo --agents 8 --teams 2 --weeks 3 --contacts-per-week 20, then
    // scorecard --level agent --weeks 4: Billing (the first team) has four agents with data.
    QCOMPARE(sitePage->table()->model()->rowCount(), 4);
    QCOMPARE(shownCells(sitePage->table()->model()), shownCells(filePage->table()->model()));
    QTRY_VERIFY(window.isIdle());
    QVERIFY(!fbtest::everythingInSettings().contains(u"password"_s));
}

void TestConnectDialog::refusesAnAddressWithAPassword()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_file).ok());
    const QString withPassword = m_site + u" password=Hunter2secret"_s;
    fbtest::MessageBoxCatcher box(&window);
    std::optional<Outcome> outcome;
    window.connectToSite(withPassword, [&](Outcome o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
    QCOMPARE(*outcome, Outcome::Failed);
    QVERIFY(box.caught);
    QCOMPARE(box.text, u"Floorboard cannot connect to this site server."_s);
    QCOMPARE(box.informative,
             u"the site server's address holds a password; Floorboard keeps none: put it in libpq's password file "
             "(~/.pgpass) or a service file, and leave it out of the address"_s);
    // Nothing changed: the file stays open, and nothing was remembered.
    QCOMPARE(window.databasePath(), QFileInfo(m_file).absoluteFilePath());
    QCOMPARE(ui::Settings::lastDatabase(), QFileInfo(m_file).absoluteFilePath());
    QCOMPARE(ui::Settings::recentFiles(), QStringList({QFileInfo(m_file).absoluteFilePath()}));
    QVERIFY(!fbtest::everythingInSettings().contains(u"Hunter2secret"_s));
}

void TestConnectDialog::cancelStopsWaitingAtOnce()
{
    // A "server" that takes the connection and never answers: libpq waits for it.
    QTemporaryDir socketDir;
    SilentServer silent(socketDir.filePath(u".s.PGSQL.5432"_s));
    QVERIFY(silent.listening());
    const QString address = u"host=%1 port=5432 dbname=site connect_timeout=60"_s.arg(socketDir.path());
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_file).ok());
    std::optional<Outcome> outcome;
    window.connectToSite(address, [&](Outcome o) { outcome = o; });

    // The window keeps painting and answering while libpq waits.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(50);
    QProgressDialog* progress = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((progress = window.findChild<QProgressDialog*>()) && progress->isVisible(), 5000);
    QVERIFY(ticks >= 3); // a 50 ms timer kept firing while the dialog waited its 400 ms
    QCOMPARE(progress->labelText(), u"Connecting to %1…"_s.arg(address));
    QVERIFY(!outcome.has_value());

    QElapsedTimer cancelled;
    cancelled.start();
    auto* cancel = progress->findChild<QPushButton*>();
    QCOMPARE(cancel->text(), u"Cancel"_s);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 1000);
    QVERIFY(cancelled.elapsed() < 1000);
    QCOMPARE(*outcome, Outcome::Cancelled);
    QVERIFY(!progress->isVisible());
    QCOMPARE(window.databasePath(), QFileInfo(m_file).absoluteFilePath()); // the file stays open
    QCOMPARE(ui::Settings::recentSites(), QStringList());
    silent.close(); // libpq gives up; the abandoned worker then goes away
    QTRY_COMPARE_WITH_TIMEOUT(ui::DatabaseJobs::outstandingJobs(), 0, 10000);
}

void TestConnectDialog::startsOnTheLastSiteServer()
{
    ui::Settings::setLastDatabase(m_site);
    ui::MainWindow window;
    window.show();
    ui::startUp(window, {});
    QCOMPARE(window.databasePath(), QString()); // not yet: the start does not wait for the server
    QTRY_COMPARE_WITH_TIMEOUT(window.databasePath(), m_site, 30000);
    QCOMPARE(window.windowTitle(), fbtest::siteName(m_site) + u" — Floorboard"_s);
}

void TestConnectDialog::aLastServerThatFailsSaysWhyAndLeavesTheWindowOpen()
{
    const QString gone = u"host=%1 dbname=site"_s.arg(m_dir.filePath(u"no-server-here"_s));
    ui::Settings::setLastDatabase(gone);
    const bool demoBefore = QFileInfo::exists(ui::Settings::defaultDemoPath());
    ui::MainWindow window;
    window.show();
    fbtest::MessageBoxCatcher box(&window);
    ui::startUp(window, {});
    QTRY_VERIFY_WITH_TIMEOUT(box.caught, 30000);
    QCOMPARE(box.text, u"Floorboard cannot connect to this site server."_s);
    QVERIFY2(box.informative.startsWith(u"cannot connect to the site server: "_s), qPrintable(box.informative));
    QVERIFY2(box.informative.contains(u"No such file or directory"_s), qPrintable(box.informative));
    QTRY_COMPARE(ui::DatabaseJobs::outstandingJobs(), 0);
    QCOMPARE(window.databasePath(), QString()); // open, without a database, to pick another
    QCOMPARE(window.windowTitle(), u"Floorboard"_s);
    QCOMPARE(QFileInfo::exists(ui::Settings::defaultDemoPath()), demoBefore); // no demo made in its place
    QCOMPARE(ui::Settings::lastDatabase(), gone);
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (const int skip = fb::test::skipWithoutCluster())
        return skip; // CTest's SKIP_RETURN_CODE for this test
    TestConnectDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connectdialog.moc"
