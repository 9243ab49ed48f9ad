#pragma once

#include "domain/Kinds.h"
#include "domain/Value.h"

#include <QString>

#include <string_view>

namespace fb::import {

// Turns one CSV cell into a typed Value by its column's type, or says why it
// cannot. The hot paths (numbers, ISO dates, booleans) avoid QString.
class ValueParser final {
public:
    struct Settings {
        bool decimalComma = false; // 3,5 reads as 3.5 (see ImportOptions::decimalComma)
        QString dateFormat;        // Qt date-time format; empty = ISO 8601 only
        // Undo the formula guard (csv::unneutralise) on text cells: only for a
        // file Floorboard wrote (csv::hasFloorboardMark). In other systems'
        // data a leading apostrophe is part of the value and is kept.
        bool unguard = false;
    };

    explicit ValueParser(Settings settings);

    // On failure returns false and sets reason (translated, without the value).
    bool parse(const ColumnSpec& column, std::string_view text, Value& out, QString& reason) const;

    // ISO 8601 pieces, exposed for tests and other readers.
    static bool parseIsoDate(std::string_view text, int& y, int& m, int& d);
    static bool parseBoolean(std::string_view text, qint64& out);
    static bool parseDurationSeconds(std::string_view text, bool decimalComma, double& out);

private:
    bool parseDate(std::string_view text, Value& out, QString& reason) const;
    bool parseDateTime(std::string_view text, Value& out, QString& reason) const;
    bool parseWeek(std::string_view text, Value& out, QString& reason) const;
    bool parseNumber(std::string_view text, double& out) const;
    Settings m_settings;
};

} // namespace fb::import
