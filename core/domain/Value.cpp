#include "domain/Value.h"

#include <charconv>

namespace fb {

std::string valueToText(const Value& v)
{
    if (const auto* i = std::get_if<qint64>(&v))
        return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&v)) {
        char buf[64];
        const auto res = std::to_chars(buf, buf + sizeof buf, *d);
        return std::string(buf, res.ptr);
    }
    if (const auto* s = std::get_if<std::string>(&v))
        return *s;
    return {};
}

} // namespace fb
