#include "pages/friction/FrictionPage.h"

#include "ProgramPdf.h"
#include "background/DatabaseJobs.h"
#include "common/AtomicFile.h"
#include "common/DateFormat.h"
#include "common/Text.h"
#include "dialogs/FileDialogs.h"
#include "export/ProgramReportCsv.h"
#include "pages/PageParts.h"
#include "pages/friction/BaselineTab.h"
#include "pages/friction/ChartsTab.h"
#include "pages/friction/ComparisonTab.h"
#include "pages/friction/FixesTab.h"
#include "pages/friction/NewProgramDialog.h"
#include "pages/friction/OverviewTab.h"
#include "pages/friction/PhaseTimeline.h"
#include "pages/friction/RecognitionTab.h"
#include "reports/ProgramReportBuilder.h"
#include "store/DataEnd.h"
#include "store/Database.h"
#include "store/ProgramStore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStringList>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace fb::ui {

// The tr() of this file's free functions: one translation context per file, which lupdate reads.
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::FrictionPage)
};
} // namespace
namespace {

// The whole error (file and reason) for the message box.
bool written(const Status& status, QString* error)
{
    if (!status && error)
        *error = status.error().toString();
    return status.ok();
}

} // namespace

FrictionPage::FrictionPage(const QString& databasePath, QWidget* parent)
    : QWidget(parent), m_worker(new DatabaseJobs(databasePath, this)), m_today(QDate::currentDate())
{
    m_program = new QComboBox(this);
    m_program->setAccessibleName(tr("Program"));
    m_program->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_program->setPlaceholderText(tr("No program yet"));
    auto* programLabel = new QLabel(tr("&Program:"), this);
    programLabel->setBuddy(m_program);
    m_new = new QPushButton(tr("&New program…"), this);
    m_export = new QToolButton(this);
    m_export->setText(tr("&Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("One-page PDF report for leadership…"), this, &FrictionPage::exportPdfAsk);
    menu->addAction(tr("CSV of every table…"), this, &FrictionPage::exportCsvAsk);
    menu->addAction(tr("Weekly digest of the fixes log…"), this, &FrictionPage::exportDigestAsk);
    m_export->setMenu(menu);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true); // a long status must not widen the window (tst_screenfit)

    auto* bar = new QHBoxLayout;
    bar->addWidget(programLabel);
    bar->addWidget(m_program);
    bar->addWidget(m_new);
    bar->addWidget(m_export);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);

    m_timeline = new PhaseTimeline(this);
    m_tabs = new QTabWidget(this);
    m_overview = new OverviewTab(this);
    m_baseline = new BaselineTab(this);
    m_fixes = new FixesTab(m_today, this);
    m_recognition = new RecognitionTab(this);
    m_comparison = new ComparisonTab(this);
    connect(m_comparison, &ComparisonTab::contactsRequested, this, &FrictionPage::contactsRequested);
    m_charts = new ChartsTab(this);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_baseline, tr("Baseline"));
    m_tabs->addTab(m_fixes, tr("Fixes log"));
    m_tabs->addTab(m_recognition, tr("Recognition"));
    m_tabs->addTab(m_comparison, tr("Comparison"));
    m_tabs->addTab(m_charts, tr("Charts"));

    auto* layout = makePageLayout(this, tr("Friction to flow"),
                                  tr("Eight weeks: find what makes the work hard, fix it fast, recognise the "
                                     "right behaviour, and show the effect with numbers that hold up."));
    layout->addLayout(bar);
    layout->addWidget(m_timeline);
    layout->addWidget(m_tabs, 1);

    connect(m_program, &QComboBox::currentIndexChanged, this, [this] { loadReport(); });
    connect(m_new, &QPushButton::clicked, this, &FrictionPage::newProgram);
    connect(m_baseline, &BaselineTab::confirmRequested, this, &FrictionPage::confirmFrictions);
    connect(m_fixes, &FixesTab::addRequested, this, &FrictionPage::addFix);
    connect(m_fixes, &FixesTab::digestRequested, this, &FrictionPage::exportDigestAsk);
    loadPrograms();
}

