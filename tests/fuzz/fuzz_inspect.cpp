// `floorboard-cli inspect` (core/csv/Inspect): the file is written to disk and
// inspected by path, as the CLI does, then printed both ways. Its JSON must
// stay valid JSON whatever the file holds: scripts read it.

#include "FuzzInput.h"
#include "csv/Inspect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fb::csv;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const fbfuzz::InputFile file(QStringLiteral("inspect.csv"));
    FuzzedDataProvider in(data, size);
    InspectOptions options;
    options.reader = fbfuzz::readerOptions(in);
    const auto flags = in.ConsumeIntegral<unsigned char>();
    options.noHeader = (flags & 1) != 0;
    options.maxRows = (flags & 2) != 0 ? qint64(flags >> 2) - 1 : -1; // -1 keeps all
    file.write(fbfuzz::remainingBytes(in));

    const auto report = inspect(file.path(), options);
    if (!report)
        return 0;
    const InspectReport& r = report.value();
    FB_FUZZ_CHECK(r.rowCount >= qint64(r.rows.size()));
    if (options.maxRows >= 0)
        FB_FUZZ_CHECK(qint64(r.rows.size()) <= options.maxRows);
    if (options.noHeader)
        FB_FUZZ_CHECK(r.header.empty());

    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(inspectJson(r), &error);
    FB_FUZZ_CHECK(error.error == QJsonParseError::NoError);
    const QJsonObject object = json.object();
    FB_FUZZ_CHECK(object.value(QStringLiteral("row_count")).toInteger() == r.rowCount);
    FB_FUZZ_CHECK(object.value(QStringLiteral("rows")).toArray().size() == qsizetype(r.rows.size()));
    FB_FUZZ_CHECK(object.value(QStringLiteral("problems")).toArray().size() == qsizetype(r.problems.size()));
    FB_FUZZ_CHECK(!inspectText(r).isEmpty());
    return 0;
}
