#include "csv/CsvWriter.h"

#include "common/AtomicFile.h"
#include "csv/ExcelCells.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace fb::csv {

namespace {

bool isTrigger(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

// True when the cell is zero or more apostrophes followed by a trigger: the
// shape neutralise() guards, and, with at least one apostrophe, the shape it
// produces.
bool guardedShape(std::string_view cell, std::size_t minApostrophes)
{
    std::size_t i = 0;
    while (i < cell.size() && cell[i] == '\'')
        ++i;
    return i >= minApostrophes && i < cell.size() && isTrigger(cell[i]);
}

// Written once the buffer holds this much, so writing is a few big writes.
constexpr std::size_t kFlushBytes = 1 << 20;

} // namespace

std::string neutralise(std::string_view cell)
{
    if (!guardedShape(cell, 0))
        return std::string(cell);
    std::string out;
    out.reserve(cell.size() + 1);
    out.push_back('\'');
    out.append(cell);
    return out;
}

std::string unneutralise(std::string_view cell)
{
    if (!guardedShape(cell, 1))
        return std::string(cell); // e.g. "'hello": an apostrophe the user typed
    return std::string(cell.substr(1));
}

namespace {

bool nameChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// A header name that needs no quotes in any locale: letters, digits, underscores.
bool plainName(std::string_view name)
{
    return !name.empty() && std::all_of(name.begin(), name.end(), nameChar);
}

} // namespace

bool hasFloorboardMark(std::string_view start, char delimiter)
{
    if (start.substr(0, 3) == "\xEF\xBB\xBF")
        start.remove_prefix(3);
    if (start.size() < 4 || start.front() != '"')
        return false;
    std::size_t i = 1;
    while (i < start.size() && nameChar(start[i]))
        ++i;
    // Then the closing quote, the delimiter, and an unquoted second name.
    return i > 1 && i + 2 < start.size() && start[i] == '"' && start[i + 1] == delimiter && start[i + 2] != '"';
}

struct CsvWriter::Impl final {
    AtomicFile file;
    WriterOptions options;
    std::string buffer;
    Status written; // the first failed write, kept for commit()
    bool committed = false;

    explicit Impl(const QString& path) : file(path) {}

    void flush()
    {
        if (buffer.empty() || !written)
            return;
        written = file.write(buffer);
        buffer.clear();
    }
};

void appendField(std::string& line, std::string_view value, char delimiter)
{
    // Quotes where RFC 4180 needs them, and around any cell holding the
    // delimiter of another common locale (, ; | or TAB): a spreadsheet that
    // splits on it would otherwise start a new cell there, and "x;=1+1" would
    // become a formula cell. Leading or trailing spaces are not quoted:
    // Floorboard's reader and spreadsheets keep them anyway.
    static constexpr std::string_view kSpecial = ",;|\t\"\r\n";
    if (value.find_first_of(kSpecial) == std::string_view::npos && value.find(delimiter) == std::string_view::npos) {
        line.append(value);
        return;
    }
    line.push_back('"');
    for (char c : value) {
        if (c == '"')
            line.push_back('"');
        line.push_back(c);
    }
    line.push_back('"');
}

WriterOptions excelOptions(const QLocale& locale, WriterOptions base)
{
    base.delimiter = excelDelimiter(locale);
    base.bom = true;
    base.excel = locale;
    return base;
}

namespace {

// A number or date the locale's way ("0,68", "7/6/2026 8:12 AM"): quoted only
// where RFC 4180 needs it. Its comma is a decimal mark made by excelCell from
// digits, never text that could start a cell or a formula in a spreadsheet
// splitting on commas, so the quotes appendField adds for that would be noise.
void appendLocaleCell(std::string& line, const std::string& value, char delimiter)
{
    if (value.find(delimiter) == std::string::npos && value.find_first_of("\"\r\n") == std::string::npos)
        line.append(value);
    else
        appendField(line, value, delimiter);
}

} // namespace

void appendRow(std::string& out, const std::vector<std::string>& fields, const std::vector<bool>& textMask,
               const WriterOptions& options, const std::vector<int>& decimals)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.push_back(options.delimiter);
        // Cells past the end of a shorter mask count as text, like an empty mask.
        const bool text = i >= textMask.size() || textMask[i];
        if (text && options.neutralise)
            appendField(out, neutralise(fields[i]), options.delimiter);
        else if (!text && options.excel)
            appendLocaleCell(out, excelCell(fields[i], *options.excel, i < decimals.size() ? decimals[i] : -1),
                             options.delimiter);
        else
            appendField(out, fields[i], options.delimiter);
    }
    // A row of one empty field would read back as a blank line, so it is quoted.
    if (fields.size() == 1 && fields[0].empty())
        out.append("\"\"");
    out.append(options.crlf ? "\r\n" : "\n");
}

std::string textCell(std::string_view cell, char delimiter)
{
    std::string out;
    appendField(out, neutralise(cell), delimiter);
    return out;
}

std::string numberCell(const std::optional<double>& value)
{
    if (!value)
        return {};
    char buf[32];
    const auto res = std::to_chars(buf, buf + sizeof buf, *value);
    return std::string(buf, res.ptr);
}

CsvWriter::CsvWriter(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}

// Without commit() AtomicFile's destructor discards the temporary file, so
// the target keeps its previous bytes.
CsvWriter::~CsvWriter() = default;

Result<std::unique_ptr<CsvWriter>> CsvWriter::create(const QString& path, const WriterOptions& options)
{
    auto impl = std::make_unique<Impl>(path);
    impl->options = options;
    if (auto opened = impl->file.open(); !opened)
        return opened.error();
    if (options.bom)
        impl->buffer.append("\xEF\xBB\xBF");
    return std::unique_ptr<CsvWriter>(new CsvWriter(std::move(impl)));
}

void CsvWriter::writeRow(const std::vector<std::string>& fields, const std::vector<bool>& textMask,
                         const std::vector<int>& decimals)
{
    if (d->committed)
        return;
    appendRow(d->buffer, fields, textMask, d->options, decimals);
    if (d->buffer.size() >= kFlushBytes)
        d->flush();
}

void CsvWriter::writeHeader(const std::vector<std::string>& names)
{
    if (!d->options.neutralise || names.size() < 2 || !plainName(names[0]) || !plainName(names[1])) {
        // Without the guard there is nothing for import to undo: no mark.
        writeRow(names);
        return;
    }
    std::vector<std::string> rest(names.begin() + 1, names.end());
    d->buffer.append("\"").append(names.front()).append("\"");
    d->buffer.push_back(d->options.delimiter);
    appendRow(d->buffer, rest, {}, d->options);
}

Status CsvWriter::commit()
{
    if (d->committed)
        return Error{QStringLiteral("already committed"), d->file.fileName(), 0, {}, {}, false};
    d->flush();
    d->committed = true;
    if (!d->written)
        return d->written;
    return d->file.commit();
}

} // namespace fb::csv
