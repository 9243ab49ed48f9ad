#include "pages/mentoring/MentoringPage.h"

#include "MentoringPdf.h"
#include "analytics/MentoringReport.h"
#include "background/DatabaseJobs.h"
#include "common/IsoWeek.h"
#include "dialogs/FileDialogs.h"
#include "export/MentoringCsv.h"
#include "export/XlsxWorkbook.h"
#include "pages/PageParts.h"
#include "pages/mentoring/EffectTab.h"
#include "pages/mentoring/MentoringRows.h"
#include "pages/mentoring/MentoringViewLoad.h"
#include "pages/mentoring/PairChartTab.h"
#include "pages/mentoring/PairsTab.h"
#include "pages/mentoring/PayForwardTab.h"
#include "pages/mentoring/SuggestionsTab.h"
#include "pages/mentoring/TriggersTab.h"
#include "store/Database.h"
#include "store/MentoringStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace fb::ui {

MentoringPage::MentoringPage(const QString& databasePath, QWidget* parent)
    : QWidget(parent), m_worker(new DatabaseJobs(databasePath, this)), m_today(QDate::currentDate())
{
    m_behaviorBox = new QComboBox(this);
    m_behaviorBox->setAccessibleName(tr("Behaviour"));
    // Boxes sized by a length, not by their longest entry, so the page fits a
    // 1280 x 720 laptop at 125 % (tst_screenfit).
    m_behaviorBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_behaviorBox->setMinimumContentsLength(16);
    auto* behaviorLabel = new QLabel(tr("&Behaviour:"), this);
    behaviorLabel->setBuddy(m_behaviorBox);
    m_team = new QComboBox(this);
    m_team->setAccessibleName(tr("Team"));
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_team->setMinimumContentsLength(12);
    auto* teamLabel = new QLabel(tr("&Team:"), this);
    teamLabel->setBuddy(m_team);
    m_crossTeam = new QCheckBox(tr("Allow pairs &across teams"), this);
    // One button with a menu, as on the Friction page: a second button
    // would widen the bar past a 1366 x 768 laptop at 125 % (tst_screenfit).
    m_export = new QToolButton(this);
    m_export->setText(tr("E&xport"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("One-page PDF report for the site manager…"), this, &MentoringPage::exportPdfAsk);
    menu->addAction(tr("CSV of every table…"), this, &MentoringPage::exportCsvAsk);
    m_export->setMenu(menu);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(behaviorLabel);
    bar->addWidget(m_behaviorBox);
    bar->addWidget(teamLabel);
    bar->addWidget(m_team);
    bar->addWidget(m_crossTeam);
    bar->addWidget(m_export);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);

    m_tabs = new QTabWidget(this);
    m_triggers = new TriggersTab(this);
    m_suggestions = new SuggestionsTab(this);
    m_pairs = new PairsTab(m_today, this);
    m_tabs->addTab(m_triggers, tr("&1 Low-score triggers"));
    m_tabs->addTab(m_suggestions, tr("&2 Suggested pairs"));
    m_tabs->addTab(m_pairs, tr("&3 Active pairs"));
    m_effect = new EffectTab(this);
    m_tabs->addTab(m_effect, tr("&4 Effect"));
    m_pairChart = new PairChartTab(this);
    m_tabs->addTab(m_pairChart, tr("&5 Pair progress"));
    m_payForward = new PayForwardTab(this);
    m_tabs->addTab(m_payForward, tr("&6 Pay it forward"));

    auto* layout = makePageLayout(this, tr("Mentoring"),
                                  tr("Pair agents who struggle in a behaviour with the peers who are best at "
                                     "it, fairly and optimally, and keep the program's sessions."));
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_behaviorBox, &QComboBox::currentIndexChanged, this, [this] {
        m_behavior = m_behaviorBox->currentData().toString().toStdString();
        load();
    });
    connect(m_team, &QComboBox::currentIndexChanged, this, [this] { load(); });
    connect(m_crossTeam, &QCheckBox::toggled, this, [this] { load(); });
    connect(m_pairChart, &PairChartTab::pairRequested, this, &MentoringPage::loadProgress);
    connect(m_pairs, &PairsTab::chartRequested, this, [this](const std::string& pair) {
        m_tabs->setCurrentWidget(m_pairChart);
        m_pairChart->selectPair(pair);
    });
    connect(m_triggers, &TriggersTab::behaviorChosen, this, [this](const std::string& b) {
        showBehavior(b);
        m_tabs->setCurrentWidget(m_suggestions);
    });
    connect(m_suggestions, &SuggestionsTab::confirmRequested, this, &MentoringPage::startPairs);
    connect(m_suggestions, &SuggestionsTab::status, m_status, &QLabel::setText);
    connect(m_suggestions, &SuggestionsTab::capacityRequested, this, &MentoringPage::setCapacity);
    connect(m_pairs, &PairsTab::logRequested, this, &MentoringPage::logSession);
    connect(m_pairs, &PairsTab::endRequested, this, &MentoringPage::endPair);
    connect(m_pairs, &PairsTab::status, m_status, &QLabel::setText);
    load();
}

