#include "pages/scorecards/ScorecardCellActions.h"

#include "pages/scorecards/ScorecardDrillDown.h"
#include "pages/scorecards/ScorecardModel.h"

#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace fb::ui::scorecards {

ScorecardCellActions::ScorecardCellActions(QTableView* table, QSortFilterProxyModel* proxy, ScorecardModel* model,
                                           std::function<void(const QModelIndex&)> openAgentCard)
    : QObject(table), m_table(table), m_proxy(proxy), m_model(model), m_openAgentCard(std::move(openAgentCard))
{
    connect(table, &QTableView::doubleClicked, this, &ScorecardCellActions::open);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QTableView::customContextMenuRequested, this, &ScorecardCellActions::showMenu);
}

void ScorecardCellActions::open(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    if (auto request = contactsBehind(m_model->scorecard(), size_t(index.row()), index.column())) {
        emit contactsRequested(*request);
        return;
    }
    m_openAgentCard(proxyIndex);
}

void ScorecardCellActions::showMenu(const QPoint& at)
{
    const QModelIndex proxyIndex = m_table->indexAt(at);
    if (!proxyIndex.isValid())
        return;
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    const auto request = contactsBehind(m_model->scorecard(), size_t(index.row()), index.column());
    QMenu menu(m_table);
    QAction* card = menu.addAction(tr("Agent card…"));
    card->setEnabled(m_model->scorecard().level == analytics::Level::Agent);
    QAction* contacts = menu.addAction(tr("Contacts behind this figure…"));
    contacts->setEnabled(request.has_value());
    QAction* chosen = menu.exec(m_table->viewport()->mapToGlobal(at));
    if (chosen == card)
        m_openAgentCard(proxyIndex);
    else if (chosen == contacts && request)
        emit contactsRequested(*request);
}

} // namespace fb::ui::scorecards
