#pragma once

#include <QString>

#include <string>

namespace fb {

// The store and analytics keep text as UTF-8 std::string; errors and labels
// are QString. One short name for the conversion, so call sites stay readable.
inline QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace fb