FrictionPage::~FrictionPage() = default;

void FrictionPage::setToday(QDate today)
{
    m_today = today;
    m_todayGiven = true;
    m_fixes->setToday(today);
    loadReport();
}

void FrictionPage::reload()
{
    loadPrograms(m_program->currentText());
}

void FrictionPage::loadPrograms(const QString& select)
{
    m_worker->run(
        this, [](store::Database& db) { return store::listPrograms(db); },
        [this, select](Result<std::vector<Program>> programs) {
            if (!programs) {
                showError(programs.error().toString());
                return;
            }
            const QSignalBlocker block(m_program);
            m_program->clear();
            for (const auto& p : programs.value())
                m_program->addItem(q(p.name));
            int index = select.isEmpty() ? m_program->count() - 1 : m_program->findText(select);
            if (index < 0)
                index = m_program->count() - 1;
            m_program->setCurrentIndex(index);
            emit programsLoaded();
            loadReport();
        });
}

void FrictionPage::loadReport()
{
    const std::string name = m_program->currentText().toStdString();
    const int generation = ++m_generation;
    if (name.empty()) {
        m_report.reset();
        m_timeline->setProgram({}, m_today);
        m_status->setText(tr("Create a program to start: pick its teams and the Monday it begins."));
        m_overview->showNoProgram();
        return;
    }
    m_status->setText(tr("Reading the program's interactions…"));
    const QDate today = m_today;
    m_worker->run(
        this,
        [name, today](store::Database& db) -> Result<std::shared_ptr<analytics::ProgramReport>> {
            auto r = reports::buildProgramReport(db, name, today);
            if (!r)
                return r.error();
            return std::make_shared<analytics::ProgramReport>(std::move(r.value()));
        },
        [this, generation](Result<std::shared_ptr<analytics::ProgramReport>> r) {
            if (generation != m_generation)
                return; // a newer request is on its way
            if (!r) {
                showError(r.error().toString());
                return;
            }
            present(r.value());
        });
}

void FrictionPage::showError(const QString& message)
{
    m_status->setText(tr("Problem: %1").arg(message));
}

QTableWidget* FrictionPage::comparisonTable() const
{
    return m_comparison->comparisonTable();
}

QTableWidget* FrictionPage::attributionTable() const
{
    return m_comparison->attributionTable();
}

QString FrictionPage::summaryText() const
{
    return m_comparison->summaryText();
}

void FrictionPage::present(std::shared_ptr<analytics::ProgramReport> report)
{
    m_report = std::move(report);
    const auto& r = *m_report;
    QStringList teams;
    for (const auto& t : r.program.teams)
        teams << q(t);
    m_status->setText(
        tr("%1 · %2 to %3 · %L4 interactions")
            .arg(teams.join(QStringLiteral(", ")), format::date(r.program.start), format::date(r.end.addDays(-1)))
            .arg(r.interactions));
    m_timeline->setProgram(r.program.start, r.today);

    m_overview->present(r);
    m_baseline->present(r);
    m_fixes->present(r);
    m_recognition->present(r);
    m_comparison->present(r);
    m_charts->present(r);
    emit reportShown();
}

