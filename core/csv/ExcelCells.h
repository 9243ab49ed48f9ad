#pragma once

// "Excel on this computer": CSV for a person who opens it in the spreadsheet
// of their own machine. Excel splits a CSV on the list separator of the
// system's regional settings and reads numbers and dates the same way, so a
// German Excel opens "0.68,12" as one text column. This mode writes what that
// Excel expects: a BOM, the locale's separator (";" where the decimal mark is
// a comma), its decimal mark, and its short date and time. Machine CSV (the
// default) stays locale-free and round-trip exact; see docs/csv-formats.md.
#include <QLocale>

#include <string>
#include <string_view>

namespace fb::csv {

// The list separator Excel uses with this locale: ";" where the decimal mark
// is a comma (de, fr, nl, ...), else ",". Windows derives its default the same way.
char excelDelimiter(const QLocale& locale);

// The locale's short date and time formats with a four-digit year: Qt reads
// a two-digit year as 19xx, and Excel shows what it reads either way
// (de: "dd.MM.yyyy HH:mm", en_US: "M/d/yyyy h:mm AP").
QString shortDateFormat(const QLocale& locale);
QString shortDateTimeFormat(const QLocale& locale);

// One cell that is not text (a number, date, time or key), written the
// locale's way. Numbers are rounded to `decimals` (what the screen shows),
// or, with decimals < 0, to 15 significant digits (all Excel keeps); whole
// numbers and anything that is not a machine number or ISO date/time
// (keys, weeks, "NA", ids with leading zeros) are left as they are.
std::string excelCell(std::string_view cell, const QLocale& locale, int decimals = -1);

} // namespace fb::csv
