#pragma once

// One statement of the store, with its failure kept as a value: how every
// store file talks to its database, whichever engine is behind it (see
// store/Sql.h). Private to core/store.
//
//     Query q(db, "SELECT name FROM teams WHERE name > ?", Tr::tr("cannot read teams"));
//     q.bind(1, from);
//     while (q.next())
//         out.push_back(q.text(0));
//     if (!q.ok())
//         return q.error(); // "cannot read teams: <the engine's message>", naming the database
//
// A statement that failed to prepare, bind or step stays failed: next() is
// false, run() returns the error, columns read as empty. So a caller checks
// once, after its loop or its run().
#include "common/Error.h"
#include "domain/Kinds.h"
#include "domain/Value.h"
#include "store/Sql.h"

#include <QDate>
#include <QString>

#include <concepts>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace fb::store {

class Database;

class Query final {
public:
    // Prepares `sql` (with `?` placeholders) on db's connection; `what` says
    // what the store was doing, and leads the error's reason (empty: the
    // engine's message alone, for a caller that words the failure itself).
    Query(Database& db, std::string_view sql, QString what);
    Query(sql::Connection& connection, std::string_view sql, QString what);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    Query(Query&&) noexcept;
    Query& operator=(Query&&) noexcept;

    // Parameters, numbered from 1. Integers of any width and bool bind as
    // 64-bit integers (bool as 0 or 1); text is UTF-8.
    template <typename T>
    requires std::integral<T> Query& bind(int index, T value) { return bindInteger(index, static_cast<qint64>(value)); }
    Query& bind(int index, double value);
    Query& bind(int index, std::string_view text);
    Query& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Query& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Query& bind(int index, const QString& text) { return bind(index, text.toStdString()); }
    Query& bindNull(int index);
    // A cell of a record: NULL when the value is missing.
    Query& bind(int index, const Value& value);
    // The same, for a value the caller keeps unchanged until the next
    // next(), run() or reset(): its text is read in place, not copied (the
    // import's rows, millions of cells).
    Query& bindKept(int index, const Value& value);
    // "Not given" is stored as NULL: empty text, an invalid day, no number.
    Query& bindTextOrNull(int index, const std::string& text);
    Query& bindDayOrNull(int index, QDate day);
    Query& bindRealOrNull(int index, const std::optional<double>& value);

    // Steps to the next row: true while there is one; false at the end, or
    // after a failure (ok() says which).
    [[nodiscard]] bool next();
    // Runs a statement that returns no rows (or runs one only for its
    // effect); then changes() is the number of rows it changed.
    [[nodiscard]] Status run();
    // Back to before the first next(), keeping the bound values, to run again
    // with some of them rebound. A failure stays.
    void reset();

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    [[nodiscard]] const Error& error() const { return *m_error; }
    [[nodiscard]] Status status() const { return ok() ? Status() : Status(*m_error); }
    // The kind of the failure (a duplicate key, a conflict); None when ok().
    [[nodiscard]] sql::Failure failure() const { return m_failure; }
    [[nodiscard]] qint64 changes() const;

    // Columns of the current row, numbered from 0. NULL reads as 0, 0.0 or
    // empty text, unless the reader says otherwise.
    [[nodiscard]] bool isNull(int column) const { return !live() || m_st->isNull(column); }
    [[nodiscard]] qint64 integer(int column) const { return live() ? m_st->integer(column) : 0; }
    [[nodiscard]] double real(int column) const { return live() ? m_st->real(column) : 0.0; }
    [[nodiscard]] std::string text(int column) const;
    // Without a copy: valid until the next next() or reset(), NUL-terminated.
    [[nodiscard]] std::string_view textView(int column) const
    {
        return live() ? m_st->textView(column) : std::string_view("");
    }
    [[nodiscard]] QString qtext(int column) const { return QString::fromStdString(text(column)); }
    // nullopt when NULL.
    [[nodiscard]] std::optional<double> optionalReal(int column) const;
    [[nodiscard]] std::optional<qint64> optionalInteger(int column) const;
    // A date stored as ISO text (or a timestamp's date part); invalid when NULL.
    [[nodiscard]] QDate day(int column) const;
    // A record's cell, typed by its column's type; missing when NULL.
    [[nodiscard]] Value value(int column, ColumnType type) const;
    // For statements whose columns are not known in advance ("SELECT *").
    [[nodiscard]] int columnCount() const;
    [[nodiscard]] std::string columnName(int column) const;
    [[nodiscard]] sql::Stored stored(int column) const;

private:
    // Inline, since scorecards read a million cells: a statement to read from.
    [[nodiscard]] bool live() const { return m_st && !m_error; }
    Query& bindInteger(int index, qint64 value);
    Query& fail(const Error& engineError);

    std::unique_ptr<sql::Statement> m_st;
    sql::Connection* m_connection = nullptr;
    QString m_what;
    std::optional<Error> m_error;
    sql::Failure m_failure = sql::Failure::None;
};

// A statement without parameters or rows (schema, a pragma-free setting);
// may be several, separated by ';'.
Status execute(Database& db, std::string_view sql, const QString& what);
// The first column of the first row of a statement without parameters: a
// count, a max(); 0 when there is no row or it is NULL.
Result<qint64> scalar(Database& db, std::string_view sql, const QString& what);
// Now, as SQLite's datetime('now') writes it: UTC, "2026-12-03 14:02:00".
// Bound by the program rather than asked of the engine, so a file and a
// site server store the same text.
std::string nowUtc();
// Whether `sql` (one bound key: "SELECT 1 FROM agents WHERE agent_id = ?")
// finds a row.
Result<bool> exists(Database& db, std::string_view sql, const std::string& key, const QString& what);

// What one writer at a time does on a site server, where a transaction does
// not take the whole database's write lock as a file's BEGIN IMMEDIATE does.
// Each is a PostgreSQL advisory lock of its own, held until the transaction
// ends.
enum class ServerLock : qint64 {
    Migration = 4631674437256200260,      // schema upgrades (Migrations.cpp)
    ScorecardCache = 4631674437256200261, // one rebuild of the people cache at a time
    SiteCopy = 4631674437256200262,       // site push into the server
    NewEvaluationId = 4631674437256200263 // the day's next free evaluation number
};
// Takes `lock` inside the caller's transaction on a site server; nothing on a
// file, whose writer already holds the write lock.
Status lockOnServer(sql::Connection& connection, ServerLock lock);
Status lockOnServer(Database& db, ServerLock lock, const QString& what);

} // namespace fb::store
