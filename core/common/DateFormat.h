#pragma once

// Dates a person reads, beside the number formatter (common/Format.h) and with
// its Style: the locale's short format with a four-digit year ("26.10.2026" in
// German, "10/26/2026" in the US). The C locale (and the file flavour) keeps
// ISO 8601, "2026-10-26": C is no one's calendar, and ISO is what a file and a
// test expect. ISO weeks are IsoWeek::toString()'s ("2026-W43").
#include "common/Format.h"

#include <QDate>
#include <QDateTime>

#include <string>

namespace fb::format {

QString date(const QDate& d, const Style& s = screen());         // "26.10.2026", "2026-10-26"
QString dateTime(const QDateTime& t, const Style& s = screen()); // "26.10.2026 14:05", "2026-10-26 14:05"
// A day as the store keeps it ("2026-10-26") through date(); a text that is
// not such a day is returned as it is.
QString storedDay(const std::string& isoDay, const Style& s = screen());
// The matching patterns for QDateEdit / QDateTimeEdit::setDisplayFormat.
QString dateFormat(const Style& s = screen());     // "dd.MM.yyyy", "yyyy-MM-dd"
QString dateTimeFormat(const Style& s = screen()); // "dd.MM.yyyy HH:mm", "yyyy-MM-dd HH:mm"
// Day and month with the month's short name, for week ranges and chart axes,
// in the order and punctuation of the locale's long date: "25. Okt." (German),
// "Oct 25" (US), "25 Oct" (C); with the year "25. Okt. 2026", "Oct 25, 2026".
QString dayMonth(const QDate& d, const Style& s = screen());
QString dayMonthYear(const QDate& d, const Style& s = screen());

} // namespace fb::format
