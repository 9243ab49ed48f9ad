#include "pages/recognition/RecognitionPage.h"

#include "HuddlePdf.h"
#include "analytics/CoachingShared.h"
#include "background/DatabaseJobs.h"
#include "common/DateFormat.h"
#include "common/IsoWeek.h"
#include "common/Text.h"
#include "dialogs/FileDialogs.h"
#include "export/RecognitionCsv.h"
#include "export/XlsxWorkbook.h"
#include "pages/PageParts.h"
#include "pages/recognition/BehaviorsDialog.h"
#include "pages/recognition/CoverageTab.h"
#include "pages/recognition/FixersTab.h"
#include "pages/recognition/HuddleTab.h"
#include "pages/recognition/NominateTab.h"
#include "store/DataEnd.h"
#include "store/ProgramStore.h"
#include "store/RecognitionStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fb::ui {
namespace {

// Everything the page shows for the week and team, read and computed on the worker thread.
Result<std::shared_ptr<RecognitionView>> loadView(store::Database& db, QDate day, bool dayGiven, std::string team)
{
    auto v = std::make_shared<RecognitionView>();
    auto dataEnd = readDataEnd(db);
    if (!dataEnd)
        return dataEnd.error();
    v->dataEnd = dataEnd.value();
    if (!dayGiven)
        day = workingDay(v->dataEnd, day);
    v->week = IsoWeek::ofDate(day).key();
    v->team = std::move(team);
    auto teams = store::allTeams(db);
    if (!teams)
        return teams.error();
    v->teams = std::move(teams.value());
    const int from = analytics::coaching::addWeeks(v->week, 1 - analytics::kRecognitionWindowWeeks);
    auto input = store::loadRecognitionInput(db, from, v->week);
    if (!input)
        return input.error();
    v->input = std::move(input.value());
    // The lists point into v->input, which stays where it is from here on.
    v->coverage = analytics::recognitionCoverage(v->input, v->week, v->team);
    v->fixers = analytics::fixers(v->input, IsoWeek::fromKey(from).monday(),
                                  IsoWeek::fromKey(v->week).monday().addDays(6), v->team);
    v->huddle = analytics::huddleList(v->input, v->week, v->team);
    v->given = analytics::huddleList(v->input, v->week, v->team, true);
    for (const auto& h : v->given) {
        auto e = store::evidenceOutcome(db, *h.recognition);
        if (!e)
            return e.error();
        v->evidence[h.recognition->id] = e.value();
    }
    return v;
}

// What the behaviour editor starts from: the list, and how many nominations (ever) cite each name.
struct BehaviorsStart final {
    std::vector<RecognitionBehavior> behaviors;
    std::map<std::string, int> uses;
};

Result<BehaviorsStart> loadBehaviorsStart(store::Database& db)
{
    BehaviorsStart s;
    auto list = store::recognitionBehaviors(db);
    if (!list)
        return list.error();
    s.behaviors = std::move(list.value());
    auto given = store::loadRecognitions(db, QDate(1900, 1, 1), QDate(9999, 12, 30));
    if (!given)
        return given.error();
    for (const auto& r : given.value())
        ++s.uses[r.behavior];
    return s;
}

} // namespace

