#include "pages/scorecards/ScorecardPage.h"

#include "common/IsoWeek.h"
#include "export/ScorecardCsv.h"
#include "pages/scorecards/AgentCardDialog.h"
#include "pages/scorecards/DefinitionDialog.h"
#include "pages/scorecards/ScorecardFormat.h"
#include "pages/scorecards/ScorecardModel.h"
#include "pages/scorecards/ScorecardPdf.h"
#include "pages/scorecards/ScorecardWorker.h"
#include "store/ScorecardStore.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace fb::ui::scorecards {

using analytics::Level;

namespace {

QString weekItemText(int key)
{
    const IsoWeek w = IsoWeek::fromKey(key);
    return QStringLiteral("%1 · %2 – %3")
        .arg(w.toString(), QLocale().toString(w.monday(), QStringLiteral("d MMM")),
             QLocale().toString(w.monday().addDays(6), QStringLiteral("d MMM yyyy")));
}

struct Meta {
    std::vector<int> weeks;
    std::vector<std::string> teams;
    std::vector<store::DefinitionVersion> versions;
    QString error;
};

} // namespace

ScorecardPage::ScorecardPage(const QString& databasePath, QWidget* parent)
    : QWidget(parent), m_path(databasePath), m_worker(std::make_unique<ScorecardWorker>(databasePath)),
      m_generation(std::make_shared<std::atomic_int>(0))
{
    buildUi();
    reload();
}

ScorecardPage::~ScorecardPage()
{
    m_worker.reset(); // waits for the running job; its results to this page are dropped with it
}

