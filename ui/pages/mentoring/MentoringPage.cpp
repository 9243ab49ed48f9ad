#include "pages/mentoring/MentoringPage.h"

#include "background/DatabaseJobs.h"
#include "common/IsoWeek.h"
#include "dialogs/FileDialogs.h"
#include "export/MentoringCsv.h"
#include "pages/PageParts.h"
#include "pages/mentoring/EffectTab.h"
#include "pages/mentoring/MentoringRows.h"
#include "pages/mentoring/PairsTab.h"
#include "pages/mentoring/SuggestionsTab.h"
#include "pages/mentoring/TriggersTab.h"
#include "store/CoachingStore.h"
#include "store/Database.h"
#include "store/MentoringStore.h"
#include "store/ProgramStore.h"
#include "store/ScorecardStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fb::ui {
namespace {

struct Request final {
    QDate today;
    std::string behavior;
    analytics::MentoringOptions options;
};

// Everything the page shows, read and computed on the worker thread.
Result<std::shared_ptr<MentoringView>> loadView(store::Database& db, Request r)
{
    auto v = std::make_shared<MentoringView>();
    auto weeks = store::rollupWeeks(db);
    if (!weeks)
        return weeks.error();
    v->toWeek = analytics::defaultMentoringWeek(r.today, weeks.value());
    v->fromWeek = IsoWeek::fromKey(v->toWeek).next(1 - analytics::kMentoringWindowWeeks).key();
    auto attributes = store::rubricAttributeNames(db);
    if (!attributes)
        return attributes.error();
    v->attributes = attributes.value();
    v->behaviors = v->attributes;
    for (auto m : analytics::targetableMetrics())
        v->behaviors.push_back(analytics::metricKey(m));
    auto metric = analytics::parseTargetMetric(r.behavior, v->attributes);
    if (!metric)
        metric = analytics::parseTargetMetric(v->behaviors.front(), v->attributes);
    v->behavior = metric->key();
    v->team = r.options.team;
    auto teams = store::allTeams(db);
    if (!teams)
        return teams.error();
    v->teams = teams.value();
    r.options.fromWeek = v->fromWeek;
    r.options.toWeek = v->toWeek;
    auto input = store::loadMentoringInput(db, v->fromWeek, v->toWeek);
    if (!input)
        return input.error();
    auto sessions = store::loadMentoringSessions(db);
    if (!sessions)
        return sessions.error();
    auto triggers = store::loadTriggerInput(db, v->fromWeek, v->toWeek);
    if (!triggers)
        return triggers.error();
    v->triggers = analytics::lowScoreTriggers(triggers.value(), r.options.team);
    auto effect = store::loadMentoringEffectInput(db);
    if (!effect)
        return effect.error();
    using analytics::MentoringEffectBy;
    using analytics::MentoringOutcome;
    const auto program = [&](MentoringOutcome o) {
        return analytics::mentoringEffect(effect.value(), o, MentoringEffectBy::Program).front();
    };
    v->effectProgram = program(MentoringOutcome::Behavior);
    v->effectCsat = program(MentoringOutcome::Csat);
    v->effectQa = program(MentoringOutcome::Qa);
    v->effectByBehavior =
        analytics::mentoringEffect(effect.value(), MentoringOutcome::Behavior, MentoringEffectBy::Behavior);
    v->suggestions = analytics::suggestPairs(*metric, input.value(), r.options);
    v->agents = std::move(input.value().agents);
    v->pairs = std::move(input.value().pairs);
    v->sessions = std::move(sessions.value());
    return v;
}

} // namespace

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
    m_export = new QPushButton(tr("E&xport CSV…"), this);
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

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 8);
    layout->setSpacing(8);
    layout->addWidget(makePageTitle(tr("Mentoring"), this));
    layout->addWidget(makePageSubtitle(tr("Pair agents who struggle in a behaviour with the peers who are best at "
                                          "it, fairly and optimally, and keep the program's sessions."),
                                       this));
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_behaviorBox, &QComboBox::currentIndexChanged, this, [this] {
        m_behavior = m_behaviorBox->currentData().toString().toStdString();
        load();
    });
    connect(m_team, &QComboBox::currentIndexChanged, this, [this] { load(); });
    connect(m_crossTeam, &QCheckBox::toggled, this, [this] { load(); });
    connect(m_export, &QPushButton::clicked, this, &MentoringPage::exportCsvAsk);
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
    const Request request{m_today, m_behavior, options()};
    m_worker->run(
        this, [request](store::Database& db) { return loadView(db, request); },
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
    m_status->setText(tr("Weeks %1; %2 triggers, %3 suggested pairs for %4.")
                          .arg(MentoringRows::window(v))
                          .arg(v.triggers.size())
                          .arg(v.suggestions.size())
                          .arg(v.behaviorLabel(v.behavior)));
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
    const std::pair<const char*, exporting::ReportTable> files[] = {
        {"triggers.csv", exporting::triggersCsv(v.triggers)},
        {"suggestions.csv", exporting::suggestionsCsv(v.behavior, v.suggestions)},
        {"pairs.csv", exporting::pairsCsv(v.pairs, v.sessions)},
        {"effect.csv", std::move(effect)},
    };
    for (const auto& [name, table] : files)
        if (auto st = exporting::writeCsv(table, QDir(dir).filePath(QString::fromLatin1(name))); !st) {
            if (error)
                *error = st.error().toString();
            return false;
        }
    return true;
}

void MentoringPage::exportCsvAsk()
{
    const QString dir = fileDialogs::folder(this, tr("Export the tables as CSV"));
    if (dir.isEmpty())
        return;
    QString error;
    if (!exportCsv(dir, &error))
        QMessageBox::warning(this, tr("Export CSV"), error);
    else
        m_status->setText(tr("Wrote triggers.csv, suggestions.csv, pairs.csv and effect.csv to %1.")
                              .arg(QDir::toNativeSeparators(dir)));
}

} // namespace fb::ui
