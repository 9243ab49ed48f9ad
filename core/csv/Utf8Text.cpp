#include "csv/Utf8Text.h"

#include <cstdint>
#include <cstring>

namespace fb::csv {
namespace {

// Length of the well-formed sequence at text[i], or, when there is none, the
// negated length of its maximal subpart (at least 1): the bytes one U+FFFD
// stands for. Table 3-7 of the Unicode Standard gives the byte ranges.
int sequenceAt(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = byte(i);
    if (c < 0x80)
        return 1;
    int need = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0)
            lo = 0xA0; // no overlongs
        else if (c == 0xED)
            hi = 0x9F; // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F; // nothing above U+10FFFF
    } else {
        return -1;
    }
    for (int k = 1; k <= need; ++k) {
        if (i + k >= text.size())
            return -k;
        const unsigned char b = byte(i + k);
        if (b < lo || b > hi)
            return -k;
        lo = 0x80;
        hi = 0xBF;
    }
    return need + 1;
}

} // namespace

std::size_t invalidUtf8At(std::string_view text)
{
    std::size_t i = 0;
    // Most cells are ASCII: eight bytes at a time while no byte has its high
    // bit set (a quarter of the instructions of checking byte by byte).
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    while (i + 8 <= text.size()) {
        std::uint64_t word = 0;
        std::memcpy(&word, text.data() + i, 8);
        if ((word & kHighBits) != 0)
            break;
        i += 8;
    }
    while (i < text.size()) {
        const int n = sequenceAt(text, i);
        if (n < 0)
            return i;
        i += static_cast<std::size_t>(n);
    }
    return kValidUtf8;
}

int replaceInvalidUtf8(std::string& text)
{
    if (invalidUtf8At(text) == kValidUtf8)
        return 0;
    std::string out;
    out.reserve(text.size() + 8);
    int replaced = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const int n = sequenceAt(text, i);
        if (n > 0) {
            out.append(text, i, static_cast<std::size_t>(n));
            i += static_cast<std::size_t>(n);
        } else {
            out += "\xEF\xBF\xBD"; // U+FFFD
            ++replaced;
            i += static_cast<std::size_t>(-n);
        }
    }
    text = std::move(out);
    return replaced;
}

} // namespace fb::csv
