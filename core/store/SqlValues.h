#pragma once

// The one conversion every store file shares beyond store/Query.h: a day as
// the store keeps it. Private to core/store.
#include <QDate>

#include <string>

namespace fb::store {

// A day as the store keeps it: ISO 8601 text ("2026-10-25"); empty for an
// invalid date, which the list filters read as "no bound".
inline std::string isoDay(QDate d)
{
    return d.toString(Qt::ISODate).toStdString();
}

} // namespace fb::store
