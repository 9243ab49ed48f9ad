#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace fb {

// An ISO 8601 week (Monday first). Stored as the integer key yyyyww
// (2026-W05 -> 202605) so weeks sort and compare as numbers.
struct IsoWeek final {
    int year = 0;
    int week = 0;

    static IsoWeek ofDate(QDate date);
    static IsoWeek fromKey(int key) { return IsoWeek{key / 100, key % 100}; }
    // "2026-W05" (also "2026W05", "2026-w5"); nullopt when not a week of that year.
    static std::optional<IsoWeek> parse(const QString& text);

    [[nodiscard]] int key() const { return year * 100 + week; }
    [[nodiscard]] QString toString() const; // "2026-W05"
    [[nodiscard]] QDate monday() const;
    [[nodiscard]] IsoWeek next(int weeks = 1) const;
    [[nodiscard]] bool isValid() const { return year > 0 && week >= 1 && week <= weeksInYear(year); }
    static int weeksInYear(int year);

    friend bool operator==(IsoWeek a, IsoWeek b) { return a.key() == b.key(); }
    friend bool operator<(IsoWeek a, IsoWeek b) { return a.key() < b.key(); }
};

// ISO week key of a date given as "YYYY-MM-DD..." (the first 10 characters);
// fast path for rollups that avoids building a QDate.
int isoWeekKeyOfIsoDate(const char* text);
// Key of a week stored as "YYYY-Www" (pulse responses; other spellings go
// through IsoWeek::parse); 0 when not a week. Fast path for row loops.
int isoWeekKeyOfWeekText(const char* text);

} // namespace fb
