#pragma once

// Helpers shared by the feedback store's files (FeedbackStore.cpp reads and
// sets up, FeedbackWrites.cpp changes tickets); private to core/store.
#include "store/Database.h"
#include "store/SqlValues.h"

#include <QCoreApplication>
#include <QDate>

#include <string>

namespace fb::store::feedbacksql {

// What a failed statement of the feedback store's says first.
inline QString failureWhat()
{
    return QCoreApplication::translate("fb::store::FeedbackStore", "cannot read or write feedback tickets");
}

} // namespace fb::store::feedbacksql
