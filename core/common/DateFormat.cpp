#include "common/DateFormat.h"

namespace fb::format {
namespace {

bool isoDates(const Style& s)
{
    return s.locale.language() == QLocale::C;
}

// The short formats with a four-digit year: "26.10.2026" is how Germans write a date,
// and a date edit showing "yy" would read a typed "26" as 1926.
QString withFullYear(QString pattern)
{
    if (!pattern.contains(QStringLiteral("yyyy")))
        pattern.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return pattern;
}

} // namespace

QString dateFormat(const Style& s)
{
    return isoDates(s) ? QStringLiteral("yyyy-MM-dd") : withFullYear(s.locale.dateFormat(QLocale::ShortFormat));
}

QString dateTimeFormat(const Style& s)
{
    return isoDates(s) ? QStringLiteral("yyyy-MM-dd HH:mm")
                       : withFullYear(s.locale.dateTimeFormat(QLocale::ShortFormat));
}

QString date(const QDate& d, const Style& s)
{
    return s.locale.toString(d, dateFormat(s));
}

QString dateTime(const QDateTime& t, const Style& s)
{
    return s.locale.toString(t, dateTimeFormat(s));
}

} // namespace fb::format
