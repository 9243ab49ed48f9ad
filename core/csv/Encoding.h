#pragma once

#include "csv/CsvTypes.h"

#include <cstddef>
#include <cstdint>
#include <string>

// Private to the CSV layer: byte-level encoding helpers for CsvReader.
namespace fb::csv::detail {

// Size of the raw chunks the reader takes from its source at a time. Tests
// shrink it to push records, BOMs and multi-byte sequences across chunk
// boundaries without needing megabyte fixtures.
qint64 chunkSize();
void setChunkSize(qint64 bytes);

// Validates UTF-8 fed in arbitrary pieces; a sequence may straddle pieces.
// Strict: rejects overlongs, surrogates and code points above U+10FFFF.
class Utf8Validator final {
public:
    // False as soon as an invalid sequence was seen.
    bool feed(const char* data, std::size_t size);
    // True when everything fed was valid and no sequence is left open.
    [[nodiscard]] bool finish() const { return m_valid && m_need == 0; }

private:
    bool m_valid = true;
    int m_need = 0; // continuation bytes still expected
    unsigned char m_lo = 0x80;
    unsigned char m_hi = 0xBF;
};

void appendUtf8(char32_t codePoint, std::string& out);

// Converts UTF-16 (either byte order) or Windows-1252 bytes to UTF-8, fed in
// arbitrary pieces: an odd byte or a high surrogate at the end of one piece
// is kept for the next.
class Decoder final {
public:
    explicit Decoder(Encoding encoding) : m_encoding(encoding) {}
    // Appends the UTF-8 form of data to out.
    void decode(const char* data, std::size_t size, std::string& out);
    // End of input: whatever is left dangling becomes U+FFFD.
    void finish(std::string& out);

private:
    void decodeUtf16(const char* data, std::size_t size, std::string& out);
    void putUnit(char16_t unit, std::string& out);

    Encoding m_encoding;
    int m_oddByte = -1; // first byte of a code unit cut by a chunk boundary
    char16_t m_highSurrogate = 0;
};

} // namespace fb::csv::detail
