#pragma once

#include "pages/ContactsRequest.h"

#include <QObject>

#include <functional>

class QModelIndex;
class QPoint;
class QSortFilterProxyModel;
class QTableView;

namespace fb::ui::scorecards {

class ScorecardModel;

// What a double-click or the context menu on a scorecard cell does: a figure
// made of contacts opens them (contactsRequested), the name and the other
// figures open the agent card; the menu offers both, "Agent card…" and
// "Contacts behind this figure…".
class ScorecardCellActions final : public QObject {
    Q_OBJECT
public:
    ScorecardCellActions(QTableView* table, QSortFilterProxyModel* proxy, ScorecardModel* model,
                         std::function<void(const QModelIndex& proxyIndex)> openAgentCard);

signals:
    void contactsRequested(const fb::ui::ContactsRequest& request);

private:
    void open(const QModelIndex& proxyIndex);
    void showMenu(const QPoint& at);

    QTableView* m_table;
    QSortFilterProxyModel* m_proxy;
    ScorecardModel* m_model;
    std::function<void(const QModelIndex&)> m_openAgentCard;
};

} // namespace fb::ui::scorecards
