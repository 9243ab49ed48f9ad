#include "store/Query.h"

#include "store/Database.h"

#include <QDateTime>

#include <utility>

namespace fb::store {

Query::Query(Database& db, std::string_view sql, QString what) : Query(db.connection(), sql, std::move(what)) {}

Query::Query(sql::Connection& connection, std::string_view sql, QString what)
    : m_connection(&connection), m_what(std::move(what))
{
    auto st = connection.prepare(sql);
    if (st)
        m_st = std::move(*st);
    else
        fail(st.error());
}

Query::~Query() = default;
Query::Query(Query&&) noexcept = default;
Query& Query::operator=(Query&&) noexcept = default;

Query& Query::fail(const Error& engineError)
{
    if (!m_error) {
        m_failure = m_connection->lastFailure();
        if (m_failure == sql::Failure::None)
            m_failure = sql::Failure::Other;
        const QString reason =
            m_what.isEmpty() ? engineError.reason : QStringLiteral("%1: %2").arg(m_what, engineError.reason);
        m_error = Error(reason, engineError.file);
    }
    return *this;
}

Query& Query::bindInteger(int index, qint64 value)
{
    if (m_st)
        m_st->bind(index, value);
    return *this;
}

Query& Query::bind(int index, double value)
{
    if (m_st)
        m_st->bind(index, value);
    return *this;
}

Query& Query::bind(int index, std::string_view text)
{
    if (m_st)
        m_st->bind(index, text);
    return *this;
}

Query& Query::bindNull(int index)
{
    if (m_st)
        m_st->bindNull(index);
    return *this;
}

Query& Query::bind(int index, const Value& value)
{
    if (const auto* i = std::get_if<qint64>(&value))
        return bindInteger(index, *i);
    if (const auto* d = std::get_if<double>(&value))
        return bind(index, *d);
    if (const auto* s = std::get_if<std::string>(&value))
        return bind(index, std::string_view(*s));
    return bindNull(index);
}

Query& Query::bindKept(int index, const Value& value)
{
    if (const auto* s = std::get_if<std::string>(&value)) {
        if (m_st)
            m_st->bindKept(index, *s);
        return *this;
    }
    return bind(index, value);
}

Query& Query::bindTextOrNull(int index, const std::string& text)
{
    return text.empty() ? bindNull(index) : bind(index, std::string_view(text));
}

Query& Query::bindDayOrNull(int index, QDate day)
{
    return day.isValid() ? bind(index, day.toString(Qt::ISODate).toStdString()) : bindNull(index);
}

Query& Query::bindRealOrNull(int index, const std::optional<double>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

bool Query::next()
{
    if (!m_st || m_error)
        return false;
    auto row = m_st->step();
    if (!row) {
        fail(row.error());
        return false;
    }
    return *row;
}

Status Query::run()
{
    if (m_st && !m_error) {
        auto row = m_st->step();
        if (!row)
            fail(row.error());
    }
    return status();
}

void Query::reset()
{
    if (m_st)
        m_st->reset();
}

qint64 Query::changes() const
{
    return m_st && !m_error ? m_st->changes() : 0;
}

std::string Query::text(int column) const
{
    return m_st && !m_error ? m_st->text(column) : std::string();
}

std::optional<double> Query::optionalReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

std::optional<qint64> Query::optionalInteger(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<qint64>(integer(column));
}

QDate Query::day(int column) const
{
    if (isNull(column))
        return {};
    return QDate::fromString(qtext(column).left(10), Qt::ISODate);
}

Value Query::value(int column, ColumnType type) const
{
    if (isNull(column))
        return {};
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Boolean:
    case ColumnType::Score:
        return integer(column);
    case ColumnType::Number:
    case ColumnType::Duration:
        return real(column);
    default:
        return text(column);
    }
}

int Query::columnCount() const
{
    return m_st && !m_error ? m_st->columnCount() : 0;
}

std::string Query::columnName(int column) const
{
    return m_st && !m_error ? m_st->columnName(column) : std::string();
}

sql::Stored Query::stored(int column) const
{
    return m_st && !m_error ? m_st->stored(column) : sql::Stored::Null;
}

Status execute(Database& db, std::string_view sql, const QString& what)
{
    if (auto st = db.connection().exec(sql); !st)
        return Error(QStringLiteral("%1: %2").arg(what, st.error().reason), st.error().file);
    return {};
}

Status lockOnServer(sql::Connection& connection, ServerLock lock)
{
    if (connection.engine() != sql::Engine::PostgreSQL)
        return {};
    return connection.exec("SELECT pg_advisory_xact_lock(" + std::to_string(static_cast<qint64>(lock)) + ")");
}

Status lockOnServer(Database& db, ServerLock lock, const QString& what)
{
    if (auto st = lockOnServer(db.connection(), lock); !st)
        return Error(QStringLiteral("%1: %2").arg(what, st.error().reason), st.error().file);
    return {};
}

Result<qint64> scalar(Database& db, std::string_view sql, const QString& what)
{
    Query q(db, sql, what);
    const qint64 v = q.next() ? q.integer(0) : 0;
    if (!q.ok())
        return q.error();
    return v;
}

std::string nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toStdString();
}

Result<bool> exists(Database& db, std::string_view sql, const std::string& key, const QString& what)
{
    Query q(db, sql, what);
    q.bind(1, key);
    const bool found = q.next();
    if (!q.ok())
        return q.error();
    return found;
}

} // namespace fb::store
