#pragma once

// One statement interface for the store's two engines: the SQLite file
// (through SQLiteCpp) and a PostgreSQL site server (through libpq). Private to
// core/store; see docs/architecture.md, "PostgreSQL, the second engine".
//
// SQL is written once, with `?` placeholders; the PostgreSQL side numbers
// them ($1, $2, …). Failures are values: an fb::Error naming the database and
// the engine's message, and a Failure kind the store can act on (a duplicate
// key, a conflict to retry) without parsing that message.
#include "common/Error.h"

#include <QtGlobal>

#include <memory>
#include <string>
#include <string_view>

namespace SQLite {
class Database;
}

namespace fb::store::sql {

enum class Engine { SQLite, PostgreSQL };

// What went wrong, in the terms the store decides on. Everything else is
// Other, and is reported as it is.
enum class Failure {
    None,
    Constraint, // a primary key, unique, check, not-null or foreign key refused the row
    Conflict,   // another writer won (SQLite busy or locked; PostgreSQL serialization failure or deadlock)
    ReadOnly,   // the database cannot be written here
    Full,       // the disk (or the file's size limit) is full
    Other,
};

// What a cell holds: SQLite's storage class of the value; on PostgreSQL the
// column's type (integers and booleans Integer; float4, float8 and numeric
// Real; anything else Text). Null for NULL on both.
enum class Stored { Null, Integer, Real, Text };

// A prepared statement. Parameters are numbered from 1 (the first `?`),
// columns from 0. step() runs the statement on its first call and then moves
// from row to row: true while a row is there to read.
class Statement {
public:
    virtual ~Statement() = default;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    virtual void bind(int index, qint64 value) = 0;
    virtual void bind(int index, double value) = 0;
    virtual void bind(int index, std::string_view text) = 0;
    virtual void bindNull(int index) = 0;
    // Text the caller keeps unchanged until the next step() or reset() (a
    // row of an import): SQLite reads it in place instead of copying it.
    virtual void bindKept(int index, std::string_view text) { bind(index, text); }
    // Convenience so that a literal 3 binds as an integer, not ambiguously.
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    void bind(int index, const char* text) { bind(index, std::string_view(text)); }
    void bind(int index, const std::string& text) { bind(index, std::string_view(text)); }

    [[nodiscard]] virtual Result<bool> step() = 0;
    // Runs a statement that returns no rows; the number of rows it changed.
    [[nodiscard]] Result<qint64> run();
    // Back to before the first step(), keeping the bound values, to run again.
    virtual void reset() = 0;

    [[nodiscard]] virtual int columnCount() const = 0;
    [[nodiscard]] virtual bool isNull(int column) const = 0;
    // 0 for NULL; a PostgreSQL boolean reads as 1 or 0.
    [[nodiscard]] virtual qint64 integer(int column) const = 0;
    // 0.0 for NULL. Exact: PostgreSQL sends the shortest text that reads back
    // as the same double.
    [[nodiscard]] virtual double real(int column) const = 0;
    // Empty for NULL.
    [[nodiscard]] virtual std::string text(int column) const = 0;
    // The same text without a copy, valid until the next step() or reset();
    // NUL-terminated at size() on both engines. For loops over many rows.
    [[nodiscard]] virtual std::string_view textView(int column) const = 0;
    // The column's name as the statement gives it ("SELECT *" included).
    [[nodiscard]] virtual std::string columnName(int column) const = 0;
    [[nodiscard]] virtual Stored stored(int column) const = 0;
    // Rows changed by the last step() of an INSERT, UPDATE or DELETE.
    [[nodiscard]] virtual qint64 changes() const = 0;

protected:
    Statement() = default;
};

// One connection. Transactions nest through savepoints, as store::Transaction
// does; names are the caller's literals (letters, digits, '_').
class Connection {
public:
    virtual ~Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    [[nodiscard]] virtual Engine engine() const = 0;
    // The database named in errors: a file path or the server's database.
    [[nodiscard]] virtual QString name() const = 0;

    [[nodiscard]] virtual Result<std::unique_ptr<Statement>> prepare(std::string_view sql) = 0;
    // Runs statements without parameters (schema, transaction control); they
    // may be several, separated by ';'.
    [[nodiscard]] virtual Status exec(std::string_view sql) = 0;
    // PostgreSQL's COPY … FROM STDIN: `copy` is the COPY statement, `data`
    // its rows in COPY's text format (CopyText.h). An error on SQLite, which
    // has no COPY; callers check engine() first.
    [[nodiscard]] virtual Status copyIn(std::string_view copy, std::string_view data) = 0;
    // The kind of the last failure on this connection (or one of its
    // statements); None after a success.
    [[nodiscard]] virtual Failure lastFailure() const = 0;
    // True between begin() and commit() or rollback().
    [[nodiscard]] virtual bool inTransaction() const = 0;
    // True when this connection cannot write: SQLite opened the file
    // read-only (whatever Floorboard's own check before opening found), or
    // the PostgreSQL session is read-only.
    [[nodiscard]] virtual bool isReadOnly() const = 0;

    // A write transaction. SQLite takes the write lock at once (BEGIN
    // IMMEDIATE), so a second writer waits or fails before it reads anything;
    // PostgreSQL begins at READ COMMITTED, and a use case that needs more asks
    // for it with exec().
    [[nodiscard]] virtual Status begin() = 0;
    [[nodiscard]] Status commit() { return exec("COMMIT"); }
    [[nodiscard]] Status rollback() { return exec("ROLLBACK"); }
    // Inside a transaction, undoing only part of it. On PostgreSQL a failed
    // statement aborts the whole transaction unless a savepoint was set
    // before it and is rolled back to.
    [[nodiscard]] Status savepoint(std::string_view name);
    [[nodiscard]] Status release(std::string_view name);
    [[nodiscard]] Status rollbackTo(std::string_view name);

protected:
    Connection() = default;
};

// Opens a PostgreSQL database from a libpq connection string or URI
// ("host=/run/site dbname=site", "postgresql://host/site", "service=site").
// Passwords and TLS settings are libpq's (~/.pgpass, the service file,
// sslmode); Floorboard stores none of them.
// A password a person typed for an address (SitePasswords) goes to libpq
// with it, for this process only.
Result<std::unique_ptr<Connection>> openPostgres(const std::string& conninfo);

// Passwords typed into the window's prompt when the site server asked for
// one that neither libpq's password file nor the service file held: kept in
// this process's memory only, by site address (the connection string, as
// openPostgres receives it), so that every connection the window opens (one
// per worker thread) reuses it. Never written to settings, logs or errors;
// gone when the program ends. Thread-safe.
class SitePasswords final {
public:
    static void remember(const QString& address, const QString& password);
    static void forget(const QString& address);
    [[nodiscard]] static bool has(const QString& address);
    // True when the last connection to `address` failed because the server
    // asked for a password and none was given (libpq's
    // PQconnectionNeedsPassword); false again after it connects.
    [[nodiscard]] static bool wanted(const QString& address);
};

// The statement as PostgreSQL reads it: outside quotes and comments, `?NNN`
// becomes $NNN and each bare `?` one more than the largest number before it
// (SQLite's numbering); `count`, when given, receives the largest number.
// Exposed for its test.
std::string numberedPlaceholders(std::string_view sql, int* count = nullptr);

// The statement interface over a SQLite connection that store::Database owns;
// it must outlive the returned connection. `file` names the database in errors.
std::unique_ptr<Connection> overSqlite(SQLite::Database& db, QString file);
} // namespace fb::store::sql
