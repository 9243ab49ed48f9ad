#include "views/FrozenColumnTableView.h"

#include <QHeaderView>
#include <QScrollBar>

namespace fb::ui {

FrozenColumnTableView::FrozenColumnTableView(QWidget* parent) : QTableView(parent), m_frozen(new QTableView(this))
{
    m_frozen->setObjectName(QStringLiteral("frozenColumn"));
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    viewport()->stackUnder(m_frozen);
    m_frozen->setFrameShape(QFrame::NoFrame);
    // A thin line to the right says the column is pinned.
    m_frozen->setStyleSheet(QStringLiteral("QTableView { border-right: 1px solid palette(mid); }"));

    // Widths and heights follow the main view; scrolling moves both together.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (section == 0) {
            m_frozen->setColumnWidth(0, size);
            placeFrozenView();
        }
    });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int row, int, int size) { m_frozen->setRowHeight(row, size); });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    // One sort order for both: a click on the frozen header sorts the table.
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        if (!isSortingEnabled())
            return;
        const bool same = horizontalHeader()->sortIndicatorSection() == section;
        const Qt::SortOrder order = same && horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder
                                        ? Qt::DescendingOrder
                                        : Qt::AscendingOrder;
        sortByColumn(section, order);
    });
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_frozen->horizontalHeader(),
            &QHeaderView::setSortIndicator);
    connect(m_frozen, &QTableView::doubleClicked, this, &QTableView::doubleClicked);
    connect(m_frozen, &QTableView::clicked, this, &QTableView::clicked);
}

void FrozenColumnTableView::setModel(QAbstractItemModel* model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &FrozenColumnTableView::showOnlyFirstColumn);
        connect(model, &QAbstractItemModel::layoutChanged, this, &FrozenColumnTableView::showOnlyFirstColumn);
        connect(model, &QAbstractItemModel::columnsInserted, this, &FrozenColumnTableView::showOnlyFirstColumn);
    }
    showOnlyFirstColumn();
}

void FrozenColumnTableView::showOnlyFirstColumn()
{
    if (!model())
        return;
    m_frozen->setSelectionBehavior(selectionBehavior());
    m_frozen->setSelectionMode(selectionMode());
    m_frozen->setWordWrap(wordWrap());
    m_frozen->horizontalHeader()->setSectionsClickable(true); // sorts only when the table does
    m_frozen->horizontalHeader()->setSortIndicatorShown(horizontalHeader()->isSortIndicatorShown());
    m_frozen->horizontalHeader()->setSortIndicator(horizontalHeader()->sortIndicatorSection(),
                                                   horizontalHeader()->sortIndicatorOrder());
    m_frozen->horizontalHeader()->setHighlightSections(horizontalHeader()->highlightSections());
    for (int c = 1; c < model()->columnCount(); ++c)
        m_frozen->setColumnHidden(c, true);
    m_frozen->setColumnHidden(0, false);
    m_frozen->setColumnWidth(0, columnWidth(0));
    for (int r = 0; r < model()->rowCount(); ++r)
        m_frozen->setRowHeight(r, rowHeight(r));
    placeFrozenView();
}

void FrozenColumnTableView::placeFrozenView()
{
    m_frozen->setVisible(model() && model()->columnCount() > 0 && !isColumnHidden(0));
    const int header = verticalHeader()->isVisible() ? verticalHeader()->width() : 0;
    m_frozen->setGeometry(header + frameWidth(), frameWidth(), columnWidth(0),
                          viewport()->height() + horizontalHeader()->height());
    m_frozen->verticalScrollBar()->setValue(verticalScrollBar()->value());
}

void FrozenColumnTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    placeFrozenView();
}

void FrozenColumnTableView::updateGeometries()
{
    QTableView::updateGeometries();
    if (m_frozen)
        placeFrozenView();
}

QModelIndex FrozenColumnTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(action, modifiers);
    // Moving left past the frozen column scrolls the covered cells into view.
    if (action == MoveLeft && current.column() > 0 && visualRect(current).topLeft().x() < m_frozen->columnWidth(0)) {
        const int newValue =
            horizontalScrollBar()->value() + visualRect(current).topLeft().x() - m_frozen->columnWidth(0);
        horizontalScrollBar()->setValue(newValue);
    }
    return current;
}

void FrozenColumnTableView::scrollTo(const QModelIndex& index, ScrollHint hint)
{
    if (index.column() > 0) // the frozen column never scrolls sideways
        QTableView::scrollTo(index, hint);
}

} // namespace fb::ui