void ScorecardPage::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    m_tabs = new QTabWidget(this);
    outer->addWidget(m_tabs);

    // Scorecard tab.
    auto* card = new QWidget;
    auto* v = new QVBoxLayout(card);
    auto* bar = new QHBoxLayout;
    m_week = new QComboBox;
    m_week->setToolTip(tr("The last week of the period (ISO weeks, Monday first)"));
    m_span = new QComboBox;
    m_span->addItem(tr("This week"), 1);
    m_span->addItem(tr("Last 4 weeks"), 4);
    m_span->addItem(tr("Last 8 weeks"), 8);
    m_span->addItem(tr("Last 13 weeks"), 13);
    m_span->setToolTip(tr("A period of several weeks adds up numerators and denominators; it never averages "
                          "weekly rates."));
    m_level = new QComboBox;
    m_level->addItem(tr("Agents of a team"), int(Level::Agent));
    m_level->addItem(tr("Teams"), int(Level::Team));
    m_level->addItem(tr("Site"), int(Level::Site));
    m_team = new QComboBox;
    m_team->setMinimumContentsLength(14);
    m_definition = new QComboBox;
    for (auto* c : {m_week, m_team, m_definition})
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_definition->setToolTip(tr("Definition version: past scorecards are reproduced with the version they used."));
    auto* week = new QLabel(tr("&Week:"));
    week->setBuddy(m_week);
    auto* level = new QLabel(tr("&Level:"));
    level->setBuddy(m_level);
    auto* def = new QLabel(tr("&Definition:"));
    def->setBuddy(m_definition);
    bar->addWidget(week);
    bar->addWidget(m_week);
    bar->addWidget(m_span);
    bar->addSpacing(12);
    bar->addWidget(level);
    bar->addWidget(m_level);
    bar->addWidget(m_team);
    bar->addSpacing(12);
    bar->addWidget(def);
    bar->addWidget(m_definition);
    bar->addStretch(1);
    v->addLayout(bar);

    auto* actions = new QHBoxLayout;
    m_card = new QPushButton(tr("Agent &card…"));
    m_card->setToolTip(tr("13-week trends of the selected agent against the team median (or double-click a row)"));
    auto* edit = new QPushButton(tr("&Edit definition…"));
    auto* csv = new QPushButton(tr("Export C&SV…"));
    auto* pdf = new QPushButton(tr("&Print PDF…"));
    pdf->setToolTip(tr("One page per team for the huddle, readable in black and white"));
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel;
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    actions->addWidget(m_busy);
    actions->addWidget(m_status, 1);
    actions->addWidget(m_card);
    actions->addWidget(edit);
    actions->addWidget(csv);
    actions->addWidget(pdf);
    v->addLayout(actions);

    m_model = new ScorecardModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ScorecardModel::SortRole);
    m_table = new QTableView;
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setWordWrap(false);
    m_table->sortByColumn(ScorecardModel::NameColumn, Qt::AscendingOrder);
    v->addWidget(m_table, 1);
    m_legend = new QLabel(legendText());
    m_legend->setWordWrap(true);
    v->addWidget(m_legend);
    m_tabs->addTab(card, tr("Scorecard"));

    // Happiness and results tab.
    auto* happy = new QWidget;
    auto* h = new QVBoxLayout(happy);
    auto* hbar = new QHBoxLayout;
    m_hWeeks = new QComboBox;
    m_hWeeks->addItem(tr("Last 13 weeks"), 13);
    m_hWeeks->addItem(tr("Last 26 weeks"), 26);
    m_hWeeks->addItem(tr("Last 52 weeks"), 52);
    m_hOutcome = new QComboBox;
    for (auto m : {analytics::Metric::Fcr, analytics::Metric::Csat, analytics::Metric::Qa, analytics::Metric::Aht,
                   analytics::Metric::Rework, analytics::Metric::Escalation, analytics::Metric::Dpti})
        m_hOutcome->addItem(analytics::metricLabel(m), int(m));
    hbar->addWidget(new QLabel(tr("Team-weeks:")));
    hbar->addWidget(m_hWeeks);
    hbar->addSpacing(12);
    hbar->addWidget(new QLabel(tr("Learning labs by:")));
    hbar->addWidget(m_hOutcome);
    hbar->addStretch(1);
    h->addLayout(hbar);
    m_hStatus = new QLabel;
    m_hStatus->setWordWrap(true);
    h->addWidget(m_hStatus);
    m_hTable = new QTableWidget;
    m_hTable->verticalHeader()->hide();
    m_hTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    h->addWidget(m_hTable, 3);
    auto* labs = new QLabel(
        tr("<b>Learning labs</b>: teams whose outcome sits far (one residual SD or more; at least 3 teams) from "
           "what their pulse predicts — places to learn from, not failures."));
    labs->setWordWrap(true);
    h->addWidget(labs);
    m_hTeams = new QTableWidget;
    m_hTeams->verticalHeader()->hide();
    m_hTeams->setEditTriggers(QAbstractItemView::NoEditTriggers);
    h->addWidget(m_hTeams, 1);
    m_tabs->addTab(happy, tr("Happiness and results"));

    connect(m_week, &QComboBox::currentIndexChanged, this, [this] {
        m_happinessStale = true;
        compute();
    });
    connect(m_span, &QComboBox::currentIndexChanged, this, &ScorecardPage::compute);
    connect(m_level, &QComboBox::currentIndexChanged, this, &ScorecardPage::levelChanged);
    connect(m_team, &QComboBox::currentIndexChanged, this, &ScorecardPage::compute);
    connect(m_definition, &QComboBox::currentIndexChanged, this, [this] {
        m_happinessStale = true;
        compute();
    });
    connect(m_table, &QTableView::doubleClicked, this, &ScorecardPage::openAgentCard);
    connect(m_card, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        openAgentCard(rows.isEmpty() ? m_proxy->index(0, 0) : rows.first());
    });
    connect(edit, &QPushButton::clicked, this, &ScorecardPage::editDefinition);
    connect(csv, &QPushButton::clicked, this, &ScorecardPage::chooseCsv);
    connect(pdf, &QPushButton::clicked, this, &ScorecardPage::choosePdf);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (i == 1 && m_happinessStale)
            computeHappiness();
    });
    connect(m_hWeeks, &QComboBox::currentIndexChanged, this, &ScorecardPage::computeHappiness);
    connect(m_hOutcome, &QComboBox::currentIndexChanged, this, &ScorecardPage::computeHappiness);
    levelChanged();
}

