// The value parser of the import (core/import/ValueParser): every column of
// every kind (the rubric's score columns included), with a decimal comma or
// not and the date formats people pass with --date-format. A value it accepts
// must come back the same when its export text is imported again.

#include "FuzzInput.h"
#include "csv/CsvWriter.h"
#include "import/ValueParser.h"

#include <QDate>

using namespace fb;
using fb::import::ValueParser;

namespace {

std::vector<ColumnSpec> everyColumn()
{
    std::vector<ColumnSpec> columns;
    for (Kind kind : allKinds()) {
        const KindSpec spec =
            kind == Kind::QaEvaluations ? withRubric(kindSpec(kind), defaultRubric()) : kindSpec(kind);
        columns.insert(columns.end(), spec.columns.begin(), spec.columns.end());
    }
    return columns;
}

const QString& dateFormat(int which)
{
    static const QString kFormats[] = {
        {},
        QStringLiteral("dd/MM/yyyy"),
        QStringLiteral("dd/MM/yyyy H:mm"),
        QStringLiteral("MM/dd/yyyy hh:mm:ss AP"),
        QStringLiteral("d.M.yy"),
        QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"),
    };
    return kFormats[which % std::size(kFormats)];
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const std::vector<ColumnSpec> columns = everyColumn();
    FuzzedDataProvider in(data, size);
    const ColumnSpec& column = columns[in.ConsumeIntegralInRange<size_t>(0, columns.size() - 1)];
    const auto flags = in.ConsumeIntegral<unsigned char>();
    const ValueParser parser({(flags & 1) != 0, dateFormat(flags >> 1)});
    const auto bytes = in.ConsumeRemainingBytes<char>();
    const std::string_view text(bytes.data(), bytes.size());

    // The static pieces keep their own promises.
    int y = 0, m = 0, d = 0;
    if (ValueParser::parseIsoDate(text, y, m, d))
        FB_FUZZ_CHECK(QDate::isValid(y, m, d));
    qint64 boolean = -1;
    if (ValueParser::parseBoolean(text, boolean))
        FB_FUZZ_CHECK(boolean == 0 || boolean == 1);
    double seconds = -1;
    if (ValueParser::parseDurationSeconds(text, (flags & 1) != 0, seconds))
        FB_FUZZ_CHECK(std::isfinite(seconds) && seconds >= 0);

    Value value;
    QString reason;
    if (!parser.parse(column, text, value, reason)) {
        FB_FUZZ_CHECK(!reason.isEmpty()); // every refusal says why
        return 0;
    }
    if (column.max > column.min) {
        if (const auto* number = std::get_if<double>(&value))
            FB_FUZZ_CHECK(*number >= column.min && *number <= column.max);
        if (const auto* integer = std::get_if<qint64>(&value))
            FB_FUZZ_CHECK(double(*integer) >= column.min && double(*integer) <= column.max);
    }
    // Round trip: export writes valueToText (formula-guarded when text), a
    // re-import reads it with the defaults (ISO dates, decimal point).
    std::string exported = valueToText(value);
    if (column.isText())
        exported = csv::neutralise(exported);
    Value again;
    QString againReason;
    const ValueParser plain({false, {}});
    FB_FUZZ_CHECK(plain.parse(column, exported, again, againReason));
    FB_FUZZ_CHECK(again == value);
    return 0;
}
