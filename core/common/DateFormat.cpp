#include "common/DateFormat.h"

#include <QRegularExpression>

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

// The locale's long date without its weekday and with the short month name:
// "dddd, d. MMMM yyyy" -> "d. MMM yyyy", "dddd, MMMM d, yyyy" -> "MMM d, yyyy".
// One pattern per locale, chosen here, so no page writes "d MMM" of its own.
QString dayMonthYearFormat(const QLocale& locale)
{
    QString pattern = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("d{4}[^dMy]*"));
    static const QRegularExpression trailing(QStringLiteral("[\\s,]+$")); // of a weekday written last
    pattern.remove(weekday).remove(trailing);
    pattern.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    return pattern.trimmed();
}

QString dayMonthFormat(const QLocale& locale)
{
    QString pattern = dayMonthYearFormat(locale);
    // The year and the separators that lead to it: ", yyyy", " yyyy", or "yyyy年" at the front.
    static const QRegularExpression yearFirst(QStringLiteral("^y+[^dM]*"));
    static const QRegularExpression yearAfter(QStringLiteral("(?:\\s*'[^']*')?[\\s,/-]*y+"));
    pattern.remove(pattern.startsWith(u'y') ? yearFirst : yearAfter);
    return pattern.trimmed();
}

} // namespace

QString dayMonth(const QDate& d, const Style& s)
{
    return s.locale.toString(d, dayMonthFormat(s.locale));
}

QString storedDay(const std::string& isoDay, const Style& s)
{
    const QString text = QString::fromStdString(isoDay);
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() ? date(d, s) : text;
}

QString dayMonthYear(const QDate& d, const Style& s)
{
    return s.locale.toString(d, dayMonthYearFormat(s.locale));
}

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
