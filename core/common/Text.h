#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace fb {

// The store and analytics keep text as UTF-8 std::string; errors and labels
// are QString. One short name for the conversion, so call sites stay readable.
inline QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// A cell without its leading and trailing spaces and tabs (what a CSV value
// means once padded by hand or by a spreadsheet).
inline std::string_view trimmedCell(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

} // namespace fb
