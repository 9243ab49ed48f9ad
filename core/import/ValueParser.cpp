#include "import/ValueParser.h"

#include "common/IsoWeek.h"
#include "common/Text.h"
#include "csv/CsvWriter.h"
#include "import/DateFormats.h"

#include <QCoreApplication>
#include <QDateTime>

#include <charconv>
#include <cmath>
#include <limits>

namespace fb::import {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::import::ValueParser)
};

bool digits(std::string_view s, size_t from, size_t count, int& out)
{
    if (from + count > s.size())
        return false;
    out = 0;
    for (size_t i = from; i < from + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        // The hours of a duration may have any number of digits: more than
        // an int holds is refused, not overflowed (found by fuzz_valueparser).
        const int digit = s[i] - '0';
        if (out > (std::numeric_limits<int>::max() - digit) / 10)
            return false;
        out = out * 10 + digit;
    }
    return true;
}

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != b[i])
            return false;
    return true;
}

// 03/04/2026, 3.4.26, 2026/03/04: a date, but not one we may guess.
// 2026-02-30 is not one of them: ISO-shaped, just not a day of the calendar.
bool looksLikeLocalDate(std::string_view s)
{
    int groups = 0;
    size_t run = 0;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            ++run;
            continue;
        }
        if (c == '/' || c == '.' || c == '-') {
            if (run == 0 || (groups == 0 && run == 4 && c == '-'))
                return false;
            ++groups;
            run = 0;
            continue;
        }
        if (c == ' ' || c == 'T')
            break;
        return false;
    }
    return groups == 2;
}

QString dateFormatHint()
{
    return Tr::tr("is not an ISO 8601 date (YYYY-MM-DD); a date like 03/04/2026 could be either day or month first, "
                  "so say which with --date-format, e.g. --date-format \"dd/MM/yyyy\" or --date-format \"MM/dd/yyyy\" "
                  "(add \" H:mm\" or \" H:mm:ss\" for a time)");
}

