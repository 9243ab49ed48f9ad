// The streaming CSV reader (core/csv) over arbitrary bytes: no crash, no
// sanitizer finding, and the promises CsvReader.h makes about what it returns.

#include "FuzzInput.h"
#include "csv/CsvReader.h"
#include "csv/Utf8Text.h"

using namespace fb::csv;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzedDataProvider in(data, size);
    const ReaderOptions options = fbfuzz::readerOptions(in);
    const QByteArray bytes = fbfuzz::remainingBytes(in);
    auto opened = CsvReader::fromBytes(bytes, options);
    if (!opened)
        return 0;
    CsvReader& reader = *opened.value();
    const bool decoded = reader.encoding() == Encoding::Utf16LE || reader.encoding() == Encoding::Utf16BE ||
                         reader.encoding() == Encoding::Windows1252;
    Record record;
    qint64 index = 0;
    qint64 lastLine = 0;
    while (reader.next(record)) {
        // Records are numbered 1, 2, ... and each starts on a later line.
        FB_FUZZ_CHECK(record.index == ++index);
        FB_FUZZ_CHECK(record.line > lastLine);
        lastLine = record.line;
        FB_FUZZ_CHECK(!record.fields.empty());
        // The import passes decoded text to the store unchecked: decoding
        // must yield well-formed UTF-8 whatever the bytes were.
        if (decoded)
            for (const auto& field : record.fields)
                FB_FUZZ_CHECK(invalidUtf8At(field) == kValidUtf8);
        if (options.maxRecordBytes > 0 && !reader.failed()) {
            qint64 total = 0;
            for (const auto& field : record.fields)
                total += qint64(field.size());
            FB_FUZZ_CHECK(total <= options.maxRecordBytes * 4); // bounded memory, whatever the encoding
        }
    }
    FB_FUZZ_CHECK(reader.bytesConsumed() <= reader.totalBytes());
    FB_FUZZ_CHECK(reader.problems().size() <= 1001);
    for (const auto& problem : reader.problems())
        FB_FUZZ_CHECK(!problem.message.isEmpty());
    return 0;
}
