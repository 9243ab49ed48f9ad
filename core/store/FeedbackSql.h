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

inline Error failure(const Database& db, const SQLite::Exception& e)
{
    return sqlFailure(
        db, QCoreApplication::translate("fb::store::FeedbackStore", "cannot read or write feedback tickets"), e);
}

} // namespace fb::store::feedbacksql