void ScorecardPage::reload()
{
    setBusy(true, tr("Reading weeks and teams…"));
    m_worker->post([this](store::Database* db, const QString& error) {
        auto meta = std::make_shared<Meta>();
        if (!db) {
            meta->error = error;
        } else {
            auto weeks = store::rollupWeeks(*db);
            auto teams = store::scorecardTeams(*db);
            auto versions = store::scorecardDefinitionVersions(*db);
            if (weeks && teams && versions) {
                meta->weeks = weeks.value();
                meta->teams = teams.value();
                meta->versions = versions.value();
            } else {
                meta->error = (!weeks ? weeks.error() : !teams ? teams.error() : versions.error()).toString();
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, meta] {
                setBusy(false);
                m_loaded = false;
                const QVariant week = m_week->currentData(), team = m_team->currentData(),
                               version = m_definition->currentData();
                m_week->clear();
                for (auto it = meta->weeks.rbegin(); it != meta->weeks.rend(); ++it)
                    m_week->addItem(weekItemText(*it), *it);
                m_team->clear();
                m_team->addItem(tr("All teams"), QString());
                for (const auto& t : meta->teams)
                    m_team->addItem(QString::fromStdString(t), QString::fromStdString(t));
                m_definition->clear();
                for (const auto& d : meta->versions)
                    m_definition->addItem(d.note.isEmpty() ? tr("v%1").arg(d.version)
                                                           : tr("v%1 · %2").arg(d.version).arg(d.note),
                                          d.version);
                if (int i = m_week->findData(week); i >= 0)
                    m_week->setCurrentIndex(i);
                if (int i = m_team->findData(team); i >= 0)
                    m_team->setCurrentIndex(i);
                else if (m_team->count() > 1)
                    m_team->setCurrentIndex(1); // the first team: a team lead looks at one team
                if (int i = m_definition->findData(version); i >= 0)
                    m_definition->setCurrentIndex(i);
                m_loaded = true;
                if (!meta->error.isEmpty()) {
                    m_status->setText(tr("Cannot read the database: %1").arg(meta->error));
                    return;
                }
                if (meta->weeks.empty()) {
                    m_status->setText(tr("No interactions yet: import interactions (or create the demo site) to "
                                         "see scorecards."));
                    m_model->setScorecard({});
                    emit computed();
                    return;
                }
                m_happinessStale = true;
                compute();
                if (m_tabs->currentIndex() == 1)
                    computeHappiness();
            },
            Qt::QueuedConnection);
    });
}

int ScorecardPage::toWeek() const
{
    return m_week->currentData().toInt();
}

int ScorecardPage::fromWeek() const
{
    const int span = std::max(1, m_span->currentData().toInt());
    return IsoWeek::fromKey(toWeek()).next(-(span - 1)).key();
}

int ScorecardPage::definitionVersion() const
{
    return m_definition->currentData().toInt();
}

const analytics::Scorecard& ScorecardPage::scorecard() const
{
    return m_model->scorecard();
}

void ScorecardPage::setSpan(int weeks)
{
    if (int i = m_span->findData(weeks); i >= 0)
        m_span->setCurrentIndex(i);
}

void ScorecardPage::setLevel(Level level, const QString& team)
{
    const QSignalBlocker block(m_team);
    if (int i = m_team->findData(team); i >= 0)
        m_team->setCurrentIndex(i);
    if (m_level->currentData().toInt() == int(level))
        compute();
    else
        m_level->setCurrentIndex(m_level->findData(int(level)));
}

void ScorecardPage::selectWeek(int weekKey)
{
    if (int i = m_week->findData(weekKey); i >= 0)
        m_week->setCurrentIndex(i);
}

void ScorecardPage::levelChanged()
{
    const auto level = Level(m_level->currentData().toInt());
    m_team->setEnabled(level == Level::Agent);
    m_card->setEnabled(level == Level::Agent);
    compute();
}

void ScorecardPage::setBusy(bool busy, const QString& what)
{
    m_pending = std::max(0, m_pending + (busy ? 1 : -1));
    m_busy->setVisible(m_pending > 0);
    m_table->setEnabled(true); // never frozen: the last scorecard stays readable and sortable
    if (busy && !what.isEmpty())
        m_status->setText(what);
}

