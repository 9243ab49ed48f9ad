#include "models/KindTableModel.h"

#include "background/DatabaseJobs.h"
#include "models/CellFormat.h"

namespace fb::ui {

KindTableModel::KindTableModel(DatabaseJobs& worker, KindSpec spec, QObject* parent)
    : QAbstractTableModel(parent), m_worker(worker), m_spec(std::move(spec))
{
}

bool KindTableModel::hasFilter() const
{
    if (m_fetch)
        return m_fetchNarrowed;
    return m_filter.column.has_value() || !m_filter.contains.empty();
}

void KindTableModel::setFetch(Fetch fetch, bool narrowed)
{
    m_fetch = std::move(fetch);
    m_fetchNarrowed = narrowed;
    reload();
}

void KindTableModel::setFilter(store::BrowseFilter filter)
{
    m_filter = std::move(filter);
    reload();
}

void KindTableModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    m_lastKey.clear();
    m_atEnd = false;
    m_pending = false;
    endResetModel();
    fetchMore();
}

int KindTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int KindTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_spec.columns.size());
}

QVariant KindTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const ColumnSpec& column = m_spec.columns[static_cast<size_t>(index.column())];
    const auto& row = m_rows[static_cast<size_t>(index.row())];
    const Value& value =
        static_cast<size_t>(index.column()) < row.size() ? row[static_cast<size_t>(index.column())] : Value{};
    switch (role) {
    case Qt::DisplayRole:
        return cellText(column, value);
    case Qt::ToolTipRole:
        // Long comments and reasons are cut off in the cell; the tooltip shows all of it.
        if (column.isText() && std::holds_alternative<std::string>(value) && std::get<std::string>(value).size() > 40)
            return QString::fromStdString(std::get<std::string>(value));
        return {};
    case RawRole:
        return QString::fromStdString(valueToText(value));
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant KindTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ColumnSpec& column = m_spec.columns[static_cast<size_t>(section)];
    switch (role) {
    case Qt::DisplayRole:
        return columnLabel(column.name);
    case Qt::ToolTipRole:
        return columnToolTip(column.name);
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

bool KindTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_pending;
}

void KindTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    setPending(true);
    const quint64 generation = m_generation;
    m_worker.run(
        this,
        [spec = m_spec, after = m_lastKey, limit = m_pageSize, filter = m_filter,
         fetch = m_fetch](store::Database& db) {
            if (fetch)
                return fetch(db, after, limit);
            return store::browse(db, spec, after, limit, filter);
        },
        [this, generation](Result<store::Page> page) {
            if (generation != m_generation)
                return; // a page of a filter the user already replaced
            if (!page.ok()) {
                m_atEnd = true; // stop the view from asking again and again
                setPending(false);
                emit loadFailed(page.error().toString());
                emit pageLoaded();
                return;
            }
            applyPage(std::move(page).value());
        });
}

void KindTableModel::applyPage(store::Page page)
{
    if (!page.rows.empty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(page.rows.size()) - 1);
        for (auto& row : page.rows)
            m_rows.push_back(std::move(row));
        endInsertRows();
    }
    // A key that did not move means nothing more can come, whatever atEnd says:
    // better an early end than a view that asks for the same page forever.
    const bool stuck = page.lastKey.empty() || page.lastKey == m_lastKey;
    m_atEnd = page.atEnd || stuck;
    if (!stuck)
        m_lastKey = std::move(page.lastKey);
    setPending(false);
    emit pageLoaded();
}

void KindTableModel::setPending(bool pending)
{
    if (m_pending == pending)
        return;
    m_pending = pending;
    emit loadingChanged(pending);
}

} // namespace fb::ui
