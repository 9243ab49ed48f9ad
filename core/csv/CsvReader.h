#pragma once

#include "common/Error.h"
#include "csv/CsvTypes.h"

#include <QByteArray>

#include <memory>

class QIODevice;

namespace fb::csv {

// Streaming RFC 4180 reader: reads the file in chunks, never holds the whole
// file, decodes to UTF-8 and splits records (quotes, doubled quotes, line
// breaks inside quotes; CRLF, LF or CR; missing final newline).
class CsvReader final {
public:
    // Opens a file. Detects the encoding (BOM; else UTF-8 when every byte
    // sequence in the file is valid UTF-8; else Windows-1252) and sniffs the
    // delimiter from the first records unless options give them.
    static Result<std::unique_ptr<CsvReader>> open(const QString& path, const ReaderOptions& options = {});
    // Same, over bytes in memory (tests, previews); name is used in messages.
    static Result<std::unique_ptr<CsvReader>> fromBytes(const QByteArray& bytes, const ReaderOptions& options = {},
                                                        const QString& name = QStringLiteral("<memory>"));
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    [[nodiscard]] Encoding encoding() const;
    [[nodiscard]] char delimiter() const;
    // The first line terminator met (None until one is met).
    [[nodiscard]] LineEnding lineEnding() const;
    [[nodiscard]] const QString& name() const;

    // Reads the next record; false at the end of the data.
    bool next(Record& record);

    // Structural problems met so far, in order, with their line.
    [[nodiscard]] const std::vector<Problem>& problems() const;
    // Problems met but not kept: problems() holds at most the first 1000
    // (plus the fatal one, which is always kept).
    [[nodiscard]] qint64 problemsOmitted() const;
    // True once a fatal structural problem (quote never closed) was met.
    [[nodiscard]] bool failed() const;

    // Progress: raw bytes consumed of the source so far, and its size (0 if unknown).
    [[nodiscard]] qint64 bytesConsumed() const;
    [[nodiscard]] qint64 totalBytes() const;

private:
    struct Impl;
    explicit CsvReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace fb::csv
