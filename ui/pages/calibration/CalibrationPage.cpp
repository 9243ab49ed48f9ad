#include "pages/calibration/CalibrationPage.h"

#include "CalibrationPdf.h"
#include "Settings.h"
#include "background/DatabaseJobs.h"
#include "common/DateFormat.h"
#include "common/Text.h"
#include "dialogs/FileDialogs.h"
#include "export/CalibrationSessionCsv.h"
#include "pages/PageParts.h"
#include "pages/calibration/BlindScoringPanel.h"
#include "pages/calibration/DecisionLogPanel.h"
#include "pages/calibration/HistoryPanel.h"
#include "pages/calibration/PresentationWindow.h"
#include "pages/calibration/RevealPanel.h"
#include "pages/calibration/SessionDialog.h"
#include "pages/calibration/SharedScreen.h"
#include "pages/calibration/StatisticsPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStringList>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace fb::ui::calibration {
CalibrationPage::CalibrationPage(const QString& databasePath, QWidget* parent)
    : QWidget(parent), m_worker(std::make_unique<DatabaseJobs>(databasePath))
{
    m_session = new QComboBox(this);
    m_session->setAccessibleName(tr("Session"));
    m_session->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_session->setPlaceholderText(tr("No session yet"));
    auto* sessionLabel = new QLabel(tr("&Session:"), this);
    sessionLabel->setBuddy(m_session);
    m_new = new QPushButton(tr("&New session…"), this);
    m_present = new QToolButton(this);
    m_present->setText(tr("&Present (F11)"));
    m_present->setToolTip(tr("Full screen for the meeting room: large type, high contrast, agent names masked"));
    // The arrow picks the screen (a projector); the button presents.
    m_present->setPopupMode(QToolButton::MenuButtonPopup);
    auto* screens = new QMenu(m_present);
    connect(screens, &QMenu::aboutToShow, this, [this, screens] {
        fillSharedScreenMenu(screens, Settings::sharedScreen(), [this](const QString& name) {
            Settings::setSharedScreen(name);
            if (m_presentation && m_presentation->isVisible()) {
                bool fullScreen = true;
                QScreen* screen = sharedScreen(window(), name, &fullScreen);
                m_presentation->showOn(screen, fullScreen);
            }
        });
    });
    m_present->setMenu(screens);
    m_export = new QToolButton(this);
    m_export->setText(tr("&Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("Session report (PDF)…"), this, &CalibrationPage::exportPdfAsk);
    menu->addAction(tr("Session report (CSV files)…"), this, &CalibrationPage::exportCsvAsk);
    m_export->setMenu(menu);
    m_mask = new QCheckBox(tr("&Mask agent names"), this);
    m_initials = new QCheckBox(tr("Participants by &initials"), this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(sessionLabel);
    bar->addWidget(m_session);
    bar->addWidget(m_new);
    bar->addWidget(m_present);
    bar->addWidget(m_export);
    bar->addSpacing(12);
    bar->addWidget(m_mask);
    bar->addWidget(m_initials);
    bar->addStretch();

    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);

    m_tabs = new QTabWidget(this);
    m_scoring = new BlindScoringPanel(*m_worker, this);
    m_reveal = new RevealPanel(*m_worker, this);
    m_statistics = new StatisticsPanel(this);
    m_history = new HistoryPanel(*m_worker, this);
    m_log = new DecisionLogPanel(*m_worker, this);
    m_tabs->addTab(m_scoring, tr("&Blind scoring"));
    m_tabs->addTab(m_reveal, tr("&Reveal and agree"));
    m_tabs->addTab(m_statistics, tr("A&greement"));
    m_tabs->addTab(m_history, tr("&History"));
    m_tabs->addTab(m_log, tr("&Decision log"));

    auto* layout = makePageLayout(this, tr("Calibration"),
                                  tr("Score the same interactions blind, reveal, see where and how much you "
                                     "disagree, and agree on the official score — then watch standards "
                                     "converge over the months."));
    layout->addLayout(bar);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    auto* presentKey = new QShortcut(QKeySequence(Qt::Key_F11), this);
    presentKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(presentKey, &QShortcut::activated, this, &CalibrationPage::present);
    connect(m_present, &QPushButton::clicked, this, &CalibrationPage::present);
    connect(m_new, &QPushButton::clicked, this, &CalibrationPage::newSession);
    connect(m_session, &QComboBox::currentIndexChanged, this, [this] { loadView(); });
    connect(m_mask, &QCheckBox::toggled, this, &CalibrationPage::applyDisplay);
    connect(m_initials, &QCheckBox::toggled, this, &CalibrationPage::applyDisplay);
    connect(m_scoring, &BlindScoringPanel::message, m_status, &QLabel::setText);
    connect(m_reveal, &RevealPanel::message, m_status, &QLabel::setText);
    connect(m_scoring, &BlindScoringPanel::saved, this, [this] {
        loadView();
        m_history->reload();
    });
    connect(m_reveal, &RevealPanel::agreed, this, [this] {
        loadSessions(m_session->currentData().toString()); // "n of m agreed" in the list, then the view
        m_history->reload();
        m_log->reload();
    });
    reload();
}

CalibrationPage::~CalibrationPage()
{
    delete m_presentation.data();
}

PresentationWindow* CalibrationPage::presentation() const
{
    return m_presentation.data();
}

void CalibrationPage::reload()
{
    loadSessions(m_session->currentData().toString());
    m_history->reload();
    m_log->reload();
}

void CalibrationPage::loadSessions(const QString& select)
{
    m_worker->run(
        this, [](store::Database& db) { return store::listSessions(db); },
        [this, select](Result<std::vector<SessionSummary>> sessions) {
            if (!sessions) {
                m_status->setText(sessions.error().toString());
                return;
            }
            const QSignalBlocker block(m_session);
            m_session->clear();
            for (const auto& s : sessions.value())
                m_session->addItem(tr("%1 · %2 · %3 of %4 agreed")
                                       .arg(q(s.id), format::date(s.heldOn))
                                       .arg(s.agreedUnits)
                                       .arg(s.units),
                                   q(s.id));
            const int index = select.isEmpty() ? 0 : m_session->findData(select);
            m_session->setCurrentIndex(m_session->count() > 0 ? std::max(index, 0) : -1);
            emit sessionsLoaded();
            loadView();
        });
}

void CalibrationPage::loadView()
{
    const QString id = m_session->currentData().toString();
    const bool any = !id.isEmpty();
    m_tabs->setTabEnabled(0, any);
    m_tabs->setTabEnabled(1, any);
    m_tabs->setTabEnabled(2, any);
    m_present->setEnabled(any);
    m_export->setEnabled(any);
    if (!any) {
        showView(nullptr);
        m_header->setText(tr("No calibration session yet. Press <b>New session…</b> to draw a sample of interactions "
                             "and name the participants; they then score it here in turn, or at their desks and "
                             "import the CSV."));
        if (m_tabs->currentIndex() < 3)
            m_tabs->setCurrentIndex(4);
        return;
    }
    const int generation = ++m_generation;
    const std::string sessionId = id.toStdString();
    m_worker->run(
        this, [sessionId](store::Database& db) { return loadSessionView(db, sessionId); },
        [this, generation](Result<SessionView> view) {
            if (generation != m_generation)
                return;
            if (!view) {
                m_status->setText(view.error().toString());
                return;
            }
            showView(std::make_shared<const SessionView>(std::move(view.value())));
        });
}

void CalibrationPage::showView(SessionViewPtr view)
{
    const bool newSession = view && (!m_view || m_view->data.session.id != view->data.session.id);
    m_view = std::move(view);
    // A session opened afresh shows where it stands: scoring until everyone has scored, then the reveal.
    if (newSession && m_tabs->currentIndex() <= 1)
        m_tabs->setCurrentWidget(m_view->allScored() ? static_cast<QWidget*>(m_reveal) : m_scoring);
    m_scoring->setView(m_view);
    m_reveal->setView(m_view);
    m_statistics->setView(m_view, m_initials->isChecked(), m_mask->isChecked());
    if (m_presentation)
        m_presentation->setView(m_view);
    m_header->setText(headerText());
    applyDisplay();
    if (m_view)
        emit sessionShown();
}

QString CalibrationPage::headerText() const
{
    if (!m_view)
        return {};
    const auto& s = m_view->data.session;
    QStringList people;
    for (std::size_t p = 0; p < s.participants.size(); ++p)
        people << m_view->participantLabel(p, m_initials->isChecked());
    const QString draw = s.seed ? tr("drawn at random with seed %1").arg(*s.seed) : tr("chosen by hand");
    return tr("<b>%1</b> on %2, facilitated by %3 · %4 interactions %5 · rubric version %6<br>Participants: %7. %8")
        .arg(q(s.id).toHtmlEscaped(), format::date(s.heldOn), q(s.facilitator).toHtmlEscaped())
        .arg(s.units.size())
        .arg(draw)
        .arg(s.rubricVersion)
        .arg(people.join(QStringLiteral(", ")).toHtmlEscaped(),
             m_view->referenceText(m_initials->isChecked()).toHtmlEscaped());
}

void CalibrationPage::applyDisplay()
{
    RevealDisplay display;
    display.maskAgents = m_mask->isChecked();
    display.initialsOnly = m_initials->isChecked();
    m_reveal->setDisplay(display);
    m_scoring->setMaskAgents(display.maskAgents);
    m_statistics->setView(m_view, display.initialsOnly, display.maskAgents);
    m_header->setText(headerText());
}

void CalibrationPage::present()
{
    if (!m_view)
        return;
    // The shared screen shows everyone's scores: never before the group chose to reveal them.
    if (!m_reveal->revealed()) {
        const auto answer = QMessageBox::question(
            this, tr("Present"),
            tr("The scores have not been revealed yet. Reveal everyone's scores on the shared screen now?"));
        if (answer != QMessageBox::Yes)
            return;
        m_reveal->reveal();
    }
    if (!m_presentation) {
        m_presentation = new PresentationWindow(m_view);
        m_presentation->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_presentation, &PresentationWindow::unitChanged, m_reveal, &RevealPanel::selectUnit);
    }
    m_presentation->setHistory(m_history->history());
    m_presentation->showUnit(m_reveal->currentUnit().value_or(0));
    bool fullScreen = true;
    QScreen* screen = sharedScreen(window(), Settings::sharedScreen(), &fullScreen);
    m_presentation->showOn(screen, fullScreen);
    m_presentation->activateWindow();
}

void CalibrationPage::newSession()
{
    SessionDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        const SessionRequest request = dialog.request();
        // Created synchronously from the dialog's point of view: the dialog
        // stays open with the reason when the store refuses.
        QEventLoop wait;
        QString problem;
        bool done = false;
        m_worker->run(
            this, [request](store::Database& db) { return createRequestedSession(db, request); },
            [&](const Result<CalibrationSession>& created) {
                if (!created)
                    problem = created.error().toString();
                done = true;
                wait.quit();
            });
        if (!done) {
            // Drawing reads every interaction: seconds on a site of ten million.
            m_status->setText(tr("Drawing the sample and creating session %1…").arg(q(request.session.id)));
            QGuiApplication::setOverrideCursor(Qt::BusyCursor);
            wait.exec();
            QGuiApplication::restoreOverrideCursor();
        }
        if (problem.isEmpty()) {
            m_status->setText(tr("Session %1 created. Participants can start scoring.").arg(q(request.session.id)));
            loadSessions(q(request.session.id));
            m_tabs->setCurrentWidget(m_scoring);
            return;
        }
        dialog.showProblem(problem);
    }
}

