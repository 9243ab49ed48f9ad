// MainWindow's menus and the File actions; the window itself is in MainWindow.cpp.

#include "AppSupport.h"
#include "Appearance.h"
#include "FeaturePages.h"
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "Settings.h"
#include "background/DatabaseJobs.h"
#include "dialogs/DemoDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/GuideDialog.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/MeDialog.h"
#include "pages/InteractionsPage.h"
#include "store/AgentDirectory.h"
#include "store/Backup.h"
#include "store/Database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStringList>
#include <QStyle>

namespace fb::ui {

// The tr() of this file's free functions: one translation context per file, which lupdate reads.
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::MainWindow)
};
} // namespace

using namespace Qt::StringLiterals;

namespace {

QString databaseFilter()
{
    return Tr::tr("Floorboard databases (*.floorboard *.db);;All files (*)");
}

// A demo that failed or was cancelled leaves an empty file behind; the next start should offer the demo again.
void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

} // namespace

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(icon(u"new"_s), tr("&New Database…"), QKeySequence::New, this, &MainWindow::newDatabase);
    file->addAction(icon(u"open"_s), tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDatabaseDialog);
    // Ctrl+L: "Open Location", the desktops' key for opening by address.
    file->addAction(style()->standardIcon(QStyle::SP_DriveNetIcon), tr("Connect to &Site Server…"),
                    QKeySequence(tr("Ctrl+L")), this, [this] { connectToSiteDialog(); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setToolTipsVisible(true);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    m_databaseActions << file->addAction(icon(u"import"_s), tr("&Import CSV…"), QKeySequence(tr("Ctrl+I")), this,
                                         &MainWindow::importCsv);
    m_databaseActions << file->addAction(icon(u"export"_s), tr("&Export CSV…"), QKeySequence(tr("Ctrl+E")), this,
                                         &MainWindow::exportCsv);
    m_backUp = file->addAction(icon(u"backup"_s), tr("&Back Up…"), this, &MainWindow::backUp);
    m_databaseActions << m_backUp;
    file->setToolTipsVisible(true); // why Back Up is off on a site server
    file->addSeparator();
    file->addAction(icon(u"demo"_s), tr("Create &Demo Site…"), this, &MainWindow::createDemoDialog);
    file->addSeparator();
    m_databaseActions << file->addAction(tr("My &Team and Name…"), this, &MainWindow::editMe);
    file->addSeparator();
    QAction* quit = file->addAction(icon(u"quit"_s), tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_databaseActions << view->addAction(icon(u"agents"_s), tr("&Agents"), QKeySequence(tr("Ctrl+1")), this,
                                         [this] { showPage(AgentsIndex); });
    m_databaseActions << view->addAction(icon(u"interactions"_s), tr("&Interactions"), QKeySequence(tr("Ctrl+2")), this,
                                         [this] { showPage(InteractionsIndex); });
    int shortcut = 3;
    for (int i = 0; i < int(featurePages().size()); ++i) {
        const FeaturePage& p = featurePages()[size_t(i)];
        // Ctrl+1 to Ctrl+9, then Ctrl+0 (the key after 9 on the keyboard); pages
        // after the tenth have no shortcut.
        const QKeySequence keys = shortcut <= 10 ? QKeySequence(tr("Ctrl+%1").arg(shortcut % 10)) : QKeySequence();
        ++shortcut;
        m_databaseActions << view->addAction(icon(p.icon), featureText(p.title), keys, this,
                                             [this, i] { showPage(FirstFeatureIndex + i); });
    }
    view->addSeparator();
    m_databaseActions << view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refreshAll);
    view->addSeparator();
    view->addMenu(new LanguageMenu(this));
    auto* appearance = new AppearanceMenu(this);
    // Tables recolour on their next paint; charts and filled lists are drawn
    // with the palette of their time, so they are built again.
    connect(appearance, &AppearanceMenu::appearanceChosen, this, [this] {
        if (!databasePath().isEmpty())
            refreshAll();
    });
    view->addMenu(appearance);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Guide"), QKeySequence::HelpContents, this, [this] {
        auto* dialog = new GuideDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence(tr("Ctrl+/")), this, [this] {
        auto* dialog = HelpDialog::shortcuts(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addAction(tr("G&lossary"), QKeySequence(tr("Shift+F1")), this, [this] {
        auto* dialog = HelpDialog::glossary(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addSeparator();
    help->addAction(icon(u"about"_s), tr("&About Floorboard"), this, &MainWindow::about)
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings::recentFiles();
    int n = 1;
    for (const QString& f : files) {
        // &1 … &8 make the list keyboard-friendly. A site server says so, and
        // keeps its address as typed (it is no path to make native).
        const bool site = store::isSiteServerAddress(f);
        const QString text = site ? u"&%1  %2"_s.arg(n++).arg(tr("Site server: %1").arg(f))
                                  : u"&%1  %2"_s.arg(n++).arg(QDir::toNativeSeparators(f));
        QAction* action = m_recentMenu->addAction(text, this, [this, f] {
            if (Status st = openDatabase(f); !st.ok())
                showError(tr("Open Database"), tr("Floorboard cannot open this database."), st.error());
        });
        if (site) {
            action->setIcon(style()->standardIcon(QStyle::SP_DriveNetIcon));
            action->setToolTip(tr("A shared site database on a PostgreSQL server"));
        }
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [] { Settings::clearRecentFiles(); })
        ->setEnabled(!files.isEmpty());
}

void MainWindow::newDatabase()
{
    QString path = fileDialogs::saveFile(this, tr("New Database"), QDir(fileFolder()).filePath(u"site.floorboard"_s),
                                         databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".floorboard"_s;
    // The save dialog already asked whether to replace it; an old database must not be opened in its place.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("New Database"), tr("The existing file could not be replaced."), Error::plain(path));
        return;
    }
    if (Status st = openDatabase(path, true); !st.ok())
        showError(tr("New Database"), tr("Floorboard cannot create this database."), st.error());
}

void MainWindow::openDatabaseDialog()
{
    const QString path = fileDialogs::openFile(this, tr("Open Database"), fileFolder(), databaseFilter());
    if (path.isEmpty())
        return;
    if (Status st = openDatabase(path); !st.ok())
        showError(tr("Open Database"), tr("Floorboard cannot open this database."), st.error());
}

void MainWindow::importCsv()
{
    if (databasePath().isEmpty())
        return;
    const QString file = fileDialogs::openFile(this, tr("Import CSV"), Settings::lastImportFolder(),
                                               tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (file.isEmpty())
        return;
    Settings::setLastImportFolder(QFileInfo(file).absolutePath());
    ImportDialog dialog(databasePath(), this);
    connect(&dialog, &ImportDialog::imported, this, [this] { refreshAll(); });
    dialog.setFile(file);
    dialog.exec();
}

void MainWindow::exportCsv()
{
    if (databasePath().isEmpty())
        return;
    ExportDialog dialog(
        m_stack->currentWidget() == static_cast<QWidget*>(m_interactions) ? Kind::Interactions : Kind::Agents, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    exporting::ExportOptions options = dialog.options();
    // From the Interactions page, exactly the rows it shows, in its order.
    if (options.kind == Kind::Interactions && m_stack->currentWidget() == static_cast<QWidget*>(m_interactions))
        options.interactions = m_interactions->query();
    Settings::setLastExportFolder(QFileInfo(options.file).absolutePath());
    m_worker->runWithProgress(
        this, tr("Export CSV"), tr("Exporting to %1…").arg(QFileInfo(options.file).fileName()),
        [options](store::Database& db, const JobProgress& job) -> Result<exporting::ExportCount> {
            return exporting::runExport(
                db, options, [&job](qint64 rows) { job.progress(rows, 0); }, job.cancelFlag());
        },
        [this, options](Result<exporting::ExportCount> count) {
            if (!count.ok()) {
                showError(tr("Export CSV"), tr("The export did not finish; no file was written."), count.error());
                return;
            }
            QString message =
                tr("Exported %Ln row(s) to %1", nullptr, int(count->rows)).arg(QDir::toNativeSeparators(options.file));
            if (count->anonymousLeftOut > 0)
                message += tr("; %Ln anonymous response(s) left out", nullptr, int(count->anonymousLeftOut));
            statusBar()->showMessage(message, 10000);
        });
}

void MainWindow::backUp()
{
    if (databasePath().isEmpty() || isSiteServer())
        return;
    const QFileInfo current(databasePath());
    const QString suggested = current.absoluteDir().filePath(
        u"%1-%2.floorboard"_s.arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString target = fileDialogs::saveFile(this, tr("Back Up Database"), suggested, databaseFilter());
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == current.absoluteFilePath()) {
        showError(tr("Back Up Database"), tr("Choose another file than the open database."), Error::plain(target));
        return;
    }
    m_worker->runWithProgress(
        this, tr("Back Up Database"), tr("Writing %1…").arg(QFileInfo(target).fileName()),
        [target](store::Database& db, const JobProgress&) -> Status { return store::backupTo(db, target); },
        [this, target](const Status& st) {
            if (!st.ok()) {
                showError(tr("Back Up Database"), tr("The backup was not written."), st.error());
                return;
            }
            statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(target)), 10000);
        });
}

void MainWindow::createDemoDialog()
{
    // Suggest a name that does not exist yet: the demo needs an empty database.
    const QString dir = QFileInfo(Settings::defaultDemoPath()).absolutePath();
    QString suggested = Settings::defaultDemoPath();
    for (int n = 2; QFileInfo::exists(suggested); ++n)
        suggested = QDir(dir).filePath(u"demo-%1.floorboard"_s.arg(n));
    DemoDialog dialog(QDir::toNativeSeparators(suggested), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (QFileInfo::exists(dialog.path())) {
        const auto answer = QMessageBox::question(
            this, tr("Create Demo Site"),
            tr("%1 already exists. Replace it with the demo site?").arg(QDir::toNativeSeparators(dialog.path())));
        if (answer != QMessageBox::Yes || !QFile::remove(dialog.path()))
            return;
    }
    createDemo(dialog.path(), dialog.options());
}

void MainWindow::createDemo(const QString& path, const demo::DemoOptions& options,
                            const std::function<void(bool)>& then)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    // A worker of its own: the demo is a new file, created (not just opened) by the first job.
    auto* jobs = new DatabaseJobs(path, this, DatabaseJobs::OpenMode::CreateOrMigrate);
    jobs->runWithProgress(
        this, tr("Create Demo Site"), tr("Creating the demo site in %1…").arg(QDir::toNativeSeparators(path)),
        [options](store::Database& db, const JobProgress& job) -> Result<demo::DemoSummary> {
            return demo::generateDemo(
                db, options, [&job](int done, int weeks) { job.progress(done, weeks); }, job.cancelFlag());
        },
        [this, jobs, path, then](const Result<demo::DemoSummary>& summary) {
            // The file may be removed or reopened only once the worker's connection is closed.
            connect(jobs, &QObject::destroyed, this, [this, path, then, summary] { demoCreated(path, summary, then); });
            jobs->deleteLater();
        });
}

void MainWindow::demoCreated(const QString& path, const Result<demo::DemoSummary>& summary,
                             const std::function<void(bool)>& then)
{
    bool ok = summary.ok();
    if (!ok) {
        removeDatabaseFiles(path);
        showError(tr("Create Demo Site"), tr("The demo site was not created."), summary.error());
    } else if (Status st = openDatabase(path); !st.ok()) {
        showError(tr("Open Database"), tr("Floorboard cannot open this database."), st.error());
        ok = false;
    } else {
        statusBar()->showMessage(tr("Demo site created: %1, %2")
                                     .arg(tr("%Ln agent(s)", nullptr, int(summary->agents)),
                                          tr("%Ln interaction(s)", nullptr, int(summary->interactions))),
                                 10000);
    }
    if (then)
        then(ok);
}

void MainWindow::editMe()
{
    if (!m_worker)
        return;
    m_worker->run(this, readAgentDirectory, [this](Result<AgentDirectory> directory) {
        auto* dialog = new MeDialog(directory ? directory->teams : QStringList(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this](int result) {
            if (result != QDialog::Accepted) {
                Settings::setMe(Settings::myTeam(), Settings::myName()); // dismissed counts as asked
                return;
            }
            // The pages start on the team they are created with: reopen them (on the same page).
            if (const QString path = databasePath(); !path.isEmpty())
                (void)openDatabase(path);
        });
        dialog->open();
    });
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Floorboard"),
                       tr("<h3>Floorboard %1</h3>"
                          "<p>A console for contact-center team leads: scorecards, quality reviews, "
                          "coaching, calibration and friction-to-flow programs — on your own computer, "
                          "from the CSV exports you already have.</p>"
                          "<p>Database schema version %2.</p>")
                           .arg(QApplication::applicationVersion())
                           .arg(store::currentSchemaVersion()));
}

} // namespace fb::ui
