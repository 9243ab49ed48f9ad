#pragma once

// Private to the CSV layer: the state CsvReader shares between opening
// (CsvReader.cpp) and parsing (CsvParser.cpp).

#include "csv/CsvReader.h"
#include "csv/Encoding.h"

#include <QIODevice>

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace fb::csv {

struct CsvReader::Impl final {
    QString name;
    std::unique_ptr<QIODevice> device;
    ReaderOptions options;
    Encoding encoding = Encoding::Utf8;
    char delimiter = ',';
    LineEnding lineEnding = LineEnding::None;
    bool passthrough = true; // UTF-8 source: bytes go to the parser as read
    detail::Decoder decoder{Encoding::Utf8};
    std::vector<char> raw; // raw chunk before decoding (non-UTF-8 sources)
    std::string buf;       // decoded UTF-8 not yet parsed starts at pos
    std::size_t pos = 0;
    bool sourceDone = false;
    qint64 consumed = 0;
    qint64 total = 0;
    qint64 line = 1;
    qint64 index = 0;
    std::vector<Problem> problems;
    qint64 omitted = 0;
    bool failed = false;
    // Bytes that end a run of ordinary field text, per state.
    std::array<bool, 256> unquotedStop{};
    std::array<bool, 256> quotedStop{};

    bool readChunk();
    bool refill()
    {
        buf.clear();
        pos = 0;
        while (buf.empty())
            if (!readChunk())
                return false;
        return true;
    }
    // True when at least one byte is available at pos; refills only when the
    // buffer is used up, and every caller has stored its field text by then.
    bool ensure() { return pos < buf.size() || refill(); }
    void consumeLineBreak();
    void addProblem(qint64 at, QString message, bool fatal = false);
    bool next(Record& record);

    // Opens the source, detects the encoding, sniffs the delimiter.
    static Result<std::unique_ptr<Impl>> setUp(std::unique_ptr<QIODevice> source, const ReaderOptions& options,
                                               const QString& name);
};

} // namespace fb::csv
