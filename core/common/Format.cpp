#include "common/Format.h"

#include <QCoreApplication>

#include <cmath>

namespace fb::format {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::format)
};

} // namespace

Style screen()
{
    return Style{QLocale(), true};
}

Style screenIn(const QLocale& locale)
{
    return Style{locale, true};
}

Style file()
{
    return Style{QLocale::c(), false};
}

QString number(double v, int decimals, const Style& s)
{
    return s.locale.toString(v, 'f', decimals);
}

QString compact(double v, int maxDecimals, const Style& s)
{
    QString text = number(v, maxDecimals, s);
    const QString point = s.locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text == s.locale.negativeSign() + QLatin1Char('0') ? QStringLiteral("0") : text;
}

QString signedNumber(double v, int decimals, const Style& s)
{
    // The sign of what is shown, not of the value: -0.04 at one decimal shows "+0.0", never "-0.0",
    // which reads as a change where there is none.
    const QString magnitude = s.locale.toString(std::abs(v), 'f', decimals);
    const bool showsZero = s.locale.toDouble(magnitude) == 0.0;
    return (std::signbit(v) && !showsZero ? s.locale.negativeSign() : s.locale.positiveSign()) + magnitude;
}

QString signedOrDash(const std::optional<double>& v, int decimals, const Style& s)
{
    return v ? signedNumber(*v, decimals, s) : QStringLiteral("—");
}

QString significant(double v, int digits, const Style& s)
{
    return s.locale.toString(v, 'g', digits);
}

QString count(qint64 n, const Style& s)
{
    return s.locale.toString(n);
}

QString percent(double proportion, int decimals, const Style& s)
{
    const QString n = number(100 * proportion, decimals, s);
    return s.translated ? Tr::tr("%1 %").arg(n) : n + QLatin1Char('%');
}

QString perThousand(double v, int decimals, const Style& s)
{
    const QString n = number(v, decimals, s);
    return s.translated ? Tr::tr("%1 ‰").arg(n) : n + QStringLiteral(" ‰");
}

QString seconds(double v, const Style& s)
{
    const QString n = number(v, 0, s);
    return s.translated ? Tr::tr("%1 s").arg(n) : n + QStringLiteral(" s");
}

QString outOfFive(double v, const Style& s)
{
    const QString n = number(v, 2, s);
    return s.translated ? Tr::tr("%1 /5").arg(n) : n + QStringLiteral(" /5");
}

QString meanWithN(const std::optional<double>& mean, qint64 n, int decimals, const Style& s)
{
    if (!s.translated)
        return QStringLiteral("%1 (n = %2)").arg(mean ? number(*mean, decimals, s) : QStringLiteral("—"), count(n, s));
    return mean ? Tr::tr("%1 (n = %2)").arg(number(*mean, decimals, s), count(n, s)) : Tr::tr("— (n = 0)");
}

QString interval(const QString& low, const QString& high, const Style& s)
{
    return (s.translated ? Tr::tr("%1 to %2") : QStringLiteral("%1 to %2")).arg(low, high);
}

QString pValue(const std::optional<double>& p, const Style& s)
{
    if (!p)
        return s.translated ? Tr::tr("p n/a") : QStringLiteral("p n/a");
    if (*p < 0.001)
        return (s.translated ? Tr::tr("p < %1") : QStringLiteral("p < %1")).arg(number(0.001, 3, s));
    return (s.translated ? Tr::tr("p = %1") : QStringLiteral("p = %1")).arg(number(*p, 3, s));
}

} // namespace fb::format