void ScorecardPage::compute()
{
    if (!m_loaded || m_week->count() == 0)
        return;
    const int gen = ++*m_generation;
    const auto level = Level(m_level->currentData().toInt());
    const std::string team = level == Level::Agent ? m_team->currentData().toString().toStdString() : std::string();
    const int from = fromWeek(), to = toWeek(), version = definitionVersion();
    setBusy(true, tr("Computing %1…").arg(weekRangeText(from, to)));
    auto generation = m_generation;
    m_worker->post([this, gen, generation, level, team, from, to, version](store::Database* db, const QString& err) {
        if (generation->load() != gen) { // a newer request supersedes this one
            QMetaObject::invokeMethod(
                this, [this] { setBusy(false); }, Qt::QueuedConnection);
            return;
        }
        QElapsedTimer timer;
        timer.start();
        auto card = std::make_shared<analytics::Scorecard>();
        QString error = err;
        if (db) {
            auto def = store::scorecardDefinition(*db, version);
            auto agents = store::scorecardAgents(*db);
            auto sums = def && agents ? store::loadPeriodSums(*db, from, to, team)
                                      : Result<analytics::PeriodSums>(Error::plain(QString()));
            if (def && agents && sums)
                *card = analytics::computeScorecard(*def, *agents, *sums, level, from, to, team);
            else
                error = (!def ? def.error() : !agents ? agents.error() : sums.error()).toString();
        }
        const qint64 ms = timer.elapsed();
        QMetaObject::invokeMethod(
            this,
            [this, gen, card, error, ms, team] {
                setBusy(false);
                if (m_generation->load() != gen)
                    return;
                if (!error.isEmpty()) {
                    m_status->setText(tr("Cannot compute the scorecard: %1").arg(error));
                    return;
                }
                const int sortColumn = m_table->horizontalHeader()->sortIndicatorSection();
                const auto order = m_table->horizontalHeader()->sortIndicatorOrder();
                m_model->setScorecard(*card);
                m_table->setColumnHidden(ScorecardModel::TeamColumn, card->level != Level::Agent || !team.empty());
                m_table->resizeColumnsToContents();
                m_table->sortByColumn(sortColumn < m_model->columnCount() ? sortColumn : 0, order);
                int partial = 0;
                for (const auto& r : card->rows)
                    partial += r.weightsUsed < r.weightsTotal ? 1 : 0;
                const int n = int(card->rows.size());
                const QString what = card->level == Level::Agent  ? (n == 1 ? tr("1 agent") : tr("%1 agents").arg(n))
                                     : card->level == Level::Team ? (n == 1 ? tr("1 team") : tr("%1 teams").arg(n))
                                                                  : (n == 1 ? tr("1 site") : tr("%1 sites").arg(n));
                m_status->setText(
                    tr("%1%2 · %3 · definition v%4 · %5 with small samples (◔) · computed in %6 ms")
                        .arg(team.empty() ? QString() : QString::fromStdString(team) + QStringLiteral(" · "), what,
                             weekRangeText(card->fromWeek, card->toWeek))
                        .arg(card->definition.version)
                        .arg(partial)
                        .arg(ms));
                emit computed();
            },
            Qt::QueuedConnection);
    });
}

