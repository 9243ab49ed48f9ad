#pragma once

// Shared by the fuzz targets: the last bytes of an input choose the reader's
// options (FuzzedDataProvider takes integers from the end), so one corpus of
// CSV files explores sniffed and forced settings while the file stays at the
// front, where the seeds put it.

#include "csv/CsvTypes.h"
#include "csv/Encoding.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>

// A property the code promises; a violation is a finding like a crash.
#define FB_FUZZ_CHECK(condition)                                                                                       \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: property does not hold: %s\n", __FILE__, __LINE__, #condition);               \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace fbfuzz {

// Larger than any input the targets are run with (-max_len=8192).
inline constexpr qint64 kWholeInput = 16384;

inline fb::csv::ReaderOptions readerOptions(FuzzedDataProvider& in)
{
    using fb::csv::Encoding;
    static constexpr char kDelimiters[] = {',', ';', '\t', '|'};
    fb::csv::ReaderOptions options;
    const auto flags = in.ConsumeIntegral<unsigned char>();
    if ((flags & 0x01) != 0)
        options.delimiter = kDelimiters[(flags >> 1) & 3];
    if ((flags & 0x08) != 0)
        options.encoding = static_cast<Encoding>(in.ConsumeIntegralInRange<int>(0, int(Encoding::Windows1252)));
    options.skipEmptyLines = (flags & 0x10) == 0;
    if ((flags & 0x20) != 0) // a small limit reaches the "record too long" path; 0 means none
        options.maxRecordBytes = in.ConsumeIntegralInRange<qint64>(0, 256);
    // Chunks of a few bytes put records, BOMs, CRLFs and multi-byte sequences
    // across chunk boundaries, where a streaming reader is most likely wrong.
    // Otherwise one chunk holds the whole input (-max_len=8192), as the
    // default 1 MiB does, without clearing 1 MiB for every input.
    fb::csv::detail::setChunkSize((flags & 0x40) != 0 ? in.ConsumeIntegralInRange<qint64>(1, 64) : kWholeInput);
    return options;
}

inline QByteArray remainingBytes(FuzzedDataProvider& in)
{
    const auto bytes = in.ConsumeRemainingBytes<char>();
    return {bytes.data(), qsizetype(bytes.size())};
}

// Where the input file goes: tmpfs (/dev/shm) where there is one. On ext4,
// a file truncated and written again has its data written out when it is
// closed (auto_da_alloc), a disk write for every input: fuzz_inspect ran at
// 500 executions per second from /tmp and 1,430 from /dev/shm.
inline QString inputFolderTemplate()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    const QString base = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
    return base + QStringLiteral("/floorboard-fuzz-XXXXXX");
}

// One file per process, rewritten for every input: inspect and import read
// files, as the CLI does, so the fuzzer goes through the same open and read.
class InputFile final {
public:
    explicit InputFile(const QString& name) : m_dir(inputFolderTemplate()), m_path(m_dir.filePath(name))
    {
        if (!m_dir.isValid()) {
            std::fprintf(stderr, "cannot create a temporary folder\n");
            std::abort();
        }
    }
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] QString sibling(const QString& name) const { return m_dir.filePath(name); }
    void write(const QByteArray& bytes) const
    {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(m_path));
            std::abort();
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace fbfuzz
