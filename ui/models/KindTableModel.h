#pragma once

#include "domain/Kinds.h"
#include "domain/Value.h"
#include "store/Browse.h"

#include <QAbstractTableModel>

#include <functional>
#include <string>
#include <vector>

namespace fb::ui {

class DatabaseJobs;

// Any kind's rows, read lazily in key order with store::browse: a page at a
// time as the view scrolls, each page an index seek after the last key seen,
// so the ten-millionth row costs what the first does. Pages are read on the
// DatabaseJobs thread; the view never waits on the database.
class KindTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kDefaultPageSize = 300;
    // Canonical text of a cell (what export writes), for tests and copying.
    static constexpr int RawRole = Qt::UserRole + 1;

    KindTableModel(DatabaseJobs& worker, KindSpec spec, QObject* parent = nullptr);

    [[nodiscard]] const KindSpec& spec() const { return m_spec; }
    [[nodiscard]] const store::BrowseFilter& filter() const { return m_filter; }
    [[nodiscard]] bool isLoading() const { return m_pending; }
    [[nodiscard]] bool atEnd() const { return m_atEnd; }
    [[nodiscard]] bool hasFilter() const;
    void setPageSize(int rows) { m_pageSize = rows; }

    // Drops the rows read so far and reads the first page with this filter.
    void setFilter(store::BrowseFilter filter);
    // Reads pages with this function instead of store::browse (a kind with
    // its own filters and orders, e.g. store::browseInteractions); it runs on
    // the DatabaseJobs thread. narrowed: whether the rows are a subset
    // (the panel then offers "Clear filters"). Drops the rows read so far.
    using Fetch = std::function<Result<store::Page>(store::Database&, const std::string& afterKey, int limit)>;
    void setFetch(Fetch fetch, bool narrowed);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

signals:
    void loadingChanged(bool loading);
    // After every page, also an empty last one: the page knows when to show its empty state.
    void pageLoaded();
    void loadFailed(const QString& message);

private:
    void applyPage(store::Page page);
    void setPending(bool pending);

    DatabaseJobs& m_worker;
    KindSpec m_spec;
    store::BrowseFilter m_filter;
    Fetch m_fetch; // empty: store::browse with m_filter
    bool m_fetchNarrowed = false;
    std::vector<std::vector<Value>> m_rows;
    std::string m_lastKey;
    int m_pageSize = kDefaultPageSize;
    bool m_atEnd = false;
    bool m_pending = false;
    quint64 m_generation = 0; // bumped by every reset so late pages of an old filter are dropped
};

} // namespace fb::ui