void ScorecardPage::computeHappiness()
{
    if (!m_loaded || m_week->count() == 0)
        return;
    m_happinessStale = false;
    const int to = toWeek();
    const int span = m_hWeeks->currentData().toInt();
    const int from = IsoWeek::fromKey(to).next(-(span - 1)).key();
    const int version = definitionVersion();
    const auto outcome = analytics::Metric(m_hOutcome->currentData().toInt());
    m_hStatus->setText(tr("Computing correlations over %1…").arg(weekRangeText(from, to)));
    setBusy(true);
    m_worker->post([this, from, to, version, outcome](store::Database* db, const QString& err) {
        auto result = std::make_shared<analytics::Happiness>();
        QString error = err;
        if (db) {
            auto def = store::scorecardDefinition(*db, version);
            auto agents = store::scorecardAgents(*db);
            auto weekly = def && agents ? store::loadWeeklySums(*db, from, to)
                                        : Result<std::map<int, analytics::PeriodSums>>(Error::plain(QString()));
            if (def && agents && weekly)
                *result = analytics::happiness(*def, *agents, *weekly, outcome);
            else
                error = (!def ? def.error() : !agents ? agents.error() : weekly.error()).toString();
        }
        QMetaObject::invokeMethod(
            this,
            [this, result, error, from, to] {
                setBusy(false);
                if (!error.isEmpty()) {
                    m_hStatus->setText(tr("Cannot compute: %1").arg(error));
                    return;
                }
                const auto& h = *result;
                m_hStatus->setText(tr("%1: Spearman ρ of each pulse dimension (team-weeks with ≥ 5 responses) "
                                      "with each outcome the same week or 1–4 weeks later; n = team-weeks paired; "
                                      "bold: p < 0.05. Correlation is not cause.")
                                       .arg(weekRangeText(from, to)));
                m_hStatus->setToolTip(tr("Ranks with ties averaged; p from t = ρ √((n−2)/(1−ρ²)), n−2 degrees of "
                                         "freedom. See docs/scorecard.md."));
                m_hTable->clear();
                const int lags = 5;
                m_hTable->setColumnCount(2 + lags);
                QStringList headers{tr("Outcome"), tr("Pulse dimension")};
                for (int l = 0; l < lags; ++l)
                    headers << (l == 0 ? tr("Same week") : l == 1 ? tr("+1 week") : tr("+%1 weeks").arg(l));
                m_hTable->setHorizontalHeaderLabels(headers);
                m_hTable->setRowCount(int(h.outcomes.size()) * analytics::kPulseDimensions);
                int row = 0;
                for (auto m : h.outcomes)
                    for (int d = 0; d < analytics::kPulseDimensions; ++d, ++row) {
                        m_hTable->setItem(row, 0, new QTableWidgetItem(analytics::metricLabel(m)));
                        m_hTable->setItem(row, 1, new QTableWidgetItem(analytics::pulseDimensionLabel(d)));
                        for (const auto& c : h.correlations) {
                            if (c.outcome != m || c.dimension != d || c.lag >= lags)
                                continue;
                            auto* item = new QTableWidgetItem;
                            if (c.rho) {
                                item->setText(tr("ρ %1%2 (n=%3)")
                                                  .arg(*c.rho >= 0 ? QStringLiteral("+") : QStringLiteral("−"))
                                                  .arg(QLocale().toString(std::abs(*c.rho), 'f', 2))
                                                  .arg(c.n));
                                const int a = int(std::min(1.0, std::abs(*c.rho)) * 90);
                                item->setBackground(*c.rho >= 0 ? QColor(255 - a, 255 - a / 2, 255)
                                                                : QColor(255, 255 - a / 2, 255 - a));
                                if (c.p && *c.p < 0.05) {
                                    QFont f = item->font();
                                    f.setBold(true);
                                    item->setFont(f);
                                }
                                item->setToolTip(tr("ρ = %1, n = %2 team-weeks, p = %3")
                                                     .arg(*c.rho, 0, 'f', 4)
                                                     .arg(c.n)
                                                     .arg(c.p ? QString::number(*c.p, 'g', 3) : tr("n/a")));
                            } else {
                                item->setText(tr("n=%1: too few").arg(c.n));
                                item->setForeground(QColor(0x55, 0x55, 0x55));
                            }
                            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                            m_hTable->setItem(row, 2 + c.lag, item);
                        }
                    }
                m_hTable->resizeColumnsToContents();

                m_hTeams->clear();
                m_hTeams->setColumnCount(6);
                m_hTeams->setHorizontalHeaderLabels({tr("Team"), tr("Weeks"), tr("Mean pulse"),
                                                     tr("Mean %1").arg(analytics::metricLabel(h.labOutcome)),
                                                     tr("Gap to prediction"), tr("Reading")});
                m_hTeams->setRowCount(int(h.teams.size()));
                int r = 0;
                for (const auto& t : h.teams) {
                    const auto unit = analytics::metricUnit(h.labOutcome);
                    const double scale = unit == analytics::Unit::Proportion ? 100.0 : 1.0;
                    m_hTeams->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(t.team)));
                    m_hTeams->setItem(r, 1, new QTableWidgetItem(QString::number(t.weeks)));
                    m_hTeams->setItem(r, 2, new QTableWidgetItem(formatValue(analytics::Metric::Pulse, t.pulse)));
                    m_hTeams->setItem(r, 3, new QTableWidgetItem(formatValue(h.labOutcome, t.outcome)));
                    m_hTeams->setItem(r, 4,
                                      new QTableWidgetItem(
                                          tr("%1%2%3")
                                              .arg(t.gap >= 0 ? QStringLiteral("+") : QStringLiteral("−"))
                                              .arg(QLocale().toString(std::abs(t.gap) * scale, 'f', 1))
                                              .arg(unit == analytics::Unit::Proportion ? tr(" points") : QString())));
                    auto* reading = new QTableWidgetItem(
                        t.lab ? (t.better ? tr("▲ Learning lab: does better than its pulse predicts")
                                          : tr("▼ Learning lab: below what its pulse predicts — ask what gets in "
                                               "the way"))
                              : tr("as its pulse predicts"));
                    if (t.lab) {
                        QFont f = reading->font();
                        f.setBold(true);
                        reading->setFont(f);
                    }
                    m_hTeams->setItem(r, 5, reading);
                    ++r;
                }
                if (h.teams.size() < 3) {
                    m_hTeams->setRowCount(m_hTeams->rowCount() + 1);
                    m_hTeams->setItem(m_hTeams->rowCount() - 1, 0,
                                      new QTableWidgetItem(tr("Learning labs need at least 3 teams with pulse and "
                                                              "outcome data: with fewer, the site-wide line runs "
                                                              "through every team.")));
                    m_hTeams->setSpan(m_hTeams->rowCount() - 1, 0, 1, 6);
                }
                m_hTeams->resizeColumnsToContents();
                m_hTeams->horizontalHeader()->setStretchLastSection(true);
                emit happinessComputed();
            },
            Qt::QueuedConnection);
    });
}