MentoringPage::~MentoringPage() = default;

void MentoringPage::setToday(QDate today)
{
    m_today = today;
    m_pairs->setToday(today);
    load();
}

void MentoringPage::showBehavior(const std::string& behavior)
{
    m_behavior = behavior;
    load();
}

void MentoringPage::reload()
{
    load();
}

QString MentoringPage::statusText() const
{
    return m_status->text();
}

analytics::MentoringOptions MentoringPage::options() const
{
    analytics::MentoringOptions o;
    o.team = m_team->currentIndex() > 0 ? m_team->currentText().toStdString() : std::string();
    o.crossTeam = m_crossTeam->isChecked();
    return o;
}

void MentoringPage::load()
{
    const int generation = ++m_generation;
    m_status->setText(tr("Reading the window's contacts and evaluations…"));
    const MentoringRequest request{m_today, m_behavior, options()};
    m_worker->run(
        this, [request](store::Database& db) { return loadMentoringView(db, request); },
        [this, generation](const Result<std::shared_ptr<MentoringView>>& v) {
            if (generation != m_generation)
                return; // a newer request is on its way
            if (!v)
                return showError(v.error().toString());
            present(v.value());
        });
}

void MentoringPage::present(std::shared_ptr<MentoringView> view)
{
    m_view = std::move(view);
    const MentoringView& v = *m_view;
    {
        const QSignalBlocker blockBehavior(m_behaviorBox);
        const QSignalBlocker blockTeam(m_team);
        m_behaviorBox->clear();
        for (const auto& b : v.behaviors)
            m_behaviorBox->addItem(v.behaviorLabel(b), QString::fromStdString(b));
        m_behaviorBox->setCurrentIndex(m_behaviorBox->findData(QString::fromStdString(v.behavior)));
        m_team->clear();
        m_team->addItem(tr("All teams"));
        for (const auto& t : v.teams)
            m_team->addItem(QString::fromStdString(t));
        const int team = v.team.empty() ? 0 : m_team->findText(QString::fromStdString(v.team));
        m_team->setCurrentIndex(std::max(team, 0));
    }
    m_behavior = v.behavior;
    auto o = options();
    o.fromWeek = v.fromWeek;
    o.toWeek = v.toWeek;
    m_triggers->present(v);
    m_suggestions->present(v, o);
    m_pairs->present(v);
    m_effect->present(v);
    m_payForward->present(v);
    m_pairChart->present(v);
    m_status->setText(tr("Weeks %1; %2, %3 for %4.")
                          .arg(MentoringRows::window(v), tr("%Ln trigger(s)", nullptr, int(v.triggers.size())),
                               tr("%Ln suggested pair(s)", nullptr, int(v.suggestions.size())),
                               v.behaviorLabel(v.behavior)));
    emit viewShown();
}

void MentoringPage::showError(const QString& message)
{
    m_status->setText(tr("Problem: %1").arg(message));
}

void MentoringPage::startPairs(std::vector<MentoringPair> pairs)
{
    for (auto& p : pairs) {
        p.startedOn = m_today;
        p.plannedEnd = defaultPlannedEnd(m_today);
    }
    m_worker->run(
        this, [pairs](store::Database& db) { return store::startMentoringPairs(db, pairs); },
        [this](const Result<std::vector<std::string>>& ids) {
            if (!ids)
                return showError(ids.error().toString());
            emit written();
            m_tabs->setCurrentWidget(m_pairs);
            load();
        });
}

void MentoringPage::logSession(const MentoringSession& session)
{
    m_worker->run(
        this, [session](store::Database& db) { return store::logMentoringSession(db, session); },
        [this](const Result<std::string>& id) {
            if (!id)
                return showError(id.error().toString());
            m_pairs->sessionSaved();
            emit written();
            load();
        });
}

void MentoringPage::endPair(const std::string& pairId, QDate on, const std::string& outcome)
{
    m_worker->run(
        this, [pairId, on, outcome](store::Database& db) { return store::endMentoringPair(db, pairId, on, outcome); },
        [this](const Status& st) {
            if (!st)
                return showError(st.error().toString());
            emit written();
            load();
        });
}