RecognitionPage::RecognitionPage(const QString& databasePath, QWidget* parent)
    : QWidget(parent), m_worker(std::make_unique<DatabaseJobs>(databasePath)), m_today(QDate::currentDate())
{
    m_week = new QDateEdit(m_today, this);
    m_week->setCalendarPopup(true);
    m_week->setDisplayFormat(format::dateFormat());
    m_week->setAccessibleName(tr("Week of"));
    auto* weekLabel = new QLabel(tr("&Week of:"), this);
    weekLabel->setBuddy(m_week);
    m_team = new QComboBox(this);
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_team->addItem(tr("All teams"));
    auto* teamLabel = new QLabel(tr("&Team:"), this);
    teamLabel->setBuddy(m_team);
    auto* exportButton = new QPushButton(tr("E&xport CSV…"), this);
    auto* behaviorsButton = new QPushButton(tr("&Behaviours…"), this);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true); // the week and the data end note may be long; the bar must fit 1280x720
    auto* bar = new QHBoxLayout;
    bar->addWidget(weekLabel);
    bar->addWidget(m_week);
    bar->addWidget(teamLabel);
    bar->addWidget(m_team);
    bar->addWidget(exportButton);
    bar->addWidget(behaviorsButton);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);

    m_tabs = new QTabWidget(this);
    m_nominate = new NominateTab(this);
    m_huddle = new HuddleTab(this);
    m_coverage = new CoverageTab(this);
    m_fixers = new FixersTab(this);
    m_tabs->addTab(m_nominate, tr("&Nominate"));
    m_tabs->addTab(m_huddle, tr("This wee&k"));
    m_tabs->addTab(m_coverage, tr("C&overage"));
    m_tabs->addTab(m_fixers, tr("&Fixers"));

    auto* layout = makePageLayout(this, tr("Recognition"),
                                  tr("Frequent, specific and fair: recognise documented behaviour, read the "
                                     "shout-outs at the huddle, and see who is doing well unseen."));
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_week, &QDateEdit::dateChanged, this, [this](QDate d) {
        m_today = d;
        m_todayGiven = true;
        reload();
    });
    connect(m_team, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(exportButton, &QPushButton::clicked, this, &RecognitionPage::exportCsvAsk);
    connect(behaviorsButton, &QPushButton::clicked, this, &RecognitionPage::editBehaviors);
    connect(m_nominate, &NominateTab::saveRequested, this, &RecognitionPage::save);
    connect(m_nominate, &NominateTab::evidenceRequested, this, &RecognitionPage::checkEvidence);
    connect(m_huddle, &HuddleTab::savePdfRequested, this, &RecognitionPage::savePdf);
    reload();
}

RecognitionPage::~RecognitionPage() = default;

void RecognitionPage::setToday(QDate today)
{
    m_today = today;
    m_todayGiven = true;
    const QSignalBlocker block(m_week);
    m_week->setDate(today);
    reload();
}

QString RecognitionPage::statusText() const
{
    return m_status->text();
}

void RecognitionPage::reload()
{
    const int generation = ++m_generation;
    m_status->setText(tr("Reading recognitions…"));
    const QDate day = m_today;
    const bool given = m_todayGiven;
    const std::string team = m_team->currentIndex() > 0 ? m_team->currentText().toStdString() : std::string();
    m_worker->run(
        this, [day, given, team](store::Database& db) { return loadView(db, day, given, team); },
        [this, generation](Result<std::shared_ptr<RecognitionView>> r) {
            if (generation != m_generation)
                return;
            if (!r) {
                m_status->setText(tr("Problem: %1").arg(r.error().toString()));
                return;
            }
            present(std::move(r.value()));
            emit loaded();
        });
}

void RecognitionPage::present(std::shared_ptr<RecognitionView> view)
{
    m_view = std::move(view);
    const RecognitionView& v = *m_view;
    {
        const QSignalBlocker block(m_team);
        const QString current = m_team->currentIndex() > 0 ? m_team->currentText() : QString();
        m_team->clear();
        m_team->addItem(tr("All teams"));
        for (const auto& t : v.teams)
            m_team->addItem(q(t));
        m_team->setCurrentIndex(std::max(0, m_team->findText(current)));
    }
    const QDate monday = IsoWeek::fromKey(v.week).monday();
    if (!m_todayGiven) {
        m_today = workingDay(v.dataEnd, m_today);
        const QSignalBlocker block(m_week);
        m_week->setDate(m_today);
    }
    QString status =
        tr("%n recognition(s) in %1 (%2 to %3)", nullptr, static_cast<int>(v.given.size()))
            .arg(IsoWeek::fromKey(v.week).toString(), format::date(monday), format::date(monday.addDays(6)));
    if (const QString note = m_todayGiven ? QString() : dataEndNote(v.dataEnd); !note.isEmpty())
        status += QStringLiteral(" (") + note + QLatin1Char(')');
    m_status->setText(status);
    m_nominate->present(v, m_today);
    m_huddle->present(v);
    m_coverage->present(v);
    m_fixers->present(v);
}

