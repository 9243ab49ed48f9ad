#include "pages/scorecards/ScorecardPage.h"

#include "AppSupport.h"
#include "ScorecardFormat.h"
#include "background/DatabaseJobs.h"
#include "common/IsoWeek.h"
#include "dialogs/FileDialogs.h"
#include "export/ScorecardCsv.h"
#include "pages/PageParts.h"
#include "pages/scorecards/AgentCardDialog.h"
#include "pages/scorecards/DefinitionDialog.h"
#include "pages/scorecards/HappinessTab.h"
#include "pages/scorecards/ScorecardCellActions.h"
#include "pages/scorecards/ScorecardFilters.h"
#include "pages/scorecards/ScorecardModel.h"
#include "pages/scorecards/ScorecardReads.h"
#include "store/ScorecardStore.h"
#include "views/FrozenColumnTableView.h"

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
    m_filters = new ScorecardFilters;
    v->addWidget(m_filters);

    auto* actions = new QHBoxLayout;
    m_card = new QPushButton(tr("Agent &card…"));
    m_card->setToolTip(tr("13-week trends of the selected agent against the team median (or double-click a row)"));
    auto* edit = new QPushButton(tr("&Edit definition…"));
    auto* csv = new QPushButton(tr("Export C&SV…"));
    m_print = new ScorecardPrint(m_worker.get(), m_filters);
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
    actions->addWidget(m_print);
    v->addLayout(actions);

    m_model = new ScorecardModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ScorecardModel::SortRole);
    m_table = new FrozenColumnTableView; // wide definitions scroll; the name stays
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Scorecard"));
    m_table->setAccessibleDescription(tr("One row per agent or team: a score for each metric of the definition over "
                                         "the chosen weeks; double-click opens the contacts behind a figure."));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setWordWrap(false);
    m_table->sortByColumn(ScorecardModel::NameColumn, Qt::AscendingOrder);
    v->addWidget(m_table, 1);
    // Under the table, always visible: how to read "61.5 % ▼ 0" and the marks.
    m_legend = new QLabel(legendText());
    m_legend->setObjectName(QStringLiteral("scorecardLegend"));
    m_legend->setWordWrap(true);
    m_legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // wraps, never widens the window
    v->addWidget(m_legend);
    m_tabs->addTab(card, tr("Scorecard"));

    m_happiness = new HappinessTab;
    m_tabs->addTab(m_happiness, tr("Happiness and results"));

    connect(m_filters, &ScorecardFilters::changed, this, &ScorecardPage::filtersChanged);
    auto* cells =
        new ScorecardCellActions(m_table, m_proxy, m_model, [this](const QModelIndex& i) { openAgentCard(i); });
    connect(cells, &ScorecardCellActions::contactsRequested, this, &ScorecardPage::contactsRequested);
    connect(m_card, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        openAgentCard(rows.isEmpty() ? m_proxy->index(0, 0) : rows.first());
    });
    connect(edit, &QPushButton::clicked, this, &ScorecardPage::editDefinition);
    connect(csv, &QPushButton::clicked, this, &ScorecardPage::chooseCsv);
    connect(m_print, &ScorecardPrint::started, this, [this](const QString& what) { setBusy(true, what); });
    connect(m_print, &ScorecardPrint::finished, this, [this](const QString& file, bool ok, const QString& message) {
        setBusy(false);
        m_status->setText(message);
        emit pdfWritten(file, ok);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (i == 1 && m_happinessStale)
            computeHappiness();
    });
    connect(m_happiness, &HappinessTab::settingsChanged, this, &ScorecardPage::computeHappiness);
    filtersChanged(false);
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
            m_filters->setMeta(*meta);
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
    return m_filters->toWeek();
}

int ScorecardPage::definitionVersion() const
{
    return m_filters->definitionVersion();
}

const analytics::Scorecard& ScorecardPage::scorecard() const
{
    return m_model->scorecard();
}

void ScorecardPage::setSpan(int weeks)
{
    m_filters->setSpan(weeks);
}

void ScorecardPage::setLevel(Level level, const QString& team)
{
    m_filters->setLevel(level, team);
}

void ScorecardPage::filtersChanged(bool weekOrDefinition)
{
    if (weekOrDefinition)
        m_happinessStale = true;
    m_card->setEnabled(m_filters->level() == Level::Agent);
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
    if (!m_loaded || !m_filters->hasWeeks())
        return;
    const int gen = ++*m_generation;
    const auto level = m_filters->level();
    const std::string team = m_filters->team().toStdString();
    const int from = m_filters->fromWeek(), to = toWeek(), version = definitionVersion();
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
            const QString what = card->level == Level::Agent  ? tr("%Ln agent(s)", nullptr, n)
                                 : card->level == Level::Team ? tr("%Ln team(s)", nullptr, n)
                                                              : tr("%Ln site(s)", nullptr, n);
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
    if (!m_loaded || !m_filters->hasWeeks())
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
    return m_print->lastPreview();
}

QStringList ScorecardPage::lastPrintTitles() const
{
    return m_print->lastPageTitles();
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
            m_filters->addDefinition(saved.value());
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
    const QString file = fileDialogs::saveTable(this, tr("Export scorecard"), name);
    if (file.isEmpty())
        return;
    QString error;
    if (!exportCsv(file, &error))
        QMessageBox::warning(this, tr("Export scorecard"), tr("Cannot write %1: %2").arg(file, error));
    else
        m_status->setText(tr("%Ln row(s) written to %1", nullptr, int(card.rows.size())).arg(file));
}

void ScorecardPage::exportPdf(const QString& file, PrintScope scope)
{
    m_print->exportPdf(file, scope);
}

} // namespace fb::ui::scorecards
