#include "export/ReportXlsx.h"

#include "analytics/ScorecardDefinition.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace fb::exporting {
namespace {

bool endsWith(std::string_view s, std::string_view end)
{
    return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

// Proportions 0..1 that the screens show as percent.
bool isPercentColumn(const std::string& name)
{
    if (name == "share" || name == "rate" || name == "percent_agreement" || endsWith(name, "_share") ||
        endsWith(name, "_rate"))
        return true;
    const auto metric = analytics::metricFromKey(name); // a scorecard's value column: "fcr"
    return metric && analytics::isProportion(*metric);
}

bool isNumber(std::string_view s, bool& whole, bool& typed)
{
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v))
        return false;
    const auto dot = s.find('.');
    whole = whole && dot == std::string_view::npos && s.find_first_of("eE") == std::string_view::npos;
    // Cells are written in their shortest exact form, so a typed 0.25 stays
    // "0.25" while a computed mean reads "0.6823529411764706".
    typed = typed && s.find_first_of("eE") == std::string_view::npos &&
            (dot == std::string_view::npos || s.size() - dot - 1 <= 3);
    return true;
}

// "2026-03-02", or "2026-03-02T09:15[:00]" (T or space) with withTime.
bool isDate(std::string_view s, bool withTime)
{
    std::string_view pattern = withTime ? "dddd-dd-ddTdd:dd:dd" : "dddd-dd-dd";
    if (withTime && s.size() == 16)
        pattern = pattern.substr(0, 16);
    if (s.size() != pattern.size())
        return false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char p = pattern[i], c = s[i];
        if (p == 'd' ? (c < '0' || c > '9') : p == 'T' ? (c != 'T' && c != ' ') : c != p)
            return false;
    }
    return true;
}

CellType columnType(const ReportTable& table, size_t c)
{
    if (c < table.textMask.size() && table.textMask[c])
        return CellType::Text;
    bool whole = true, typed = true, number = true, date = true, dateTime = true, any = false;
    for (const auto& row : table.rows) {
        if (c >= row.size() || row[c].empty())
            continue;
        any = true;
        const std::string_view v = row[c];
        number = number && isNumber(v, whole, typed);
        date = date && isDate(v, false);
        dateTime = dateTime && isDate(v, true);
        if (!number && !date && !dateTime)
            return CellType::Text;
    }
    const std::string& name = table.header[c];
    if (!any)
        return CellType::Text;
    if (date)
        return CellType::Date;
    if (dateTime)
        return CellType::DateTime;
    if (name == "p_value" || name == "p_holm")
        return CellType::ThreeDecimals;
    if (isPercentColumn(name))
        return CellType::Percent;
    if (whole)
        return CellType::Integer;
    return typed ? CellType::Number : CellType::OneDecimal;
}

Status addTable(XlsxWorkbook& book, const ReportTable& table, std::string_view sheet)
{
    if (auto st = book.addSheet(sheet, table.header); !st)
        return st;
    const auto types = reportColumnTypes(table);
    for (const auto& row : table.rows)
        if (auto st = book.writeRow(row, types); !st)
            return st;
    return {};
}

} // namespace

std::vector<CellType> reportColumnTypes(const ReportTable& table)
{
    std::vector<CellType> types;
    types.reserve(table.header.size());
    for (size_t c = 0; c < table.header.size(); ++c)
        types.push_back(columnType(table, c));
    return types;
}

Status writeXlsx(const ReportTable& table, const QString& path, std::string_view sheet)
{
    auto book = XlsxWorkbook::create(path);
    if (!book)
        return book.error();
    if (auto st = addTable(**book, table, sheet); !st)
        return st;
    return (*book)->commit();
}

Status writeXlsxTables(const std::vector<NamedTable>& tables, const QString& path)
{
    auto book = XlsxWorkbook::create(path);
    if (!book)
        return book.error();
    for (const auto& [fileName, table] : tables) {
        std::string_view sheet(fileName);
        if (endsWith(sheet, ".csv"))
            sheet.remove_suffix(4);
        if (auto st = addTable(**book, table, sheet); !st)
            return st;
    }
    return (*book)->commit();
}

} // namespace fb::exporting