QImage ScorecardPage::lastPrintPreview() const
{
    if (!m_printAgents || !m_printTeams)
        return {};
    return scorecardPrintPreview(*m_printAgents, *m_printTeams);
}

void ScorecardPage::showHappiness()
{
    m_tabs->setCurrentIndex(1);
}

void ScorecardPage::openAgentCard(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid() || m_model->scorecard().level != Level::Agent)
        return;
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    const auto& row = m_model->scorecard().rows.at(size_t(index.row()));
    auto* dialog = new AgentCardDialog(QString::fromStdString(row.name), QString::fromStdString(row.team), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QPointer<AgentCardDialog> target(dialog);
    const std::string agentId = row.id;
    const std::string team = row.team;
    const int to = toWeek();
    const int version = definitionVersion();
    m_worker->post([this, target, agentId, team, to, version](store::Database* db, const QString& err) {
        auto data = std::make_shared<AgentCardData>();
        data->error = err;
        if (db) {
            const int from = IsoWeek::fromKey(to).next(-12).key();
            auto def = store::scorecardDefinition(*db, version);
            auto agents = store::scorecardAgents(*db);
            auto weekly = store::loadWeeklySums(*db, from, to, team);
            auto notes = store::coachingMarks(*db, agentId, IsoWeek::fromKey(from).monday().toString(Qt::ISODate),
                                              IsoWeek::fromKey(to).monday().addDays(6).toString(Qt::ISODate));
            if (def && agents && weekly && notes) {
                for (int w = from; w <= to; w = IsoWeek::fromKey(w).next().key())
                    data->weeks.push_back(w);
                data->definition = def.value();
                data->trends = analytics::agentTrends(*def, *agents, *weekly, data->weeks, agentId);
                data->notes = notes.value();
            } else {
                data->error = (!def      ? def.error()
                               : !agents ? agents.error()
                               : !weekly ? weekly.error()
                                         : notes.error())
                                  .toString();
            }
        }
        QMetaObject::invokeMethod(
            this,
            [target, data] {
                if (target)
                    target->setData(*data);
            },
            Qt::QueuedConnection);
    });
}