void RecognitionPage::save(const Recognition& recognition)
{
    m_worker->run(
        this, [recognition](store::Database& db) { return store::addRecognition(db, recognition); },
        [this](Result<std::string> id) {
            if (!id) {
                m_nominate->failed(id.error().toString());
                return;
            }
            m_nominate->saved(tr("Nomination %1 saved.").arg(q(id.value())));
            reload();
            emit written();
        });
}

void RecognitionPage::editBehaviors()
{
    if (!m_view)
        return; // the rubric's attributes come with the view
    m_worker->run(this, loadBehaviorsStart, [this](Result<BehaviorsStart> r) {
        if (!r) {
            m_status->setText(tr("Problem: %1").arg(r.error().toString()));
            return;
        }
        auto* dialog = new BehaviorsDialog(std::move(r.value().behaviors), m_view->input.attributes,
                                           std::move(r.value().uses), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &BehaviorsDialog::saveRequested, this,
                [this, dialog](const std::vector<RecognitionBehavior>& list) { saveBehaviors(dialog, list); });
        dialog->open();
        emit behaviorsDialogShown(dialog);
    });
}

void RecognitionPage::saveBehaviors(BehaviorsDialog* dialog, const std::vector<RecognitionBehavior>& behaviors)
{
    // The dialog's own list: the store writes all of it in one transaction or refuses with the row named.
    m_worker->run(
        dialog, [behaviors](store::Database& db) { return store::setRecognitionBehaviors(db, behaviors); },
        [this, dialog](Status st) {
            if (!st) {
                dialog->failed(st.error().toString());
                return;
            }
            dialog->accept();
            reload(); // the nomination form's behaviour box and coverage read the new list
            emit written();
        });
}

void RecognitionPage::checkEvidence(const Recognition& recognition)
{
    const int generation = ++m_evidenceGeneration;
    m_worker->run(
        this, [recognition](store::Database& db) { return store::evidenceOutcome(db, recognition); },
        [this, generation](Result<analytics::EvidenceOutcome> e) {
            if (generation != m_evidenceGeneration)
                return; // an older lookup: the fields changed since
            m_nominate->showEvidence(e ? analytics::evidenceText(e.value()) : e.error().toString());
        });
}

void RecognitionPage::savePdf()
{
    if (!m_view)
        return;
    const QString path =
        fileDialogs::saveFile(this, tr("Save the huddle list as PDF"),
                              QDir::home().filePath(QStringLiteral("shout-outs.pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status st = report::writeHuddlePdf(m_view->huddle, m_huddle->title(), path); !st)
        QMessageBox::warning(this, tr("Save PDF"), st.error().toString());
    else
        m_status->setText(tr("Saved the huddle list to %1.").arg(QDir::toNativeSeparators(path)));
}

bool RecognitionPage::exportCsv(const QString& dir, QString* error) const
{
    if (!m_view)
        return false;
    const RecognitionView& v = *m_view;
    const std::vector<exporting::NamedTable> files{
        {"coverage.csv", exporting::coverageCsv(v.coverage)}, {"unseen.csv", exporting::unseenCsv(v.coverage)},
        {"nominations.csv", exporting::huddleCsv(v.given)},   {"huddle.csv", exporting::huddleCsv(v.huddle)},
        {"fixers.csv", exporting::fixersCsv(v.fixers)},
    };
    return writeTables(files, dir, error);
}

void RecognitionPage::exportCsvAsk()
{
    const QString dir = exportTablesAsk(
        this, tr("Export the tables as CSV"), tr("Export CSV"),
        [this](const QString& d, QString* error) { return exportCsv(d, error); }, QStringLiteral("recognition.xlsx"));
    if (!dir.isEmpty())
        m_status->setText(exporting::isXlsxPath(dir)
                              ? tr("Wrote %1.").arg(QDir::toNativeSeparators(dir))
                              : tr("Wrote coverage.csv, unseen.csv, nominations.csv, huddle.csv and fixers.csv to %1.")
                                    .arg(QDir::toNativeSeparators(dir)));
}

} // namespace fb::ui
