#include "pages/AgentsPage.h"

#include "Settings.h"
#include "background/DatabaseJobs.h"
#include "models/KindTableModel.h"
#include "pages/BrowsePanel.h"
#include "pages/PageParts.h"
#include "store/AgentDirectory.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

#include <utility>

namespace fb::ui {

AgentsPage::AgentsPage(DatabaseJobs& worker, QWidget* parent)
    : QWidget(parent), m_worker(worker), m_model(new KindTableModel(worker, kindSpec(Kind::Agents), this)),
      m_search(makeSearchBox(tr("Search names, IDs, supervisors…"), this, &m_debounce)), m_team(new QComboBox(this))
{
    m_panel = new BrowsePanel(m_model,
                              {tr("No agents yet.<br>Use <b>File ▸ Import CSV…</b> to import your agent list, "
                                  "or <b>File ▸ Create demo site…</b> to try Floorboard with sample data."),
                               tr("No agents match these filters."),
                               [](int n) { return tr("%Ln agent(s) shown", nullptr, n); }, tr("— scroll for more")},
                              this);
    m_panel->view()->setAccessibleDescription(
        tr("One row per agent; Enter or double-click shows the agent's interactions."));
    m_panel->view()->setAccessibleName(tr("Agents"));
    m_team->setAccessibleName(tr("Team"));
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_team->addItem(tr("All teams"), QString());

    auto* teamLabel = new QLabel(tr("&Team:"), this);
    teamLabel->setBuddy(m_team);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addSpacing(12);
    filters->addWidget(teamLabel);
    filters->addWidget(m_team);

    auto* layout = makePageLayout(this, tr("Agents"),
                                  tr("Everyone on the floor. Double-click an agent to see their interactions."));
    layout->addLayout(filters);
    layout->addWidget(m_panel, 1);

    connect(m_debounce, &QTimer::timeout, this, &AgentsPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        applyFilter();
    });
    connect(m_team, &QComboBox::activated, this, &AgentsPage::applyFilter);
    connect(m_panel, &BrowsePanel::clearFiltersRequested, this, [this] {
        m_search->clear();
        m_debounce->stop();
        m_team->setCurrentIndex(0);
        applyFilter();
    });
    connect(m_panel->view(), &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString id = m_model->index(index.row(), 0).data(KindTableModel::RawRole).toString();
        if (!id.isEmpty())
            emit showInteractionsRequested(id);
    });

    loadTeams();
    applyFilter();
}

void AgentsPage::setSearchText(const QString& text)
{
    m_search->setText(text);
    m_debounce->stop();
    applyFilter();
}

void AgentsPage::reload()
{
    loadTeams();
    m_model->reload();
}

void AgentsPage::applyFilter()
{
    store::BrowseFilter filter;
    filter.contains = m_search->text().trimmed().toStdString();
    const QString team = m_team->currentData().toString();
    if (!team.isEmpty()) {
        filter.column = "team";
        filter.equals = team.toStdString();
    }
    m_model->setFilter(std::move(filter));
}

void AgentsPage::loadTeams()
{
    m_worker.run(this, readAgentDirectory, [this](Result<AgentDirectory> directory) {
        if (!directory.ok())
            return; // the table shows the same error; an empty team list is enough here
        // The first list starts on "my team" (Settings); later ones keep what is chosen.
        const QString current =
            std::exchange(m_firstTeams, false) ? Settings::myTeam() : m_team->currentData().toString();
        m_team->clear();
        m_team->addItem(tr("All teams"), QString());
        for (const QString& team : directory->teams)
            m_team->addItem(team, team);
        const int i = m_team->findData(current);
        const bool changed = (i < 0 ? 0 : i) != m_team->currentIndex();
        m_team->setCurrentIndex(i < 0 ? 0 : i);
        if (changed)
            applyFilter();
    });
}

} // namespace fb::ui
