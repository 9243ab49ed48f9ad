#include "MainWindow.h"

#include "AppSupport.h"
#include "FeaturePages.h"
#include "ScreenFit.h"
#include "Settings.h"
#include "background/DatabaseJobs.h"
#include "models/CellFormat.h"
#include "models/KindTableModel.h"
#include "pages/AgentsPage.h"
#include "pages/InteractionsPage.h"
#include "store/Catalog.h"
#include "store/Database.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

#include <utility>

namespace fb::ui {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("Floorboard"));
    m_featurePages.assign(featurePages().size(), nullptr);
    buildSidebar();
    buildMenus();
    buildStatusBar();
    closeDatabase(); // the "no database" state until one is opened
    // 1280 x 800 where it fits; on a 720 px laptop the whole window stays on screen.
    resizeToScreen(this, QSize(1280, 800));
    restoreGeometry(Settings::windowGeometry());
    restoreState(Settings::windowState());
    // Saved on a larger screen (a docked monitor) and restored on the laptop alone.
    clampToScreen(this);
}

MainWindow::~MainWindow()
{
    closeDatabase();
}

void MainWindow::buildSidebar()
{
    m_nav = new QListWidget(this);
    m_nav->setObjectName(u"navigation"_s);
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setAccessibleDescription(tr("The pages of Floorboard; choosing one shows it beside the list."));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    // The sidebar takes the window colour so the table stays the one white area.
    m_nav->setBackgroundRole(QPalette::Window);
    m_nav->viewport()->setBackgroundRole(QPalette::Window);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.05);
    m_nav->setFont(navFont);

    auto addPage = [this](const QString& iconName, const QString& text, const QString& tip) {
        auto* item = new QListWidgetItem(icon(iconName), text, m_nav);
        item->setToolTip(tip);
        item->setSizeHint(QSize(0, 38));
        return item;
    };
    addPage(u"agents"_s, tr("Agents"), tr("Everyone on the floor (Ctrl+1)"));
    addPage(u"interactions"_s, tr("Interactions"), tr("Calls, chats and emails (Ctrl+2)"));

    for (const FeaturePage& page : featurePages())
        addPage(page.icon, featureText(page.title), featureText(page.tip));

    m_stack = new QStackedWidget(this);
    m_noDatabase = new QLabel(this);
    auto* label = static_cast<QLabel*>(m_noDatabase);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setText(tr("No database is open.<br>Use <b>File ▸ Open…</b>, <b>File ▸ Connect to Site Server…</b>, "
                      "<b>File ▸ New Database…</b> or <b>File ▸ Create Demo Site…</b>"));
    m_stack->addWidget(m_noDatabase);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* sidebar = new QWidget(central);
    sidebar->setFixedWidth(220);
    auto* sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(8, 12, 8, 8);
    sidebarLayout->addWidget(m_nav);
    layout->addWidget(sidebar);
    auto* line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < pageCount())
            showPage(row);
    });
}

void MainWindow::buildStatusBar()
{
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(u"databaseLabel"_s);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countsLabel = new QLabel(this);
    m_schemaLabel = new QLabel(this);
    m_journalLabel = new QLabel(this);
    m_journalLabel->setObjectName(u"journalNote"_s);
    m_journalLabel->hide();
    statusBar()->addWidget(m_fileLabel, 1);
    // Permanent, so a passing message (an export finished) does not hide it.
    statusBar()->addPermanentWidget(m_journalLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_schemaLabel);
}

QString MainWindow::databasePath() const
{
    return m_worker ? m_worker->path() : QString();
}

bool MainWindow::isSiteServer() const
{
    return m_worker && store::isSiteServerAddress(m_worker->path());
}

QString MainWindow::fileFolder() const
{
    return databasePath().isEmpty() || isSiteServer() ? QDir::homePath() : QFileInfo(databasePath()).absolutePath();
}

