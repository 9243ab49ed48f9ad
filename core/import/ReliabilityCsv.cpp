#include "import/ReliabilityCsv.h"

#include "common/Text.h"
#include "csv/CsvReader.h"

#include <charconv>
#include <cmath>
#include <string>

namespace fb::import {
std::optional<analytics::Cell> parseScore(std::string_view text, bool allowDecimalComma)
{
    const std::string_view t = trimmedCell(text);
    if (t.empty() || t == "NA")
        return analytics::Cell{};
    std::string buf(t);
    if (allowDecimalComma)
        for (char& c : buf)
            if (c == ',')
                c = '.';
    if (buf.size() > 1 && buf.front() == '+' && buf[1] != '-')
        buf.erase(0, 1);
    double v = 0;
    const auto res = std::from_chars(buf.data(), buf.data() + buf.size(), v);
    if (res.ec != std::errc() || res.ptr != buf.data() + buf.size() || !std::isfinite(v))
        return std::nullopt;
    return analytics::Cell{v};
}

Result<analytics::ReliabilityData> readReliabilityCsv(const QString& path, const csv::ReaderOptions& options)
{
    auto reader = csv::CsvReader::open(path, options);
    if (!reader)
        return reader.error();
    csv::CsvReader& r = *reader.value();
    const bool decimalComma = r.delimiter() != ',';
    analytics::ReliabilityData data;
    csv::Record rec;
    if (!r.next(rec))
        return Error(QStringLiteral("the file is empty: expected a header row naming the coders"), path);
    for (const auto& f : rec.fields)
        data.coders.emplace_back(trimmedCell(f));
    for (std::size_t c = 0; c < data.coders.size(); ++c)
        if (data.coders[c].empty())
            return Error(QStringLiteral("coder %1 has no name in the header row").arg(c + 1), path, rec.line);
    while (r.next(rec)) {
        if (rec.fields.size() != data.coders.size())
            return Error(QStringLiteral("this row has %1 fields, the header names %2 coders")
                             .arg(rec.fields.size())
                             .arg(data.coders.size()),
                         path, rec.line);
        std::vector<analytics::Cell> row;
        row.reserve(rec.fields.size());
        for (std::size_t c = 0; c < rec.fields.size(); ++c) {
            const auto score = parseScore(rec.fields[c], decimalComma);
            if (!score)
                return Error(QStringLiteral("not a number (leave the cell empty for a missing score)"), path, rec.line,
                             q(data.coders[c]), q(rec.fields[c]), true);
            row.push_back(*score);
        }
        data.units.push_back(std::move(row));
    }
    if (!r.problems().empty())
        return Error(r.problems().front().message, path, r.problems().front().line);
    if (r.failed())
        return Error(QStringLiteral("the file could not be read to its end"), path);
    return data;
}

} // namespace fb::import
