#pragma once

// Rows in the text format of PostgreSQL's COPY … FROM STDIN: columns
// separated by a tab, rows ended by a newline, NULL as \N, and a backslash,
// tab, newline or carriage return in a value escaped with a backslash. The
// server reads each field as its column's type reads text, as it does a
// bound parameter.
#include "domain/Value.h"

#include <charconv>
#include <string>
#include <string_view>

namespace fb::store {

inline void appendCopyText(std::string& out, std::string_view text)
{
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

// One field; `first` leaves out the tab before it.
inline void appendCopyField(std::string& out, const Value& value, bool first)
{
    if (!first)
        out += '\t';
    if (const auto* text = std::get_if<std::string>(&value)) {
        appendCopyText(out, *text);
        return;
    }
    char buf[32];
    std::to_chars_result r{buf, {}};
    if (const auto* n = std::get_if<qint64>(&value))
        r = std::to_chars(buf, buf + sizeof buf, *n);
    else if (const auto* d = std::get_if<double>(&value))
        r = std::to_chars(buf, buf + sizeof buf, *d); // the shortest text that reads back as the same double
    else
        r.ptr = std::copy_n("\\N", 2, buf);
    out.append(buf, r.ptr);
}

} // namespace fb::store
