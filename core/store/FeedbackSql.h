#pragma once

// Helpers shared by the feedback store's files (FeedbackStore.cpp reads and
// sets up, FeedbackWrites.cpp changes tickets); private to core/store.
#include "store/Database.h"
#include "store/SqlValues.h"

#include <QCoreApplication>
#include <QDate>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <string>

namespace fb::store::feedbacksql {

inline std::string isoDay(QDate d)
{
    return d.toString(Qt::ISODate).toStdString();
}

inline void bindText(SQLite::Statement& st, int i, const std::string& s)
{
    if (s.empty())
        st.bind(i);
    else
        st.bind(i, s);
}

inline void bindDay(SQLite::Statement& st, int i, QDate d)
{
    if (d.isValid())
        st.bind(i, isoDay(d));
    else
        st.bind(i);
}

inline Error failure(const Database& db, const SQLite::Exception& e)
{
    return sqlFailure(
        db, QCoreApplication::translate("fb::store::FeedbackStore", "cannot read or write feedback tickets"), e);
}

} // namespace fb::store::feedbacksql