void FrictionPage::newProgram()
{
    using TeamsAndEnd = std::pair<std::vector<std::string>, QDate>;
    m_worker->run(
        this,
        [](store::Database& db) -> Result<TeamsAndEnd> {
            auto teams = store::allTeams(db);
            if (!teams)
                return teams.error();
            auto end = readDataEnd(db);
            if (!end)
                return end.error();
            return TeamsAndEnd{std::move(teams.value()), end.value()};
        },
        [this](Result<TeamsAndEnd> read) {
            if (!read) {
                showError(read.error().toString());
                return;
            }
            // A program proposed on data that end before today starts in the data's last week, not after it.
            NewProgramDialog dialog(read->first, m_todayGiven ? m_today : workingDay(read->second), this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            const std::vector<std::string> chosen = dialog.teams();
            const QDate monday = dialog.monday();
            const std::string programName = dialog.name();
            m_worker->run(
                this,
                [programName, chosen, monday](store::Database& db) {
                    return store::createProgram(db, programName, chosen, monday);
                },
                [this, programName](const Result<qint64>& id) {
                    if (!id) {
                        QMessageBox::warning(this, tr("New program"), id.error().toString());
                        return;
                    }
                    loadPrograms(q(programName));
                });
        });
}

void FrictionPage::confirmFrictions(const std::vector<ConfirmedFriction>& chosen)
{
    if (!m_report)
        return;
    const qint64 id = m_report->program.id;
    m_worker->run(
        this, [id, chosen](store::Database& db) { return store::setConfirmedFrictions(db, id, chosen); },
        [this](const Status& s) {
            if (!s) {
                showError(s.error().toString());
                return;
            }
            loadReport();
        });
}

void FrictionPage::addFix(const ProgramFix& fix)
{
    if (!m_report)
        return;
    const qint64 id = m_report->program.id;
    m_worker->run(
        this, [id, fix](store::Database& db) { return store::addFix(db, id, fix); },
        [this, what = QString::fromStdString(fix.what)](const Result<qint64>& r) {
            if (!r) {
                // The form keeps what the lead typed, so a failed save can be corrected and retried.
                QMessageBox::warning(this, tr("Log a fix"), r.error().toString());
                return;
            }
            m_fixes->fixSaved(what);
            loadReport();
        });
}

bool FrictionPage::exportPdf(const QString& path, QString* error) const
{
    if (!m_report)
        return false;
    const auto s = report::writeProgramPdf(*m_report, path);
    if (!s && error)
        *error = s.error().toString();
    return s.ok();
}

bool FrictionPage::exportCsv(const QString& dir, QString* error) const
{
    if (!m_report)
        return false;
    const auto& r = *m_report;
    const std::vector<exporting::NamedTable> files{
        {"comparison.csv", exporting::prePostCsv(r.comparison)},
        {"attribution.csv", exporting::attributionCsv(r.attribution)},
        {"weekly.csv", exporting::weeklyCsv(r)},
        {"fixes.csv", exporting::fixesCsv(r)},
        {"frictions.csv", exporting::frictionsCsv(r)},
        {"pulse.csv", exporting::pulseCsv(r)},
        {"recognitions.csv", exporting::recognitionCsv(r)},
        {"you_said_we_did.csv", exporting::youSaidCsv(r)},
    };
    return writeTables(files, dir, error);
}

bool FrictionPage::exportDigest(const QString& path, QString* error) const
{
    if (!m_report)
        return false;
    return written(writeFileAtomically(path, analytics::weeklyDigest(*m_report)), error);
}

void FrictionPage::exportPdfAsk()
{
    if (!m_report)
        return;
    const QString path = fileDialogs::saveFile(this, tr("PDF report"),
                                               q(m_report->program.name) + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportPdf(path, &error))
        QMessageBox::warning(this, tr("PDF report"), error);
}

void FrictionPage::exportCsvAsk()
{
    if (!m_report)
        return;
    exportTablesAsk(
        this, tr("Folder for the CSV files"), tr("CSV export"),
        [this](const QString& dir, QString* error) { return exportCsv(dir, error); },
        q(m_report->program.name) + QStringLiteral(".xlsx"));
}

void FrictionPage::exportDigestAsk()
{
    if (!m_report)
        return;
    const QString path = fileDialogs::saveFile(this, tr("Weekly digest"), q(m_report->program.name) + tr(" digest.md"),
                                               tr("Markdown (*.md);;Text (*.txt)"));
    QString error;
    if (!path.isEmpty() && !exportDigest(path, &error))
        QMessageBox::warning(this, tr("Weekly digest"), error);
}

} // namespace fb::ui
