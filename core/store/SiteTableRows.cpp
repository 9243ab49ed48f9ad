#include "store/SiteTableRows.h"

#include "store/CopyText.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/SiteTables.h"
#include "store/Sql.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::SiteTableRows)
};

// Bound values per INSERT: one statement carries this many cells (so about
// 340 interactions at 12 columns), far below either engine's limit (SQLite
// 32,766 parameters, PostgreSQL 65,535). Measured in docs/site-server.md.
constexpr int kCellsPerInsert = 4096;
// Rows a site server sends per FETCH of the source's cursor.
constexpr int kRowsPerFetch = 4096;
constexpr std::string_view kCursor = "fb_site_copy";

// The rows of one table of the source. SQLite steps through its result in
// place; libpq would hold a whole result in memory, so on a site server a
// cursor of the snapshot sends them a page at a time.
class TableRows final {
public:
    TableRows(Database& db, const SiteTable& t, const QString& what)
        : m_db(db), m_paged(db.isSiteServer()),
          m_query(db,
                  m_paged ? "FETCH FORWARD " + std::to_string(kRowsPerFetch) + " FROM " + std::string(kCursor)
                          : t.select(),
                  what)
    {
        if (m_paged) {
            if (auto st =
                    db.connection().exec("DECLARE " + std::string(kCursor) + " NO SCROLL CURSOR FOR " + t.select());
                !st)
                m_error = Error(QStringLiteral("%1: %2").arg(what, st.error().reason), st.error().file);
        }
    }
    ~TableRows()
    {
        if (m_paged && !m_error)
            (void)m_db.connection().exec("CLOSE " + std::string(kCursor));
    }
    TableRows(const TableRows&) = delete;
    TableRows& operator=(const TableRows&) = delete;

    bool next()
    {
        if (m_error)
            return false;
        if (m_query.next()) {
            ++m_inPage;
            return true;
        }
        if (!m_paged || !m_query.ok() || m_inPage == 0)
            return false;
        m_inPage = 0;
        m_query.reset(); // the next FETCH
        return next();
    }
    [[nodiscard]] const Query& row() const { return m_query; }
    [[nodiscard]] Status status() const
    {
        if (m_error)
            return *m_error;
        return m_query.status();
    }

private:
    Database& m_db;
    bool m_paged;
    Query m_query;
    std::optional<Error> m_error;
    qint64 m_inPage = 0;
};

// One value of a row waiting for its INSERT; the buffer keeps its capacity
// from batch to batch.
struct Cell {
    sql::Stored kind = sql::Stored::Null;
    qint64 integer = 0;
    double real = 0;
    std::string text;
};

void take(Cell& cell, const Query& row, int column)
{
    cell.kind = row.stored(column);
    switch (cell.kind) {
    case sql::Stored::Integer:
        cell.integer = row.integer(column);
        break;
    case sql::Stored::Real:
        cell.real = row.real(column);
        break;
    case sql::Stored::Text:
        cell.text.assign(row.textView(column));
        break;
    case sql::Stored::Null:
        break;
    }
}

void bindCell(Query& insert, int index, const Cell& cell)
{
    switch (cell.kind) {
    case sql::Stored::Integer:
        insert.bind(index, cell.integer);
        break;
    case sql::Stored::Real:
        insert.bind(index, cell.real);
        break;
    case sql::Stored::Text:
        insert.bind(index, std::string_view(cell.text));
        break;
    case sql::Stored::Null:
        insert.bindNull(index);
        break;
    }
}

// A cell in COPY's text format, as the INSERT would bind it.
void appendCell(std::string& out, const Cell& cell, bool first)
{
    switch (cell.kind) {
    case sql::Stored::Integer:
        appendCopyField(out, Value(cell.integer), first);
        break;
    case sql::Stored::Real:
        appendCopyField(out, Value(cell.real), first);
        break;
    case sql::Stored::Text:
        if (!first)
            out += '\t';
        appendCopyText(out, cell.text);
        break;
    case sql::Stored::Null:
        appendCopyField(out, Value(), first);
        break;
    }
}

} // namespace

Result<std::unique_ptr<SourceSnapshot>> SourceSnapshot::begin(Database& source)
{
    sql::Connection& c = source.connection();
    if (c.inTransaction())
        return std::unique_ptr<SourceSnapshot>();
    if (auto st = c.exec(source.isSiteServer() ? "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY" : "BEGIN"); !st)
        return Error(Tr::tr("cannot start reading: %1").arg(st.error().reason), c.name());
    return std::unique_ptr<SourceSnapshot>(new SourceSnapshot(source));
}

SourceSnapshot::~SourceSnapshot()
{
    (void)m_source.connection().rollback(); // it only read
}

Result<qint64> copyTableRows(Database& source, Database& target, const SiteTable& table, CopyProgress& progress)
{
    const QString name = QString::fromStdString(table.name);
    const int width = int(table.columns.size());
    const int perInsert = std::max(1, kCellsPerInsert / width);
    const QString reading = Tr::tr("cannot read table %1").arg(name);
    const QString writing = Tr::tr("cannot copy table %1").arg(name);
    std::vector<Cell> batch(std::size_t(perInsert) * std::size_t(width));
    std::optional<Query> fullInsert;
    const std::string copySql = table.copy();
    std::string copyData;
    qint64 copied = 0;
    // Writes the first `rows` rows of the batch.
    const auto write = [&](int rows) -> Status {
        if (progress.cancel && progress.cancel->load(std::memory_order_relaxed))
            return Error(Tr::tr("the copy was cancelled"), target.connection().name());
        if (target.isSiteServer()) {
            // One COPY a batch: nothing to plan, no parameters to bind.
            copyData.clear();
            for (int r = 0; r < rows; ++r) {
                for (int c = 0; c < width; ++c)
                    appendCell(copyData, batch[std::size_t(r) * std::size_t(width) + std::size_t(c)], c == 0);
                copyData += '\n';
            }
            if (auto st = target.connection().copyIn(copySql, copyData); !st)
                return Error(QStringLiteral("%1: %2").arg(writing, st.error().reason), st.error().file);
        } else {
            if (rows == perInsert && !fullInsert)
                fullInsert.emplace(target, table.insert(perInsert), writing);
            std::optional<Query> tail;
            if (rows != perInsert)
                tail.emplace(target, table.insert(rows), writing);
            Query& insert = tail ? *tail : *fullInsert;
            for (int i = 0; i < rows * width; ++i)
                bindCell(insert, i + 1, batch[std::size_t(i)]);
            if (auto st = insert.run(); !st)
                return st;
            insert.reset();
        }
        copied += rows;
        progress.done += rows;
        if (progress.report)
            progress.report(progress.done, progress.total);
        return {};
    };
    TableRows rows(source, table, reading);
    int inBatch = 0;
    while (rows.next()) {
        for (int c = 0; c < width; ++c)
            take(batch[std::size_t(inBatch) * std::size_t(width) + std::size_t(c)], rows.row(), c);
        if (++inBatch == perInsert) {
            if (auto st = write(inBatch); !st)
                return st.error();
            inBatch = 0;
        }
    }
    if (auto st = rows.status(); !st)
        return st.error();
    if (inBatch > 0) {
        if (auto st = write(inBatch); !st)
            return st.error();
    }
    return copied;
}

} // namespace fb::store
