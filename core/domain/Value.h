#pragma once

#include <QtGlobal>

#include <string>
#include <variant>

namespace fb {

// One typed cell on its way between CSV and the store: empty, integer,
// number or text (dates, weeks and enums travel as their canonical text).
using Value = std::variant<std::monostate, qint64, double, std::string>;

inline bool isNull(const Value& v)
{
    return std::holds_alternative<std::monostate>(v);
}

// Canonical text of a value as export writes it: integers in decimal,
// numbers in the shortest form that reads back to the same double.
std::string valueToText(const Value& v);

} // namespace fb