void ScorecardPage::editDefinition()
{
    const auto& current = m_model->scorecard().definition;
    DefinitionDialog dialog(current.metrics.empty() ? analytics::defaultDefinition() : current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const analytics::ScorecardDefinition def = dialog.definition();
    setBusy(true, tr("Saving the definition…"));
    m_worker->post([this, def](store::Database* db, const QString& err) {
        QString error = err;
        int version = 0;
        if (db) {
            auto saved = store::saveScorecardDefinition(*db, def);
            if (saved)
                version = saved.value();
            else
                error = saved.error().toString();
        }
        QMetaObject::invokeMethod(
            this,
            [this, error, version] {
                setBusy(false);
                if (!error.isEmpty()) {
                    QMessageBox::warning(this, tr("Scorecard definition"),
                                         tr("The definition was not saved: %1").arg(error));
                    return;
                }
                m_definition->blockSignals(true);
                m_definition->insertItem(0, tr("v%1 · %2").arg(version).arg(tr("new")), version);
                m_definition->setCurrentIndex(0);
                m_definition->blockSignals(false);
                reload();
            },
            Qt::QueuedConnection);
    });
}

bool ScorecardPage::exportCsv(const QString& file, QString* error)
{
    if (auto written = exporting::writeCsv(exporting::scorecardCsv(m_model->scorecard()), file); !written) {
        if (error)
            *error = written.error().reason;
        return false;
    }
    return true;
}

void ScorecardPage::chooseCsv()
{
    const auto& card = m_model->scorecard();
    const QString name =
        QStringLiteral("scorecard-%1-%2.csv")
            .arg(QString::fromStdString(analytics::levelKey(card.level)), IsoWeek::fromKey(card.toWeek).toString());
    const QString file = QFileDialog::getSaveFileName(this, tr("Export scorecard"), name, tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!exportCsv(file, &error))
        QMessageBox::warning(this, tr("Export scorecard"), tr("Cannot write %1: %2").arg(file, error));
    else
        m_status->setText(tr("%1 rows written to %2").arg(card.rows.size()).arg(file));
}

void ScorecardPage::choosePdf()
{
    const QString name = QStringLiteral("scorecards-%1.pdf").arg(IsoWeek::fromKey(toWeek()).toString());
    const QString file = QFileDialog::getSaveFileName(this, tr("Print scorecards"), name, tr("PDF files (*.pdf)"));
    if (!file.isEmpty())
        exportPdf(file);
}

void ScorecardPage::exportPdf(const QString& file)
{
    if (!m_loaded || m_week->count() == 0) {
        emit pdfWritten(file, false);
        return;
    }
    const int from = fromWeek(), to = toWeek(), version = definitionVersion();
    setBusy(true, tr("Preparing the PDF…"));
    m_worker->post([this, file, from, to, version](store::Database* db, const QString& err) {
        auto agents = std::make_shared<analytics::Scorecard>();
        auto teams = std::make_shared<analytics::Scorecard>();
        QString error = err;
        if (db) {
            auto def = store::scorecardDefinition(*db, version);
            auto info = store::scorecardAgents(*db);
            auto sums = def && info ? store::loadPeriodSums(*db, from, to)
                                    : Result<analytics::PeriodSums>(Error::plain(QString()));
            if (def && info && sums) {
                *agents = analytics::computeScorecard(*def, *info, *sums, Level::Agent, from, to);
                *teams = analytics::computeScorecard(*def, *info, *sums, Level::Team, from, to);
            } else {
                error = (!def ? def.error() : !info ? info.error() : sums.error()).toString();
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, file, agents, teams, error] {
                setBusy(false);
                QString why = error;
                const bool ok = why.isEmpty() && writeScorecardPdf(file, *agents, *teams, &why);
                if (ok) {
                    m_printAgents = agents;
                    m_printTeams = teams;
                }
                m_status->setText(ok ? tr("PDF written to %1").arg(file) : tr("Cannot write the PDF: %1").arg(why));
                emit pdfWritten(file, ok);
            },
            Qt::QueuedConnection);
    });
}

} // namespace fb::ui::scorecards
