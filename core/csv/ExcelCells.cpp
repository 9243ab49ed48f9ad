#include "csv/ExcelCells.h"

#include "common/Format.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace fb::csv {
namespace {

bool digits(std::string_view s)
{
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// Only what the machine writer produces ("-12.5", "0.68", "1e-05"): a leading
// "+" or a zero before another digit ("007") marks an id or code, kept as text.
bool machineNumber(std::string_view s, double& v)
{
    if (s.empty() || s.front() == '+')
        return false;
    const std::string_view body = s.front() == '-' ? s.substr(1) : s;
    if (body.size() > 1 && body[0] == '0' && std::isdigit(static_cast<unsigned char>(body[1])))
        return false;
    if (body.empty() || !std::isdigit(static_cast<unsigned char>(body.front())))
        return false; // "inf", "nan", ".5"
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() && end == s.data() + s.size();
}

std::optional<QDate> isoDate(std::string_view s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !digits(s.substr(0, 4)) || !digits(s.substr(5, 2)) ||
        !digits(s.substr(8, 2)))
        return std::nullopt;
    const QDate d = QDate::fromString(QString::fromLatin1(s.data(), 10), Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

// "09:15" or "09:15:30"; a time with a zone or fractions is left as it is.
std::optional<QTime> isoTime(std::string_view s)
{
    if ((s.size() != 5 && s.size() != 8) || s[2] != ':' || !digits(s.substr(0, 2)) || !digits(s.substr(3, 2)) ||
        (s.size() == 8 && (s[5] != ':' || !digits(s.substr(6, 2)))))
        return std::nullopt;
    const QTime t = QTime::fromString(QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size())),
                                      s.size() == 5 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    return t.isValid() ? std::optional<QTime>(t) : std::nullopt;
}

} // namespace

QString shortDateFormat(const QLocale& locale)
{
    QString f = locale.dateFormat(QLocale::ShortFormat);
    if (!f.contains(QLatin1String("yyyy")))
        f.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return f;
}

QString shortDateTimeFormat(const QLocale& locale)
{
    return shortDateFormat(locale) + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat);
}

char excelDelimiter(const QLocale& locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? ';' : ',';
}

std::string excelCell(std::string_view cell, const QLocale& locale, int decimals)
{
    if (const auto d = isoDate(cell))
        return locale.toString(*d, shortDateFormat(locale)).toStdString();
    if (cell.size() > 11 && (cell[10] == 'T' || cell[10] == ' ')) {
        const auto d = isoDate(cell.substr(0, 10));
        const auto t = isoTime(cell.substr(11));
        if (d && t)
            return (locale.toString(*d, shortDateFormat(locale)) + QLatin1Char(' ') +
                    locale.toString(*t, QLocale::ShortFormat))
                .toStdString();
        return std::string(cell);
    }
    double v = 0;
    if (!machineNumber(cell, v))
        return std::string(cell);
    const bool whole = cell.find_first_of(".eE") == std::string_view::npos;
    if (whole && decimals < 0)
        return std::string(cell); // exact already, in every locale (no group separators)
    // Group separators would be read as decimal marks by another locale's Excel, and add nothing.
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    const format::Style style{plain, false};
    const QString text = decimals >= 0 ? format::number(v, decimals, style) : format::significant(v, 15, style);
    return text.toStdString();
}

} // namespace fb::csv