void MentoringPage::setCapacity(const std::string& mentorId, int mentees)
{
    m_worker->run(
        this, [mentorId, mentees](store::Database& db) { return store::setMentorCapacity(db, mentorId, mentees); },
        [this](const Status& st) {
            if (!st)
                return showError(st.error().toString());
            emit written();
            load(); // the suggestions follow the new capacity
        });
}

bool MentoringPage::exportCsv(const QString& dir, QString* error) const
{
    if (!m_view)
        return false;
    const MentoringView& v = *m_view;
    // The effect tab's rows: the program and each behaviour, then the spillover to CSAT and QA.
    std::vector<analytics::MentoringEffectRow> behaviorRows{v.effectProgram};
    behaviorRows.insert(behaviorRows.end(), v.effectByBehavior.begin(), v.effectByBehavior.end());
    exporting::ReportTable effect = exporting::mentoringEffectCsv(behaviorRows, "behavior");
    for (const auto& [row, outcome] : {std::pair{&v.effectCsat, "csat"}, std::pair{&v.effectQa, "qa"}})
        for (auto& r : exporting::mentoringEffectCsv({*row}, outcome).rows)
            effect.rows.push_back(std::move(r));
    const std::vector<exporting::NamedTable> files{
        {"triggers.csv", exporting::triggersCsv(v.triggers)},
        {"suggestions.csv", exporting::suggestionsCsv(v.behavior, v.suggestions)},
        {"pairs.csv", exporting::pairsCsv(v.pairs, v.sessions)},
        {"effect.csv", std::move(effect)},
        {"payforward.csv", exporting::payForwardCsv(v.payForward)},
    };
    return writeTables(files, dir, error);
}

void MentoringPage::exportCsvAsk()
{
    const QString dir = exportTablesAsk(
        this, tr("Export the tables as CSV"), tr("Export CSV"),
        [this](const QString& d, QString* error) { return exportCsv(d, error); }, QStringLiteral("mentoring.xlsx"));
    if (!dir.isEmpty())
        m_status->setText(
            exporting::isXlsxPath(dir)
                ? tr("Wrote %1.").arg(QDir::toNativeSeparators(dir))
                : tr("Wrote triggers.csv, suggestions.csv, pairs.csv, effect.csv and payforward.csv to %1.")
                      .arg(QDir::toNativeSeparators(dir)));
}

void MentoringPage::loadProgress(const std::string& pairId)
{
    if (!m_view)
        return;
    const MentoringView& v = *m_view;
    const auto pair = std::find_if(v.pairs.begin(), v.pairs.end(), [&](const auto& p) { return p.pairId == pairId; });
    const auto metric =
        pair == v.pairs.end() ? std::nullopt : analytics::parseTargetMetric(pair->behavior, v.attributes);
    if (!metric)
        return;
    const int last = v.toWeek;
    m_worker->run(
        this,
        [p = *pair, m = *metric, last](store::Database& db) -> Result<analytics::PairProgress> {
            const auto [from, to] = analytics::pairProgressSpan(p, last);
            auto in = store::loadMentoringInput(db, from, to);
            if (!in)
                return in.error();
            return analytics::pairProgress(p, m, in.value(), last);
        },
        [this](const Result<analytics::PairProgress>& progress) {
            if (!progress)
                return showError(progress.error().toString());
            if (m_view)
                m_pairChart->showProgress(*m_view, progress.value());
            emit progressShown();
        });
}

bool MentoringPage::exportPdf(const QString& path, QString* error) const
{
    if (!m_view)
        return false;
    const MentoringView& v = *m_view;
    // The page's own figures: the PDF tells what the tabs show.
    analytics::MentoringReport r;
    r.today = m_today;
    r.lastWeek = v.toWeek;
    r.attributes = v.attributes;
    r.agents = v.agents;
    r.pairs = v.pairs;
    r.sessions = v.sessions;
    r.program = v.effectProgram;
    r.csat = v.effectCsat;
    r.qa = v.effectQa;
    r.byBehavior = v.effectByBehavior;
    r.payForward = v.payForward;
    const auto st = report::writeMentoringPdf(r, path);
    if (!st && error)
        *error = st.error().toString();
    return st.ok();
}

void MentoringPage::exportPdfAsk()
{
    const QString path = fileDialogs::saveFile(this, tr("Print the mentoring report"), QStringLiteral("mentoring.pdf"),
                                               tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(path, &error))
        QMessageBox::warning(this, tr("Print PDF"), error);
    else
        m_status->setText(tr("Wrote the mentoring report to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace fb::ui
