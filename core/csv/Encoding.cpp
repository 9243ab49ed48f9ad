#include "csv/Encoding.h"

#include <array>
#include <atomic>
#include <cstring>

namespace fb::csv::detail {

namespace {

std::atomic<qint64> g_chunkSize{1 << 20};

// Windows-1252 0x80..0x9F. The five bytes Microsoft leaves undefined (0x81,
// 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls of the same value, as
// Windows' own MultiByteToWideChar and the WHATWG encoding standard do.
constexpr std::array<char16_t, 32> kCp1252C1 = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// UTF-8 form of each byte 0x80..0xFF, built once so decoding is a table copy.
struct Cp1252Table final {
    std::array<std::array<char, 4>, 128> bytes{};
    std::array<unsigned char, 128> length{};
    Cp1252Table()
    {
        for (int b = 0x80; b <= 0xFF; ++b) {
            const char32_t cp = b < 0xA0 ? kCp1252C1[b - 0x80] : char32_t(b);
            std::string s;
            appendUtf8(cp, s);
            std::memcpy(bytes[b - 0x80].data(), s.data(), s.size());
            length[b - 0x80] = static_cast<unsigned char>(s.size());
        }
    }
};

const Cp1252Table& cp1252Table()
{
    static const Cp1252Table table;
    return table;
}

constexpr char32_t kReplacement = 0xFFFD;

} // namespace

qint64 chunkSize()
{
    return g_chunkSize.load();
}

void setChunkSize(qint64 bytes)
{
    g_chunkSize.store(bytes > 0 ? bytes : (1 << 20));
}

bool Utf8Validator::feed(const char* data, std::size_t size)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    std::size_t i = 0;
    while (m_valid && i < size) {
        if (m_need == 0) {
            // Most CSV bytes are ASCII: skip them eight at a time.
            while (i + 8 <= size) {
                std::uint64_t word;
                std::memcpy(&word, p + i, 8);
                if (word & 0x8080808080808080ULL)
                    break;
                i += 8;
            }
            if (i >= size)
                break;
            const unsigned char c = p[i++];
            if (c < 0x80)
                continue;
            m_lo = 0x80;
            m_hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                m_need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                m_need = 2;
                if (c == 0xE0)
                    m_lo = 0xA0; // overlong
                if (c == 0xED)
                    m_hi = 0x9F; // surrogates
            } else if (c >= 0xF0 && c <= 0xF4) {
                m_need = 3;
                if (c == 0xF0)
                    m_lo = 0x90; // overlong
                if (c == 0xF4)
                    m_hi = 0x8F; // above U+10FFFF
            } else {
                m_valid = false;
            }
        } else {
            const unsigned char c = p[i++];
            if (c < m_lo || c > m_hi) {
                m_valid = false;
                break;
            }
            m_lo = 0x80;
            m_hi = 0xBF;
            --m_need;
        }
    }
    return m_valid;
}

void appendUtf8(char32_t cp, std::string& out)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

void Decoder::decode(const char* data, std::size_t size, std::string& out)
{
    if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE) {
        decodeUtf16(data, size, out);
        return;
    }
    if (m_encoding == Encoding::Windows1252) {
        const Cp1252Table& table = cp1252Table();
        out.reserve(out.size() + size + size / 4);
        for (std::size_t i = 0; i < size; ++i) {
            const auto c = static_cast<unsigned char>(data[i]);
            if (c < 0x80)
                out.push_back(static_cast<char>(c));
            else
                out.append(table.bytes[c - 0x80].data(), table.length[c - 0x80]);
        }
        return;
    }
    out.append(data, size); // UTF-8: already what the parser wants
}

void Decoder::decodeUtf16(const char* data, std::size_t size, std::string& out)
{
    const bool little = m_encoding == Encoding::Utf16LE;
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    std::size_t i = 0;
    out.reserve(out.size() + size / 2 + 16);
    if (m_oddByte >= 0 && size > 0) {
        const auto first = static_cast<unsigned char>(m_oddByte);
        const char16_t unit = little ? char16_t(first | (p[0] << 8)) : char16_t((first << 8) | p[0]);
        m_oddByte = -1;
        putUnit(unit, out);
        i = 1;
    }
    for (; i + 1 < size; i += 2) {
        const char16_t unit = little ? char16_t(p[i] | (p[i + 1] << 8)) : char16_t((p[i] << 8) | p[i + 1]);
        putUnit(unit, out);
    }
    if (i < size)
        m_oddByte = p[i];
}

void Decoder::putUnit(char16_t unit, std::string& out)
{
    const bool high = unit >= 0xD800 && unit <= 0xDBFF;
    const bool low = unit >= 0xDC00 && unit <= 0xDFFF;
    if (m_highSurrogate != 0) {
        const char16_t hs = m_highSurrogate;
        m_highSurrogate = 0;
        if (low) {
            appendUtf8(0x10000 + ((char32_t(hs) - 0xD800) << 10) + (char32_t(unit) - 0xDC00), out);
            return;
        }
        appendUtf8(kReplacement, out); // high surrogate without its pair
    }
    if (high)
        m_highSurrogate = unit;
    else if (low)
        appendUtf8(kReplacement, out);
    else
        appendUtf8(unit, out);
}

void Decoder::finish(std::string& out)
{
    if (m_highSurrogate != 0) {
        appendUtf8(kReplacement, out);
        m_highSurrogate = 0;
    }
    if (m_oddByte >= 0) {
        appendUtf8(kReplacement, out);
        m_oddByte = -1;
    }
}

} // namespace fb::csv::detail
