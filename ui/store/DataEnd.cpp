#include "store/DataEnd.h"

#include "common/DateFormat.h"
#include "common/IsoWeek.h"
#include "store/ScorecardStore.h"

#include <QCoreApplication>

namespace fb::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::DataEnd)
};
} // namespace

Result<QDate> readDataEnd(store::Database& db)
{
    // The rollups' weeks are read along their index: cheap on ten million interactions.
    auto weeks = store::rollupWeeks(db);
    if (!weeks)
        return weeks.error();
    if (weeks->empty())
        return QDate();
    return IsoWeek::fromKey(weeks->back()).monday().addDays(6);
}

QDate workingDay(QDate dataEnd, QDate today)
{
    return dataEnd.isValid() && dataEnd < today ? dataEnd : today;
}

QString dataEndNote(QDate dataEnd, QDate today)
{
    if (workingDay(dataEnd, today) == today)
        return {};
    return Tr::tr("data end on %1").arg(format::dayMonthYear(dataEnd));
}

} // namespace fb::ui
