#pragma once

// Conversions between fb::Value and SQLite cells, and the small reads every
// store file needs (a text cell, "is there such a row"); private to core/store.
#include "common/Error.h"
#include "domain/Kinds.h"
#include "domain/Value.h"
#include "store/Database.h"

#include <QDate>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>

namespace fb::store {

inline void bindValue(SQLite::Statement& st, int index, const Value& v)
{
    if (const auto* i = std::get_if<qint64>(&v))
        st.bind(index, static_cast<int64_t>(*i));
    else if (const auto* d = std::get_if<double>(&v))
        st.bind(index, *d);
    else if (const auto* s = std::get_if<std::string>(&v))
        st.bindNoCopy(index, *s);
    else
        st.bind(index);
}

inline Value columnValue(const SQLite::Column& c, ColumnType type)
{
    if (c.isNull())
        return {};
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Boolean:
    case ColumnType::Score:
        return static_cast<qint64>(c.getInt64());
    case ColumnType::Number:
    case ColumnType::Duration:
        return c.getDouble();
    default:
        return c.getString();
    }
}

// An SQLite failure as an error value: what was being done, the engine's
// message, and the database file.
inline Error sqlFailure(const Database& db, const QString& what, const SQLite::Exception& e)
{
    return Error{QStringLiteral("%1: %2").arg(what, QString::fromUtf8(e.what())), db.path()};
}

// A date stored as ISO text (a timestamp's date part); invalid when NULL.
inline QDate dateColumn(const SQLite::Column& c)
{
    if (c.isNull())
        return {};
    return QDate::fromString(QString::fromStdString(c.getString()).left(10), Qt::ISODate);
}

// A day as the store keeps it: ISO 8601 text ("2026-10-25"); empty for an
// invalid date, which the list filters read as "no bound".
inline std::string isoDay(QDate d)
{
    return d.toString(Qt::ISODate).toStdString();
}

// A REAL cell; nullopt when NULL.
inline std::optional<double> optionalReal(const SQLite::Column& c)
{
    return c.isNull() ? std::nullopt : std::optional<double>(c.getDouble());
}

// "Not given" is stored as NULL: empty text, an invalid day, a missing number.
inline void bindTextOrNull(SQLite::Statement& st, int index, const std::string& v)
{
    if (v.empty())
        st.bind(index);
    else
        st.bind(index, v);
}

inline void bindDayOrNull(SQLite::Statement& st, int index, QDate d)
{
    if (d.isValid())
        st.bind(index, isoDay(d));
    else
        st.bind(index);
}

inline void bindRealOrNull(SQLite::Statement& st, int index, const std::optional<double>& v)
{
    if (v)
        st.bind(index, *v);
    else
        st.bind(index);
}

// A text cell; empty when NULL.
inline std::string textOr(const SQLite::Column& c)
{
    return c.isNull() ? std::string() : c.getString();
}

// Whether query (one bound key, "SELECT 1 FROM agents WHERE agent_id = ?") finds a row.
inline bool exists(SQLite::Database& sql, const char* query, const std::string& key)
{
    SQLite::Statement st(sql, query);
    st.bind(1, key);
    return st.executeStep();
}

} // namespace fb::store
