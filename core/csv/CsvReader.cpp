#include "csv/CsvReader.h"

#include "csv/ReaderImpl.h"
#include "csv/Sniffer.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace fb::csv {

namespace {

// How much of the decoded start of the file the delimiter sniffer looks at.
constexpr std::size_t kSniffBytes = 64 * 1024;

Result<std::unique_ptr<QIODevice>> openDevice(std::unique_ptr<QIODevice> device, const QString& name)
{
    if (!device->open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot open: %1").arg(device->errorString()), name, 0, {}, {}, false};
    return device;
}

} // namespace

CsvReader::CsvReader(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
CsvReader::~CsvReader() = default;

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString& path, const ReaderOptions& options)
{
    if (QFileInfo(path).isDir())
        return Error{QStringLiteral("is a directory, not a CSV file"), path, 0, {}, {}, false};
    auto impl = Impl::setUp(std::make_unique<QFile>(path), options, path);
    if (!impl)
        return impl.error();
    return std::unique_ptr<CsvReader>(new CsvReader(std::move(impl.value())));
}

Result<std::unique_ptr<CsvReader>> CsvReader::fromBytes(const QByteArray& bytes, const ReaderOptions& options,
                                                        const QString& name)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes); // shares, does not copy
    auto impl = Impl::setUp(std::move(buffer), options, name);
    if (!impl)
        return impl.error();
    return std::unique_ptr<CsvReader>(new CsvReader(std::move(impl.value())));
}

Result<std::unique_ptr<CsvReader::Impl>> CsvReader::Impl::setUp(std::unique_ptr<QIODevice> source,
                                                                const ReaderOptions& options, const QString& name)
{
    auto opened = openDevice(std::move(source), name);
    if (!opened)
        return opened.error();
    auto d = std::make_unique<CsvReader::Impl>();
    d->name = name;
    d->device = std::move(opened.value());
    d->options = options;
    d->total = d->device->size();

    const QByteArray head = d->device->peek(3);
    auto starts = [&](const char* bom, int size) {
        return head.size() >= size && std::memcmp(head.data(), bom, size) == 0;
    };
    const bool utf8Bom = starts("\xEF\xBB\xBF", 3);
    const bool leBom = starts("\xFF\xFE", 2);
    const bool beBom = starts("\xFE\xFF", 2);

    qint64 skip = 0;
    if (options.encoding) {
        // A forced encoding still drops its own BOM: it is not data.
        d->encoding = *options.encoding;
        if ((d->encoding == Encoding::Utf8 || d->encoding == Encoding::Utf8Bom) && utf8Bom)
            skip = 3;
        else if ((d->encoding == Encoding::Utf16LE && leBom) || (d->encoding == Encoding::Utf16BE && beBom))
            skip = 2;
    } else if (utf8Bom) {
        d->encoding = Encoding::Utf8Bom;
        skip = 3;
    } else if (leBom || beBom) {
        d->encoding = leBom ? Encoding::Utf16LE : Encoding::Utf16BE;
        skip = 2;
    } else {
        // Without a BOM, one invalid byte anywhere (often in the last rows)
        // means the file is not UTF-8: check it all before parsing any of it.
        detail::Utf8Validator validator;
        std::vector<char> chunk(static_cast<std::size_t>(detail::chunkSize()));
        qint64 got = 0;
        while ((got = d->device->read(chunk.data(), static_cast<qint64>(chunk.size()))) > 0)
            if (!validator.feed(chunk.data(), static_cast<std::size_t>(got)))
                break;
        d->encoding = validator.finish() ? Encoding::Utf8 : Encoding::Windows1252;
        if (!d->device->seek(0))
            return Error{QStringLiteral("cannot rewind after detecting the encoding"), name, 0, {}, {}, false};
    }
    if (skip > 0 && !d->device->seek(skip))
        return Error{QStringLiteral("cannot skip the byte order mark"), name, 0, {}, {}, false};
    d->consumed = skip;
    d->passthrough = d->encoding == Encoding::Utf8 || d->encoding == Encoding::Utf8Bom;
    d->decoder = detail::Decoder(d->encoding);

    if (options.delimiter) {
        d->delimiter = *options.delimiter;
    } else {
        while (d->buf.size() < kSniffBytes && d->readChunk()) {
        }
        const std::size_t sampleSize = std::min(d->buf.size(), kSniffBytes);
        d->delimiter = detail::sniffDelimiter(std::string_view(d->buf.data(), sampleSize),
                                              d->sourceDone && d->buf.size() <= kSniffBytes);
    }
    for (auto* table : {&d->unquotedStop, &d->quotedStop}) {
        (*table)[static_cast<unsigned char>('"')] = true;
        (*table)[static_cast<unsigned char>('\n')] = true;
        (*table)[static_cast<unsigned char>('\r')] = true;
    }
    d->unquotedStop[static_cast<unsigned char>(d->delimiter)] = true;
    return d;
}

Encoding CsvReader::encoding() const
{
    return d->encoding;
}

char CsvReader::delimiter() const
{
    return d->delimiter;
}

LineEnding CsvReader::lineEnding() const
{
    return d->lineEnding;
}

const QString& CsvReader::name() const
{
    return d->name;
}

bool CsvReader::next(Record& record)
{
    return d->next(record);
}

const std::vector<Problem>& CsvReader::problems() const
{
    return d->problems;
}

qint64 CsvReader::problemsOmitted() const
{
    return d->omitted;
}

bool CsvReader::failed() const
{
    return d->failed;
}

qint64 CsvReader::bytesConsumed() const
{
    return d->consumed;
}

qint64 CsvReader::totalBytes() const
{
    return d->total;
}

} // namespace fb::csv
