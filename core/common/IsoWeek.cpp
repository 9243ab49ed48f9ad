#include "common/IsoWeek.h"

#include <QRegularExpression>

#include <cstring>

namespace fb {

IsoWeek IsoWeek::ofDate(QDate date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return IsoWeek{year, week};
}

std::optional<IsoWeek> IsoWeek::parse(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{4})-?[Ww](\\d{1,2})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    IsoWeek w{m.captured(1).toInt(), m.captured(2).toInt()};
    if (!w.isValid())
        return std::nullopt;
    return w;
}

QString IsoWeek::toString() const
{
    return QStringLiteral("%1-W%2").arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

QDate IsoWeek::monday() const
{
    // January 4th is always in week 1.
    const QDate jan4(year, 1, 4);
    const QDate week1Monday = jan4.addDays(1 - jan4.dayOfWeek());
    return week1Monday.addDays(qint64(week - 1) * 7);
}

IsoWeek IsoWeek::next(int weeks) const
{
    return ofDate(monday().addDays(qint64(weeks) * 7));
}

int IsoWeek::weeksInYear(int year)
{
    // December 28th is always in the last week of its ISO year.
    return QDate(year, 12, 28).weekNumber();
}

int isoWeekKeyOfIsoDate(const char* text)
{
    auto digits = [text](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i)
            v = v * 10 + (text[i] - '0');
        return v;
    };
    return IsoWeek::ofDate(QDate(digits(0, 4), digits(5, 2), digits(8, 2))).key();
}

int isoWeekKeyOfWeekText(const char* text)
{
    if (text && std::strlen(text) == 8 && text[4] == '-' && text[5] == 'W') {
        int year = 0;
        for (int i = 0; i < 4; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return 0;
            year = year * 10 + (text[i] - '0');
        }
        if (text[6] < '0' || text[6] > '9' || text[7] < '0' || text[7] > '9')
            return 0;
        return year * 100 + (text[6] - '0') * 10 + (text[7] - '0');
    }
    const auto w = IsoWeek::parse(QString::fromUtf8(text ? text : ""));
    return w ? w->key() : 0;
}

} // namespace fb
