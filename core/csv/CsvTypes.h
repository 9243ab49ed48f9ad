#pragma once

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace fb::csv {

enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };
enum class LineEnding { Lf, CrLf, Cr, None };

// Names as shown to users and written by `inspect --json`:
// "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252".
QString encodingName(Encoding encoding);
// "LF", "CRLF", "CR", "none" (a file of a single line without terminator).
QString lineEndingName(LineEnding ending);
// "," ";" "|" and "tab" for '\t'.
QString delimiterName(char delimiter);
// Parses "," ";" "|" "tab" "\t" (as the CLI's --delimiter takes it); nullopt when not one of them.
std::optional<char> parseDelimiter(const QString& text);

struct ReaderOptions final {
    std::optional<char> delimiter;    // sniffed among , ; tab | when not given
    std::optional<Encoding> encoding; // detected (BOM, then UTF-8 validity) when not given
    bool skipEmptyLines = true;       // a line with nothing on it is not a record
    // A record (a line, or several when quoted fields hold line breaks) longer
    // than this stops the reading with a problem at its line: memory and time
    // stay bounded on a file that is one endless line. 0: no limit.
    qint64 maxRecordBytes = qint64(1) << 20;
};

// One record, fields decoded to UTF-8 and unquoted.
struct Record final {
    std::vector<std::string> fields;
    qint64 line = 0;  // 1-based physical line on which the record starts
    qint64 index = 0; // 1-based record number (header included)
};

// A structural problem found while reading (stray quote, unterminated quote).
struct Problem final {
    qint64 line = 0;
    QString message;
};

} // namespace fb::csv
