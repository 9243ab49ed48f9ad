#include "pages/scorecards/ScorecardPage.h"

#include "AppSupport.h"
#include "ScorecardFormat.h"
#include "ScorecardPdf.h"
#include "Settings.h"
#include "background/DatabaseJobs.h"
#include "common/IsoWeek.h"
#include "dialogs/FileDialogs.h"
#include "export/ScorecardCsv.h"
#include "pages/PageParts.h"
#include "pages/scorecards/AgentCardDialog.h"
#include "pages/scorecards/DefinitionDialog.h"
#include "pages/scorecards/HappinessTab.h"
#include "pages/scorecards/ScorecardModel.h"
#include "pages/scorecards/ScorecardReads.h"
#include "store/ScorecardStore.h"
#include "views/FrozenColumnTableView.h"

#include <QComboBox>
#include <QElapsedTimer>
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

using namespace fb::scorecards; // report/ScorecardFormat.h: how the numbers read

using analytics::Level;

ScorecardPage::ScorecardPage(const QString& databasePath, QWidget* parent)
    : QWidget(parent), m_path(databasePath), m_worker(std::make_unique<DatabaseJobs>(databasePath)),
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
    // A long status never widens the window: it is cut, and the tooltip holds it whole.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
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
    m_table = new FrozenColumnTableView; // wide definitions scroll; the name stays
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

    m_happiness = new HappinessTab;
    m_tabs->addTab(m_happiness, tr("Happiness and results"));

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
    connect(m_happiness, &HappinessTab::settingsChanged, this, &ScorecardPage::computeHappiness);
    levelChanged();
}