// Fixed-width decimal digits; snprintf costs more than the rest of a row.
void appendDigits(std::string& out, int value, int width)
{
    char buf[8];
    for (int i = width - 1; i >= 0; --i) {
        buf[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(buf, size_t(width));
}

std::string isoDate(int y, int m, int d)
{
    std::string out;
    out.reserve(32);
    appendDigits(out, y, 4);
    out += '-';
    appendDigits(out, m, 2);
    out += '-';
    appendDigits(out, d, 2);
    return out;
}

// "is out of range (0 to 1000000000)": bounds in full, never as 1e+09.
QString rangeReason(const ColumnSpec& column)
{
    return Tr::tr("is out of range (%1 to %2)")
        .arg(QString::number(column.min, 'g', 15), QString::number(column.max, 'g', 15));
}

// A date and time as written, in the user's --date-format. Read as UTC, so
// the wall-clock time is kept as is: read as local time (Qt's default), a
// time in the hour a DST change skips would be invalid.
QDateTime parseWallClock(const QString& text, const QString& format)
{
    if (format.contains(QLatin1Char('t'))) // the format reads a zone itself
        return QDateTime::fromString(text, format);
    return QDateTime::fromString(text + QStringLiteral(" UTC"), format + QStringLiteral(" t"));
}

// A value in the user's date format. A format that reads a zone itself goes
// to Qt whole; any other is read as import::readDateTime reads it, the way
// the import dialog detects a file's format, so what it detects imports.
QDateTime readWithFormat(const QString& text, const QString& format)
{
    if (format.contains(QLatin1Char('t')))
        return parseWallClock(text, format);
    const auto dt = readDateTime(text.trimmed(), format);
    return dt ? QDateTime(dt->first, dt->second, Qt::UTC) : QDateTime();
}

} // namespace

ValueParser::ValueParser(Settings settings) : m_settings(std::move(settings)) {}

bool ValueParser::parseIsoDate(std::string_view s, int& y, int& m, int& d)
{
    if (s.size() < 10 || s[4] != '-' || s[7] != '-')
        return false;
    if (!digits(s, 0, 4, y) || !digits(s, 5, 2, m) || !digits(s, 8, 2, d))
        return false;
    return QDate::isValid(y, m, d);
}

bool ValueParser::parseBoolean(std::string_view s, qint64& out)
{
    s = trimmedCell(s);
    if (s.size() == 1 && (s[0] == '0' || s[0] == '1')) { // the common case first
        out = s[0] - '0';
        return true;
    }
    for (const char* yes : {"1", "yes", "y", "true"})
        if (equalsNoCase(s, yes)) {
            out = 1;
            return true;
        }
    for (const char* no : {"0", "no", "n", "false"})
        if (equalsNoCase(s, no)) {
            out = 0;
            return true;
        }
    return false;
}

bool ValueParser::parseNumber(std::string_view s, double& out) const
{
    std::string buf(s);
    if (m_settings.decimalComma)
        for (char& c : buf)
            if (c == ',')
                c = '.';
    if (buf.size() > 1 && buf.front() == '+' && buf[1] != '-')
        buf.erase(0, 1);
    const auto res = std::from_chars(buf.data(), buf.data() + buf.size(), out);
    return res.ec == std::errc() && res.ptr == buf.data() + buf.size() && std::isfinite(out) && !buf.empty();
}

bool ValueParser::parseDurationSeconds(std::string_view s, bool decimalComma, double& out)
{
    s = trimmedCell(s);
    if (s.find(':') == std::string_view::npos) {
        ValueParser p(Settings{decimalComma, {}});
        return p.parseNumber(s, out) && out >= 0;
    }
    // h:mm:ss or m:ss; the last part may carry a fraction.
    double total = 0;
    int parts = 0;
    size_t start = 0;
    while (start <= s.size()) {
        const size_t colon = s.find(':', start);
        const std::string_view part = s.substr(start, colon == std::string_view::npos ? s.npos : colon - start);
        const bool last = colon == std::string_view::npos;
        double v = 0;
        if (part.empty())
            return false;
        if (last) {
            ValueParser p(Settings{decimalComma, {}});
            if (!p.parseNumber(part, v) || v < 0 || v >= 60)
                return false;
        } else {
            int iv = 0;
            if (!digits(part, 0, part.size(), iv) || (parts > 0 && iv >= 60))
                return false;
            v = iv;
        }
        total = total * 60 + v;
        ++parts;
        if (last)
            break;
        start = colon + 1;
    }
    if (parts < 2 || parts > 3)
        return false;
    out = total;
    return true;
}

bool ValueParser::parseDate(std::string_view s, Value& out, QString& reason) const
{
    int y = 0, m = 0, d = 0;
    if (m_settings.dateFormat.isEmpty()) {
        if (s.size() == 10 && parseIsoDate(s, y, m, d)) {
            out = std::string(s);
            return true;
        }
        reason = looksLikeLocalDate(s) ? dateFormatHint() : Tr::tr("is not a date (YYYY-MM-DD)");
        return false;
    }
    const QDate date = readWithFormat(QString::fromUtf8(s.data(), qsizetype(s.size())), m_settings.dateFormat).date();
    if (!date.isValid()) {
        reason = Tr::tr("does not match the date format %1").arg(m_settings.dateFormat);
        return false;
    }
    out = isoDate(date.year(), date.month(), date.day());
    return true;
}

bool ValueParser::parseDateTime(std::string_view s, Value& out, QString& reason) const
{
    if (!m_settings.dateFormat.isEmpty()) {
        const QDateTime dt = readWithFormat(QString::fromUtf8(s.data(), qsizetype(s.size())), m_settings.dateFormat);
        if (!dt.isValid()) {
            reason = Tr::tr("does not match the date format %1").arg(m_settings.dateFormat);
            return false;
        }
        out = dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toStdString();
        return true;
    }
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!parseIsoDate(s, y, mo, d)) {
        reason =
            looksLikeLocalDate(s) ? dateFormatHint() : Tr::tr("is not an ISO 8601 date and time (YYYY-MM-DDTHH:MM:SS)");
        return false;
    }
    if (s.size() == 10) {
        out = isoDate(y, mo, d) + "T00:00:00";
        return true;
    }
    const auto bad = [&reason] {
        reason = Tr::tr("is not an ISO 8601 date and time (YYYY-MM-DDTHH:MM:SS)");
        return false;
    };
    if ((s[10] != 'T' && s[10] != ' ') || s.size() < 16 || s[13] != ':' || !digits(s, 11, 2, h) ||
        !digits(s, 14, 2, mi) || h > 23 || mi > 59)
        return bad();
    size_t pos = 16;
    if (pos < s.size() && s[pos] == ':') {
        if (!digits(s, pos + 1, 2, sec) || sec > 59)
            return bad();
        pos += 3;
    }
    if (s.size() == 19 && pos == 19 && s[10] == 'T' && s[4] == '-' && s[7] == '-') {
        // Already canonical, as Floorboard's files and most systems write it,
        // and checked digit by digit above: kept as written, in the row's
        // string (no allocation per cell, 3 % of an import's instructions).
        if (auto* str = std::get_if<std::string>(&out))
            str->assign(s);
        else
            out = std::string(s);
        return true;
    }
    std::string canonical = isoDate(y, mo, d);
    canonical += 'T';
    appendDigits(canonical, h, 2);
    canonical += ':';
    appendDigits(canonical, mi, 2);
    canonical += ':';
    appendDigits(canonical, sec, 2);
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) { // fraction of a second, kept as written
        size_t end = pos + 1;
        while (end < s.size() && s[end] >= '0' && s[end] <= '9')
            ++end;
        if (end == pos + 1)
            return bad();
        canonical += '.';
        canonical.append(s.substr(pos + 1, end - pos - 1));
        pos = end;
    }
    // The wall-clock time as written decides the week; an offset is kept.
    const std::string_view zone = s.substr(pos);
    if (zone == "Z") {
        canonical += 'Z';
    } else if (!zone.empty()) {
        int zh = 0, zm = 0;
        const bool ok = (zone[0] == '+' || zone[0] == '-') &&
                        ((zone.size() == 6 && zone[3] == ':' && digits(zone, 1, 2, zh) && digits(zone, 4, 2, zm)) ||
                         (zone.size() == 5 && digits(zone, 1, 2, zh) && digits(zone, 3, 2, zm)) ||
                         (zone.size() == 3 && digits(zone, 1, 2, zh)));
        if (!ok || zh > 14 || zm > 59)
            return bad();
        canonical += zone[0];
        appendDigits(canonical, zh, 2);
        canonical += ':';
        appendDigits(canonical, zm, 2);
    }
    out = std::move(canonical);
    return true;
}

