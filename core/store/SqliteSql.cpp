// The statement interface (store/Sql.h) over an SQLite connection that
// SQLiteCpp opened: statements on SQLite's C API, errors as values.
#include "store/Sql.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <optional>

namespace fb::store::sql {
namespace {

Failure failureOf(int extendedCode)
{
    switch (extendedCode & 0xff) {
    case SQLITE_CONSTRAINT:
        return Failure::Constraint;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Failure::Conflict;
    case SQLITE_READONLY:
        return Failure::ReadOnly;
    case SQLITE_FULL:
        return Failure::Full;
    default:
        return Failure::Other;
    }
}

// What a connection and its statements share: the last failure's kind.
struct State {
    QString file;
    Failure failure = Failure::None;

    Error fail(const SQLite::Exception& e)
    {
        failure = failureOf(e.getExtendedErrorCode());
        return Error(QString::fromUtf8(e.what()), file);
    }
    // The connection's last error, as SQLiteCpp words it (sqlite3_errmsg).
    Error fail(sqlite3* db)
    {
        failure = failureOf(sqlite3_extended_errcode(db));
        return Error(QString::fromUtf8(sqlite3_errmsg(db)), file);
    }
};

using StatementHandle = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

// On SQLite's C API rather than SQLiteCpp's Statement: reading a cell through
// SQLiteCpp makes a Column (a shared pointer copy) per cell, which a
// scorecard's hundred thousand rows would pay for, and its errors are
// exceptions. The conversions are SQLiteCpp's: NULL reads as 0, 0.0 or
// empty text, and text keeps its bytes (embedded NULs included).
class SqliteStatement final : public Statement {
public:
    SqliteStatement(sqlite3* db, StatementHandle st, std::shared_ptr<State> state)
        : m_db(db), m_st(std::move(st)), m_state(std::move(state)), m_reads(sqlite3_stmt_readonly(m_st.get()) != 0)
    {
    }

    // A bind fails only for an index out of range (a mistake in the
    // statement's text) or out of memory; the step() after it reports it.
    void bind(int index, qint64 value) override { check(sqlite3_bind_int64(m_st.get(), index, value)); }
    void bind(int index, double value) override { check(sqlite3_bind_double(m_st.get(), index, value)); }
    void bind(int index, std::string_view text) override
    {
        // SQLite copies the text (SQLITE_TRANSIENT), so the caller's view may go.
        check(sqlite3_bind_text(m_st.get(), index, text.data(), int(text.size()), SQLITE_TRANSIENT));
    }
    void bindNull(int index) override { check(sqlite3_bind_null(m_st.get(), index)); }
    void bindKept(int index, std::string_view text) override
    {
        check(sqlite3_bind_text(m_st.get(), index, text.data(), int(text.size()), SQLITE_STATIC));
    }

    Result<bool> step() override
    {
        if (m_bindError)
            return *m_bindError;
        // A statement that only reads changes nothing, and skips the count
        // (a scorecard steps through a hundred thousand rows).
        const int before = m_reads ? 0 : sqlite3_total_changes(m_db);
        const int rc = sqlite3_step(m_st.get());
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return m_state->fail(m_db);
        // sqlite3_changes() keeps the last write's count through reads, so
        // it is this statement's only when the total moved.
        m_changes = !m_reads && sqlite3_total_changes(m_db) != before ? sqlite3_changes(m_db) : 0;
        m_state->failure = Failure::None;
        return rc == SQLITE_ROW;
    }

    // sqlite3_reset() repeats the last step's error, which step() has reported.
    void reset() override
    {
        sqlite3_reset(m_st.get());
        m_changes = 0;
    }

    int columnCount() const override { return sqlite3_column_count(m_st.get()); }
    bool isNull(int column) const override { return sqlite3_column_type(m_st.get(), column) == SQLITE_NULL; }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_st.get(), column); }
    double real(int column) const override { return sqlite3_column_double(m_st.get(), column); }
    std::string text(int column) const override { return std::string(textView(column)); }
    std::string_view textView(int column) const override
    {
        // column_text, not column_blob: the same bytes, and NUL-terminated.
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_st.get(), column));
        return data ? std::string_view(data, std::size_t(sqlite3_column_bytes(m_st.get(), column)))
                    : std::string_view(""); // NULL: empty, and still a C string
    }
    std::string columnName(int column) const override
    {
        const char* name = sqlite3_column_name(m_st.get(), column);
        return name ? name : "";
    }
    Stored stored(int column) const override
    {
        switch (sqlite3_column_type(m_st.get(), column)) {
        case SQLITE_NULL:
            return Stored::Null;
        case SQLITE_INTEGER:
            return Stored::Integer;
        case SQLITE_FLOAT:
            return Stored::Real;
        default:
            return Stored::Text;
        }
    }
    qint64 changes() const override { return m_changes; }

private:
    void check(int rc)
    {
        if (rc != SQLITE_OK && !m_bindError)
            m_bindError = m_state->fail(m_db);
    }

    sqlite3* m_db;
    StatementHandle m_st;
    std::shared_ptr<State> m_state;
    std::optional<Error> m_bindError;
    qint64 m_changes = 0;
    bool m_reads = false; // sqlite3_stmt_readonly: no write to count
};

class SqliteConnection final : public Connection {
public:
    SqliteConnection(SQLite::Database& db, QString file) : m_db(db), m_state(std::make_shared<State>())
    {
        m_state->file = std::move(file);
    }

    Engine engine() const override { return Engine::SQLite; }
    QString name() const override { return m_state->file; }

    Result<std::unique_ptr<Statement>> prepare(std::string_view sql) override
    {
        sqlite3* db = m_db.getHandle();
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql.data(), int(sql.size()), &st, nullptr) != SQLITE_OK) {
            sqlite3_finalize(st);
            return m_state->fail(db);
        }
        m_state->failure = Failure::None;
        return std::unique_ptr<Statement>(new SqliteStatement(db, StatementHandle(st, &sqlite3_finalize), m_state));
    }

    Status exec(std::string_view sql) override
    {
        try {
            m_db.exec(std::string(sql));
            m_state->failure = Failure::None;
            return {};
        } catch (const SQLite::Exception& e) {
            return m_state->fail(e);
        }
    }

    Status copyIn(std::string_view, std::string_view) override
    {
        m_state->failure = Failure::Other;
        return Error(QStringLiteral("COPY is PostgreSQL's; an SQLite file has none"), m_state->file);
    }

    Failure lastFailure() const override { return m_state->failure; }
    bool inTransaction() const override { return sqlite3_get_autocommit(m_db.getHandle()) == 0; }
    bool isReadOnly() const override { return sqlite3_db_readonly(m_db.getHandle(), "main") == 1; }
    // IMMEDIATE takes the write lock now: a writer that has read nothing yet
    // can wait for it (busy timeout) instead of failing at its first write.
    Status begin() override { return exec("BEGIN IMMEDIATE"); }

private:
    SQLite::Database& m_db;
    std::shared_ptr<State> m_state;
};

} // namespace

std::unique_ptr<Connection> overSqlite(SQLite::Database& db, QString file)
{
    return std::make_unique<SqliteConnection>(db, std::move(file));
}

} // namespace fb::store::sql