void ScorecardPage::reload()
{
    setBusy(true, tr("Reading weeks and teams…"));
    m_worker->run(
        this, [](store::Database& db) { return readScorecardMeta(db); },
        [this](const Result<ScorecardMeta>& read) {
            const ScorecardMeta empty;
            const ScorecardMeta* meta = read ? &read.value() : &empty;
            setBusy(false);
            m_loaded = false;
            const QVariant week = m_week->currentData(), team = m_team->currentData(),
                           version = m_definition->currentData();
            m_week->clear();
            for (auto it = meta->weeks.rbegin(); it != meta->weeks.rend(); ++it)
                m_week->addItem(weekItemText(*it), *it);
            m_team->clear();
            m_team->addItem(tr("All teams"), QString());
            for (const auto& t : meta->teams) // in natural order (readScorecardMeta)
                m_team->addItem(QString::fromStdString(t), QString::fromStdString(t));
            m_definition->clear();
            for (const auto& d : meta->versions)
                m_definition->addItem(
                    d.note.isEmpty() ? tr("v%1").arg(d.version) : tr("v%1 · %2").arg(d.version).arg(d.note), d.version);
            if (int i = m_week->findData(week); i >= 0)
                m_week->setCurrentIndex(i);
            // A team lead looks at one team: the one chosen, else "my team" (Settings), else the first.
            if (int i = m_team->findData(team); i >= 0 && team.isValid())
                m_team->setCurrentIndex(i);
            else if (int mine = m_team->findData(Settings::myTeam()); mine > 0)
                m_team->setCurrentIndex(mine);
            else if (m_team->count() > 1)
                m_team->setCurrentIndex(1);
            if (int i = m_definition->findData(version); i >= 0)
                m_definition->setCurrentIndex(i);
            m_loaded = true;
            if (!read) {
                m_status->setText(tr("Cannot read the database: %1").arg(read.error().toString()));
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
    // A computed scorecard and how long it took; no scorecard when a newer request superseded this one.
    using Computed = std::pair<std::shared_ptr<const analytics::Scorecard>, qint64>;
    m_worker->run(
        this,
        [gen, generation, level, team, from, to, version](store::Database& db) -> Result<Computed> {
            if (generation->load() != gen)
                return Computed{};
            QElapsedTimer timer;
            timer.start();
            auto card = readScorecard(db, version, level, from, to, team);
            if (!card)
                return card.error();
            return Computed{std::make_shared<const analytics::Scorecard>(std::move(card.value())), timer.elapsed()};
        },
        [this, gen, team](const Result<Computed>& result) {
            setBusy(false);
            if (m_generation->load() != gen)
                return;
            if (!result) {
                m_status->setText(tr("Cannot compute the scorecard: %1").arg(result.error().toString()));
                return;
            }
            const auto& card = result->first;
            const qint64 ms = result->second;
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
            m_status->setText(tr("%1%2 · %3 · definition v%4 · %5 with small samples (◔)")
                                  .arg(team.empty() ? QString() : QString::fromStdString(team) + QStringLiteral(" · "),
                                       what, weekRangeText(card->fromWeek, card->toWeek))
                                  .arg(card->definition.version)
                                  .arg(partial));
            m_status->setToolTip(m_status->text());
            qCDebug(lcTiming) << "scorecard computed in" << ms << "ms";
            emit computed();
        });
}

void ScorecardPage::computeHappiness()
{
    if (!m_loaded || m_week->count() == 0)
        return;
    m_happinessStale = false;
    const int to = toWeek();
    const int span = m_happiness->weeks();
    const int from = IsoWeek::fromKey(to).next(-(span - 1)).key();
    const int version = definitionVersion();
    const auto outcome = m_happiness->outcome();
    m_happiness->showComputing(from, to);
    setBusy(true);
    m_worker->run(
        this,
        [from, to, version, outcome](store::Database& db) { return readHappiness(db, version, from, to, outcome); },
        [this, from, to](const Result<analytics::Happiness>& result) {
            setBusy(false);
            if (!result) {
                m_happiness->showError(result.error());
                return;
            }
            m_happiness->present(result.value(), from, to);
            emit happinessComputed();
        });
}

QImage ScorecardPage::lastPrintPreview() const
{
    if (!m_printAgents || !m_printTeams)
        return {};
    return report::renderScorecardPreview(*m_printAgents, *m_printTeams);
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
    const std::string agentId = row.id;
    const std::string team = row.team;
    const int to = toWeek();
    const int version = definitionVersion();
    m_worker->run(
        dialog,
        [agentId, team, to, version](store::Database& db) { return readAgentCard(db, version, agentId, team, to); },
        [dialog](const Result<AgentCardData>& data) {
            if (data) {
                dialog->setData(data.value());
                return;
            }
            AgentCardData failed;
            failed.error = data.error().toString();
            dialog->setData(failed);
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
    m_worker->run(
        this, [def](store::Database& db) { return store::saveScorecardDefinition(db, def); },
        [this](const Result<int>& saved) {
            setBusy(false);
            if (!saved) {
                QMessageBox::warning(this, tr("Scorecard definition"),
                                     tr("The definition was not saved: %1").arg(saved.error().toString()));
                return;
            }
            const int version = saved.value();
            m_definition->blockSignals(true);
            m_definition->insertItem(0, tr("v%1 · %2").arg(version).arg(tr("new")), version);
            m_definition->setCurrentIndex(0);
            m_definition->blockSignals(false);
            reload();
        });
}

bool ScorecardPage::exportCsv(const QString& file, QString* error)
{
    if (auto written = exporting::writeCsv(exporting::scorecardCsv(m_model->scorecard()), file, csvWriterOptions());
        !written) {
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
    const QString file = fileDialogs::saveFile(this, tr("Export scorecard"), name, tr("CSV files (*.csv)"));
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
    const QString file = fileDialogs::saveFile(this, tr("Print scorecards"), name, tr("PDF files (*.pdf)"));
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
    m_worker->run(
        this, [from, to, version](store::Database& db) { return readPrintCards(db, version, from, to); },
        [this, file](const Result<PrintCards>& cards) {
            setBusy(false);
            const Status written =
                cards ? report::writeScorecardPdf(*cards->agents, *cards->teams, file) : Status(cards.error());
            const bool ok = bool(written);
            const QString why = ok ? QString() : written.error().toString();
            if (ok) {
                m_printAgents = cards->agents;
                m_printTeams = cards->teams;
            }
            m_status->setText(ok ? tr("PDF written to %1").arg(file) : tr("Cannot write the PDF: %1").arg(why));
            emit pdfWritten(file, ok);
        });
}

} // namespace fb::ui::scorecards