bool ValueParser::parseWeek(std::string_view s, Value& out, QString& reason) const
{
    const QString text = QString::fromUtf8(s.data(), qsizetype(s.size()));
    if (const auto week = IsoWeek::parse(text)) {
        out = week->toString().toStdString();
        return true;
    }
    Value date;
    QString dateReason;
    if (parseDate(s.substr(0, m_settings.dateFormat.isEmpty() ? std::min<size_t>(s.size(), 10) : s.size()), date,
                  dateReason) &&
        (m_settings.dateFormat.isEmpty() ? (s.size() == 10 || s[10] == 'T' || s[10] == ' ') : true)) {
        int y = 0, m = 0, d = 0;
        parseIsoDate(std::get<std::string>(date), y, m, d);
        out = IsoWeek::ofDate(QDate(y, m, d)).toString().toStdString();
        return true;
    }
    reason = looksLikeLocalDate(s) ? dateFormatHint() : Tr::tr("is not an ISO week (like 2026-W05) or a date in it");
    return false;
}

bool ValueParser::parse(const ColumnSpec& column, std::string_view raw, Value& out, QString& reason) const
{
    const std::string_view text = column.type == ColumnType::Text ? raw : trimmedCell(raw);
    if (text.empty() || (column.type == ColumnType::Score && (equalsNoCase(text, "na") || equalsNoCase(text, "n/a")))) {
        out = Value{};
        if (column.required && column.type != ColumnType::Score) {
            reason = Tr::tr("is required");
            return false;
        }
        return true;
    }
    const bool ranged = column.max > column.min;
    switch (column.type) {
    case ColumnType::Text:
        // Reuse the row's string when there is one: no allocation per cell.
        if (auto* str = std::get_if<std::string>(&out); str && (!m_settings.unguard || text.front() != '\''))
            str->assign(text);
        else if (m_settings.unguard)
            out = csv::unneutralise(text);
        else
            out = std::string(text);
        return true;
    case ColumnType::Integer:
    case ColumnType::Score: {
        qint64 v = 0;
        // One optional sign: "+5" is 5, "+-5" is not a number.
        const char* begin = text.data() + (text.front() == '+' && text.size() > 1 && text[1] != '-' ? 1 : 0);
        const auto res = std::from_chars(begin, text.data() + text.size(), v);
        if (res.ec != std::errc() || res.ptr != text.data() + text.size()) {
            reason = column.type == ColumnType::Score ? Tr::tr("is not a score (a whole number, or NA)")
                                                      : Tr::tr("is not a whole number");
            return false;
        }
        if (ranged && (double(v) < column.min || double(v) > column.max)) {
            reason = rangeReason(column);
            return false;
        }
        out = v;
        return true;
    }
    case ColumnType::Number:
    case ColumnType::Duration: {
        double v = 0;
        const bool ok = column.type == ColumnType::Duration ? parseDurationSeconds(text, m_settings.decimalComma, v)
                                                            : parseNumber(text, v);
        if (!ok) {
            reason = column.type == ColumnType::Duration ? Tr::tr("is not a duration (seconds, h:mm:ss or m:ss)")
                                                         : Tr::tr("is not a number");
            return false;
        }
        if (ranged && (v < column.min || v > column.max)) {
            reason = rangeReason(column);
            return false;
        }
        out = v;
        return true;
    }
    case ColumnType::Boolean: {
        qint64 v = 0;
        if (!parseBoolean(text, v)) {
            reason = Tr::tr("is not a yes/no value (0/1, yes/no, y/n, true/false)");
            return false;
        }
        out = v;
        return true;
    }
    case ColumnType::Date:
        return parseDate(text, out, reason);
    case ColumnType::DateTime:
        return parseDateTime(text, out, reason);
    case ColumnType::Week:
        return parseWeek(text, out, reason);
    case ColumnType::Enum: {
        for (const auto& choice : column.choices)
            if (equalsNoCase(text, choice)) {
                out = choice;
                return true;
            }
        QStringList names;
        for (const auto& choice : column.choices)
            names << QString::fromStdString(choice);
        reason = Tr::tr("must be one of %1").arg(names.join(QStringLiteral(", ")));
        return false;
    }
    }
    return false;
}

} // namespace fb::import
