#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace fb::csv {

// Checks of text a UTF-8 file passes through undecoded (a file with a BOM, or
// one read as UTF-8 on request): nothing Floorboard stores may hold a byte
// that is not UTF-8, or its export would read back as another encoding.

inline constexpr std::size_t kValidUtf8 = std::string_view::npos;

// Offset (from 0) of the first byte that is not part of a well-formed UTF-8
// sequence, or kValidUtf8. Strict: overlongs, surrogates and code points
// above U+10FFFF are ill-formed.
std::size_t invalidUtf8At(std::string_view text);

// Replaces each ill-formed sequence (its maximal subpart, as Unicode
// recommends) with U+FFFD; returns how many replacements were made.
int replaceInvalidUtf8(std::string& text);

} // namespace fb::csv
