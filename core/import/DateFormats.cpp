#include "import/DateFormats.h"

#include <QDate>
#include <QTime>

#include <algorithm>
#include <optional>
#include <utility>

namespace fb::import {
namespace {

// "dd/MM/yyyy H:mm" -> {"dd/MM/yyyy", "H:mm"}: split at the first space, as the value is.
std::pair<QString, QString> splitAtSpace(const QString& text)
{
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    return space < 0 ? std::pair{text, QString()} : std::pair{text.left(space), text.mid(space + 1)};
}

// "H:mm" -> "H:mm:ss", "h:mm AP" -> "h:mm:ss AP": the same format with seconds.
QString withSeconds(const QString& format)
{
    const qsizetype mm = format.lastIndexOf(QLatin1String("mm"));
    if (mm < 0 || format.contains(QLatin1String(":ss")))
        return format;
    QString out = format;
    out.insert(mm + 2, QLatin1String(":ss"));
    return out;
}

} // namespace

std::optional<std::pair<QDate, QTime>> readDateTime(const QString& value, const QString& format)
{
    if (format.isEmpty()) {
        const QDate d = QDate::fromString(value.left(10), Qt::ISODate);
        if (!d.isValid() || (value.size() != 10 &&
                             (value.size() < 16 || (value[10] != QLatin1Char('T') && value[10] != QLatin1Char(' ')))))
            return std::nullopt;
        const QTime t = value.size() == 10 ? QTime(0, 0) : QTime::fromString(value.mid(11), Qt::ISODate);
        return t.isValid() ? std::optional(std::pair{d, t}) : std::nullopt;
    }
    const auto [dateFormat, timeFormat] = splitAtSpace(format);
    const auto [dateText, timeText] = splitAtSpace(value);
    const QDate d = QDate::fromString(dateText, dateFormat);
    // "yyyy" would read "25.10.26" as the year 26: no contact centre has data that old.
    if (!d.isValid() || d.year() < 1000)
        return std::nullopt;
    if (timeText.isEmpty())
        return std::pair{d, QTime(0, 0)}; // a date column
    if (timeFormat.isEmpty())
        return std::nullopt;
    QTime t = QTime::fromString(timeText, timeFormat);
    if (!t.isValid())
        t = QTime::fromString(timeText, withSeconds(timeFormat));
    return t.isValid() ? std::optional(std::pair{d, t}) : std::nullopt;
}

QStringList commonDateFormats()
{
    return {QString(), QStringLiteral("dd/MM/yyyy H:mm"), QStringLiteral("MM/dd/yyyy h:mm AP"),
            QStringLiteral("dd.MM.yyyy HH:mm")};
}

DateFormatGuess detectDateFormat(const std::vector<QString>& values, const QStringList& formats)
{
    DateFormatGuess guess;
    QStringList fitting = formats;
    fitting.removeDuplicates();
    // What each format still in the running made of the values, to tell a real
    // choice (10/11 as 10 Nov or 11 Oct) from two spellings of the same reading.
    std::vector<std::vector<std::pair<QDate, QTime>>> readings(static_cast<size_t>(fitting.size()));
    bool any = false;
    for (const QString& raw : values) {
        const QString value = raw.trimmed();
        if (value.isEmpty())
            continue;
        any = true;
        QStringList still;
        std::vector<std::vector<std::pair<QDate, QTime>>> kept;
        for (qsizetype i = 0; i < fitting.size(); ++i)
            if (const auto r = readDateTime(value, fitting[i])) {
                still << fitting[i];
                kept.push_back(std::move(readings[static_cast<size_t>(i)]));
                kept.back().push_back(*r);
            }
        if (still.isEmpty()) {
            guess.outcome = DateFormatGuess::Outcome::Unknown;
            guess.example = value;
            return guess;
        }
        fitting = still;
        readings = std::move(kept);
        // The first value read two ways says best why the user must choose.
        if (guess.example.isEmpty())
            for (const auto& r : readings)
                if (r.back() != readings.front().back())
                    guess.example = value;
    }
    if (!any)
        return guess;
    const bool oneReading =
        std::all_of(readings.begin(), readings.end(), [&](const auto& r) { return r == readings.front(); });
    if (oneReading) {
        guess.outcome = DateFormatGuess::Outcome::Found;
        guess.format = fitting.front();
        guess.example.clear();
        return guess;
    }
    guess.outcome = DateFormatGuess::Outcome::Ambiguous;
    guess.formats = fitting;
    return guess;
}

} // namespace fb::import