Status MainWindow::openDatabase(const QString& path, bool create)
{
    if (store::isSiteServerAddress(path)) {
        connectToSite(path);
        return {};
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QString journalNote;
    {
        // Opened here once so a wrong file is refused (and an old one migrated)
        // before anything changes on screen; the pages then use their own connection.
        // An existing file that cannot be written (a read-only folder, media
        // or file) is opened read-only, and the status bar says so.
        auto db = store::Database::open(absolute,
                                        create ? store::Database::Mode::CreateOrMigrate : store::Database::Mode::Read);
        if (!db.ok())
            return db.error();
        journalNote = db.value()->journalNote();
        if (const QString readOnly = db.value()->readOnlyNote(); !readOnly.isEmpty())
            journalNote = journalNote.isEmpty() ? readOnly : journalNote + u' ' + readOnly;
    }
    Shown shown;
    shown.title = QFileInfo(absolute).fileName();
    shown.where = QDir::toNativeSeparators(absolute);
    shown.tip = shown.where;
    shown.note = journalNote;
    shown.filePath = absolute;
    showDatabase(new DatabaseJobs(absolute, this), shown);
    return {};
}

void MainWindow::showDatabase(DatabaseJobs* worker, const Shown& shown)
{
    closeDatabase();
    m_worker = worker;
    m_agents = new AgentsPage(*m_worker, m_stack);
    m_interactions = new InteractionsPage(*m_worker, m_stack);
    m_stack->addWidget(m_agents);
    m_stack->addWidget(m_interactions);
    connect(m_interactions, &InteractionsPage::exportRequested, this, &MainWindow::exportCsv);
    connect(m_agents, &AgentsPage::showInteractionsRequested, this, [this](const QString& agentId) {
        m_interactions->setAgent(agentId);
        showPage(InteractionsIndex);
    });
    for (auto* model : {m_agents->model(), m_interactions->model()})
        connect(model, &KindTableModel::loadFailed, this, [this](const QString& message) {
            statusBar()->showMessage(tr("Could not read the database: %1").arg(message));
        });
    for (QAction* action : std::as_const(m_databaseActions))
        action->setEnabled(true);
    // A copy of a site server is made on the server, by whoever runs it.
    m_backUp->setEnabled(!shown.siteServer);
    m_backUp->setToolTip(shown.siteServer ? tr("Back Up copies a database file. A site server is backed up on the "
                                               "server itself, by your site manager.")
                                          : tr("Writes a consistent copy of the open database, even while it is "
                                               "in use."));
    m_nav->setEnabled(true);
    const int row = m_nav->currentRow();
    showPage(row >= 0 && row < pageCount() ? row : AgentsIndex);

    setWindowTitle(tr("%1 — Floorboard").arg(shown.title));
    setWindowFilePath(shown.filePath);
    m_fileLabel->setText(shown.where);
    m_fileLabel->setToolTip(shown.tip);
    m_journalLabel->setText(shown.note);
    m_journalLabel->setVisible(!shown.note.isEmpty());
    Settings::setLastDatabase(m_worker->path());
    Settings::addRecentFile(m_worker->path());
    refreshStatus();
    if (m_asksWhoIAm && !Settings::meAsked()) {
        m_asksWhoIAm = false; // once
        QTimer::singleShot(0, this, &MainWindow::editMe);
    }
}

void MainWindow::closeDatabase()
{
    // Pages first: their models hold a reference to the worker.
    m_stack->setCurrentWidget(m_noDatabase);
    for (QWidget*& page : m_featurePages) {
        delete page;
        page = nullptr;
    }
    delete m_agents;
    delete m_interactions;
    m_agents = nullptr;
    m_interactions = nullptr;
    delete m_worker;
    m_worker = nullptr;
    m_statusPending = false;
    for (QAction* action : std::as_const(m_databaseActions))
        action->setEnabled(false);
    m_nav->setEnabled(false);
    setWindowTitle(tr("Floorboard"));
    setWindowFilePath(QString());
    m_fileLabel->clear();
    m_fileLabel->setToolTip(QString());
    m_countsLabel->clear();
    m_schemaLabel->clear();
    m_journalLabel->clear();
    m_journalLabel->hide();
}

int MainWindow::pageCount()
{
    return FirstFeatureIndex + int(featurePages().size());
}

QWidget* MainWindow::page(int index) const
{
    if (index == AgentsIndex)
        return m_agents;
    if (index == InteractionsIndex)
        return m_interactions;
    const int feature = index - FirstFeatureIndex;
    return feature >= 0 && feature < int(m_featurePages.size()) ? m_featurePages[size_t(feature)] : nullptr;
}

void MainWindow::showPage(int index)
{
    if (!m_agents || index < 0 || index >= pageCount())
        return;
    const int feature = index - FirstFeatureIndex;
    if (feature >= 0 && !m_featurePages[size_t(feature)]) {
        // Created on first visit: each computes on its own thread, and a lead
        // who only browses agents never pays for the others.
        QWidget* created = featurePages()[size_t(feature)].create(databasePath(), m_stack);
        m_featurePages[size_t(feature)] = created;
        m_stack->addWidget(created);
        featurePages()[size_t(feature)].connectDrillDown(created, this, [this](const ContactsRequest& request) {
            m_interactions->showContacts(request);
            showPage(InteractionsIndex);
        });
    }
    const QSignalBlocker blocker(m_nav);
    m_nav->setCurrentRow(index);
    m_stack->setCurrentWidget(page(index));
}

bool MainWindow::isIdle() const
{
    if (!m_agents)
        return true;
    if (m_stack->currentWidget() != m_agents && m_stack->currentWidget() != m_interactions)
        return !m_statusPending; // feature pages say themselves when they are done
    const KindTableModel* model =
        m_stack->currentWidget() == m_interactions ? m_interactions->model() : m_agents->model();
    return !m_statusPending && !model->isLoading();
}

void MainWindow::refreshStatus()
{
    if (!m_worker)
        return;
    m_statusPending = true;
    m_countsLabel->setText(tr("Counting…"));
    // databaseInfo counts every table: on ten million interactions that is work for the worker.
    m_worker->run(this, store::databaseInfo, [this](Result<store::DatabaseInfo> info) {
        m_statusPending = false;
        if (!info.ok()) {
            m_countsLabel->setText(tr("Counts unavailable"));
            m_countsLabel->setToolTip(info.error().toString());
            return;
        }
        qint64 agents = 0, interactions = 0;
        QStringList details;
        for (const auto& c : info->counts) {
            if (c.kind == Kind::Agents)
                agents = c.rows;
            else if (c.kind == Kind::Interactions)
                interactions = c.rows;
            details << tr("%1: %L2").arg(kindLabel(c.kind)).arg(c.rows);
        }
        m_countsLabel->setText(tr("%Ln agent(s)", nullptr, int(agents)) + u" · "_s +
                               tr("%Ln interaction(s)", nullptr, int(interactions)));
        QString tip = details.join(u'\n');
        if (!info->firstInteraction.isEmpty())
            tip +=
                u"\n\n"_s +
                tr("Interactions from %1 to %2").arg(info->firstInteraction.left(10), info->lastInteraction.left(10));
        m_countsLabel->setToolTip(tip);
        m_schemaLabel->setText(tr("Schema v%1").arg(info->schemaVersion));
    });
}

void MainWindow::refreshAll()
{
    if (!m_agents)
        return;
    m_agents->reload();
    m_interactions->reload();
    for (size_t i = 0; i < m_featurePages.size(); ++i)
        if (m_featurePages[i])
            featurePages()[i].reload(m_featurePages[i]);
    refreshStatus();
}

void MainWindow::showError(const QString& title, const QString& what, const Error& error)
{
    QMessageBox box(QMessageBox::Warning, title, what, QMessageBox::Ok, this);
    box.setInformativeText(error.toString());
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // Only now is the frame known: keep the title bar and the edges on the screen.
    if (!std::exchange(m_shown, true) && !isMaximized() && !isFullScreen())
        clampToScreen(this);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings::setWindow(saveGeometry(), saveState());
    event->accept();
}

} // namespace fb::ui
