#pragma once

#include "common/Error.h"

#include <QDate>
#include <QString>

namespace fb::store {
class Database;
}

namespace fb::ui {

// Where the data end, so that forms and queues count from the data rather than
// the clock: a demo or an export from last month would otherwise make every
// follow-up overdue and every baseline empty.

// The last day with data: the Sunday of the last ISO week with interactions
// (an invalid date when there are none). Run it on a DatabaseJobs.
Result<QDate> readDataEnd(store::Database& db);

// The day to count from: today, or the data's last day when the data end before today.
[[nodiscard]] QDate workingDay(QDate dataEnd, QDate today = QDate::currentDate());

// "data end on 25 Oct" when workingDay() is not today, else empty.
[[nodiscard]] QString dataEndNote(QDate dataEnd, QDate today = QDate::currentDate());

} // namespace fb::ui
