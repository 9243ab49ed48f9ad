// The statement interface (store/Sql.h) over SQLiteCpp: its exceptions end
// here and become error values.
#include "store/Sql.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
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
};

class SqliteStatement final : public Statement {
public:
    SqliteStatement(SQLite::Database& db, std::unique_ptr<SQLite::Statement> st, std::shared_ptr<State> state)
        : m_db(db), m_st(std::move(st)), m_state(std::move(state))
    {
    }

    // SQLiteCpp's bind() throws only for an index out of range, which is a
    // mistake in the statement's text; the step() after it reports it.
    void bind(int index, qint64 value) override
    {
        guarded([&] { m_st->bind(index, static_cast<int64_t>(value)); });
    }
    void bind(int index, double value) override
    {
        guarded([&] { m_st->bind(index, value); });
    }
    void bind(int index, std::string_view text) override
    {
        guarded([&] { m_st->bind(index, std::string(text)); });
    }
    void bindNull(int index) override
    {
        guarded([&] { m_st->bind(index); });
    }

    Result<bool> step() override
    {
        if (m_bindError)
            return *m_bindError;
        try {
            const int before = sqlite3_total_changes(m_db.getHandle());
            const bool row = m_st->executeStep();
            // sqlite3_changes() keeps the last write's count through reads, so
            // it is this statement's only when the total moved.
            m_changes = sqlite3_total_changes(m_db.getHandle()) != before ? m_db.getChanges() : 0;
            m_state->failure = Failure::None;
            return row;
        } catch (const SQLite::Exception& e) {
            return m_state->fail(e);
        }
    }

    void reset() override
    {
        try {
            m_st->reset();
        } catch (const SQLite::Exception&) {
            // reset() repeats the last step's error, which step() has reported.
        }
        m_changes = 0;
    }

    int columnCount() const override { return m_st->getColumnCount(); }
    bool isNull(int column) const override { return m_st->isColumnNull(column); }
    qint64 integer(int column) const override { return m_st->getColumn(column).getInt64(); }
    double real(int column) const override { return m_st->getColumn(column).getDouble(); }
    std::string text(int column) const override { return m_st->getColumn(column).getString(); }
    qint64 changes() const override { return m_changes; }

private:
    template <typename F> void guarded(F&& f)
    {
        try {
            f();
        } catch (const SQLite::Exception& e) {
            m_bindError = m_state->fail(e);
        }
    }

    SQLite::Database& m_db;
    std::unique_ptr<SQLite::Statement> m_st;
    std::shared_ptr<State> m_state;
    std::optional<Error> m_bindError;
    qint64 m_changes = 0;
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
        try {
            auto st = std::make_unique<SQLite::Statement>(m_db, std::string(sql));
            m_state->failure = Failure::None;
            return std::unique_ptr<Statement>(new SqliteStatement(m_db, std::move(st), m_state));
        } catch (const SQLite::Exception& e) {
            return m_state->fail(e);
        }
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

    Failure lastFailure() const override { return m_state->failure; }
    bool inTransaction() const override { return sqlite3_get_autocommit(m_db.getHandle()) == 0; }
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