void CalibrationPage::createSession(const SessionRequest& request)
{
    m_worker->run(
        this, [request](store::Database& db) { return createRequestedSession(db, request); },
        [this](Result<CalibrationSession> created) {
            if (!created) {
                m_status->setText(created.error().toString());
                emit message(created.error().toString());
                return;
            }
            loadSessions(q(created->id));
        });
}

bool CalibrationPage::exportPdf(const QString& path, QString* error) const
{
    if (!m_view)
        return false;
    report::CalibrationPdfOptions options;
    options.maskAgents = m_mask->isChecked();
    options.initialsOnly = m_initials->isChecked();
    if (auto st = report::writeCalibrationPdf(m_view->data, path, options); !st) {
        if (error)
            *error = st.error().toString();
        return false;
    }
    return true;
}

bool CalibrationPage::exportCsv(const QString& dir, QString* error) const
{
    if (!m_view)
        return false;
    exporting::SessionCsvOptions options;
    options.labels.maskAgents = m_mask->isChecked();
    options.labels.initialsOnly = m_initials->isChecked();
    options.writer = csvWriterOptions();
    auto files = exporting::writeCalibrationSessionCsv(m_view->data, dir, options);
    if (!files) {
        if (error)
            *error = files.error().toString();
        return false;
    }
    return true;
}

void CalibrationPage::exportPdfAsk()
{
    if (!m_view)
        return;
    const QString path = fileDialogs::saveFile(this, tr("Session report (PDF)"),
                                               q(m_view->data.session.id) + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    QString error;
    if (path.isEmpty())
        return;
    if (!exportPdf(path, &error))
        QMessageBox::warning(this, tr("Session report"), error);
    else
        m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void CalibrationPage::exportCsvAsk()
{
    if (!m_view)
        return;
    const QString dir = fileDialogs::folder(this, tr("Folder for the session's CSV files"));
    QString error;
    if (dir.isEmpty())
        return;
    if (!exportCsv(dir, &error))
        QMessageBox::warning(this, tr("Session report"), error);
    else
        m_status->setText(tr("Saved the reveal table, agreement, participants and agreed scores in %1.")
                              .arg(QDir::toNativeSeparators(dir)));
}

} // namespace fb::ui::calibration
