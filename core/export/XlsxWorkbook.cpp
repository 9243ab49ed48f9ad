#include "export/XlsxWorkbook.h"

#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <xlsxwriter.h>

namespace fb::exporting {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::exporting::XlsxWorkbook)
};

constexpr double kMaxWidth = 60; // a long comment wraps in Excel instead of pushing the table off screen

std::optional<double> readNumber(std::string_view s)
{
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

bool digits(std::string_view s, size_t at, size_t n)
{
    if (s.size() < at + n)
        return false;
    return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(at), s.begin() + static_cast<std::ptrdiff_t>(at + n),
                       [](char c) { return c >= '0' && c <= '9'; });
}

int part(std::string_view s, size_t at, size_t n)
{
    int v = 0;
    std::from_chars(s.data() + at, s.data() + at + n, v);
    return v;
}

// "2026-03-02", or with withTime "2026-03-02T09:15[:00[.5]]" (T or space);
// anything else (a zone suffix, a week) stays text.
std::optional<lxw_datetime> readDate(std::string_view s, bool withTime)
{
    if (!digits(s, 0, 4) || s[4] != '-' || !digits(s, 5, 2) || s[7] != '-' || !digits(s, 8, 2))
        return std::nullopt;
    lxw_datetime dt{part(s, 0, 4), part(s, 5, 2), part(s, 8, 2), 0, 0, 0.0};
    if (dt.month < 1 || dt.month > 12 || dt.day < 1 || dt.day > 31 || dt.year < 1900)
        return std::nullopt;
    if (!withTime)
        return s.size() == 10 ? std::optional(dt) : std::nullopt;
    if (s.size() < 16 || (s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2) || s[13] != ':' || !digits(s, 14, 2))
        return std::nullopt;
    dt.hour = part(s, 11, 2);
    dt.min = part(s, 14, 2);
    if (s.size() > 16) {
        const auto sec = s[16] == ':' ? readNumber(s.substr(17)) : std::nullopt;
        if (!sec || *sec < 0 || *sec >= 61)
            return std::nullopt;
        dt.sec = *sec;
    }
    return dt;
}

double textWidth(std::string_view s)
{
    // UTF-8 characters, not bytes: continuation bytes are 10xxxxxx.
    return static_cast<double>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

} // namespace

struct XlsxWorkbook::Impl final {
    explicit Impl(const QString& target) : path(target), out(target) {}
    QString path;
    AtomicFile out;
    QTemporaryDir temp;
    QByteArray tempFile;
    QByteArray tempDir;
    lxw_workbook* book = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* header = nullptr;
    std::vector<lxw_format*> formats; // by CellType
    std::vector<std::string> names;
    std::vector<double> widths;
    std::vector<std::string> columns; // the current sheet's header, for messages
    lxw_row_t row = 0;                // the next row of the current sheet

    ~Impl()
    {
        if (book)
            lxw_workbook_free(book); // dropped without commit(): nothing is written
    }
};

XlsxWorkbook::XlsxWorkbook(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
XlsxWorkbook::~XlsxWorkbook() = default;

Error XlsxWorkbook::fail(const QString& why) const
{
    return Error(why, d->path);
}

Result<std::unique_ptr<XlsxWorkbook>> XlsxWorkbook::create(const QString& path, bool streaming)
{
    auto impl = std::make_unique<Impl>(path);
    // Opened first, so a folder that cannot be written is refused before any work.
    if (auto st = impl->out.open(); !st)
        return st.error();
    if (!impl->temp.isValid())
        return Error(Tr::tr("cannot create a temporary folder for the workbook: %1").arg(impl->temp.errorString()),
                     path);
    impl->tempFile = QFile::encodeName(impl->temp.filePath(QStringLiteral("workbook.xlsx")));
    impl->tempDir = QFile::encodeName(impl->temp.path());
    lxw_workbook_options options{};
    options.constant_memory = streaming ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = impl->tempDir.data();
    options.use_zip64 = LXW_TRUE; // a million-row sheet can pass 4 GB of XML before compression
    impl->book = workbook_new_opt(impl->tempFile.constData(), &options);
    if (!impl->book)
        return Error(Tr::tr("cannot start the workbook (out of memory?)"), path);
    impl->header = workbook_add_format(impl->book);
    format_set_bold(impl->header);
    // In CellType's order; text and General need no format.
    for (const char* numFormat : {"", "0", "", "0.0", "0.000", "0.0%", "yyyy-mm-dd", "yyyy-mm-dd hh:mm:ss"}) {
        lxw_format* f = nullptr;
        if (*numFormat) {
            f = workbook_add_format(impl->book);
            format_set_num_format(f, numFormat);
        }
        impl->formats.push_back(f);
    }
    return std::unique_ptr<XlsxWorkbook>(new XlsxWorkbook(std::move(impl)));
}

void XlsxWorkbook::finishSheet()
{
    if (!d->sheet)
        return;
    const auto last = static_cast<lxw_col_t>(d->widths.size() - 1);
    worksheet_freeze_panes(d->sheet, 1, 0);
    worksheet_autofilter(d->sheet, 0, 0, d->row > 1 ? d->row - 1 : 1, last);
    for (lxw_col_t c = 0; c <= last; ++c)
        worksheet_set_column(d->sheet, c, c, std::min(d->widths[c] + 2, kMaxWidth), nullptr);
    d->sheet = nullptr;
}

Status XlsxWorkbook::addSheet(std::string_view name, const std::vector<std::string>& header)
{
    if (header.empty() || header.size() > LXW_COL_MAX)
        return fail(Tr::tr("a sheet needs between 1 and 16,384 columns, not %1").arg(header.size()));
    finishSheet();
    d->names.push_back(sheetName(name, d->names));
    d->sheet = workbook_add_worksheet(d->book, d->names.back().c_str());
    if (!d->sheet)
        return fail(Tr::tr("cannot add the sheet '%1'").arg(QString::fromStdString(d->names.back())));
    d->row = 0;
    d->widths.assign(header.size(), 0);
    d->columns = header;
    for (size_t c = 0; c < header.size(); ++c) {
        worksheet_write_string(d->sheet, 0, static_cast<lxw_col_t>(c), header[c].c_str(), d->header);
        d->widths[c] = textWidth(header[c]) + 2; // room for the filter button
    }
    d->row = 1;
    return {};
}

Status XlsxWorkbook::writeRow(const std::vector<std::string>& fields, const std::vector<CellType>& types)
{
    if (!d->sheet)
        return fail(Tr::tr("a row was written before its sheet was started"));
    if (d->row >= LXW_ROW_MAX)
        return fail(Tr::tr("more rows than an Excel sheet holds (1,048,576 with the header); export CSV instead"));
    const size_t n = std::min(fields.size(), d->widths.size());
    for (size_t c = 0; c < n; ++c) {
        const std::string& field = fields[c];
        if (field.empty())
            continue; // a blank cell
        const auto col = static_cast<lxw_col_t>(c);
        const CellType type = c < types.size() ? types[c] : CellType::Text;
        lxw_format* format = d->formats[static_cast<size_t>(type)];
        lxw_error err = LXW_NO_ERROR;
        double width = textWidth(field);
        bool written = false;
        if (type == CellType::Date || type == CellType::DateTime) {
            if (auto dt = readDate(field, type == CellType::DateTime)) {
                err = worksheet_write_datetime(d->sheet, d->row, col, &*dt, format);
                width = type == CellType::Date ? 10 : 19;
                written = true;
            }
        } else if (type != CellType::Text) {
            if (auto v = readNumber(field)) {
                err = worksheet_write_number(d->sheet, d->row, col, *v, format);
                if (type == CellType::Percent)
                    width = 7;
                else if (type == CellType::OneDecimal || type == CellType::ThreeDecimals)
                    width = std::to_string(static_cast<long long>(std::abs(*v))).size() + (*v < 0 ? 1 : 0) +
                            (type == CellType::OneDecimal ? 2 : 4);
                written = true;
            }
        }
        if (!written) // text, or a value that does not read as its column's type: a string, never a formula
            err = worksheet_write_string(d->sheet, d->row, col, field.c_str(), nullptr);
        if (err != LXW_NO_ERROR)
            return Error(Tr::tr("sheet '%1', row %2: cannot write the cell: %3")
                             .arg(QString::fromStdString(d->names.back()))
                             .arg(d->row + 1)
                             .arg(QString::fromUtf8(lxw_strerror(err))),
                         d->path, 0, QString::fromStdString(d->columns[c]));
        d->widths[c] = std::max(d->widths[c], width);
    }
    ++d->row;
    return {};
}

Status XlsxWorkbook::commit()
{
    finishSheet();
    if (d->names.empty())
        return fail(Tr::tr("a workbook needs at least one sheet"));
    const lxw_error closed = workbook_close(d->book); // frees the workbook whatever the result
    d->book = nullptr;
    if (closed != LXW_NO_ERROR)
        return fail(Tr::tr("cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(closed))));
    QFile built(QFile::decodeName(d->tempFile));
    if (!built.open(QIODevice::ReadOnly))
        return fail(Tr::tr("cannot read the workbook back from the temporary folder: %1").arg(built.errorString()));
    // Copied through the one atomic writer, in pieces, so memory stays bounded.
    constexpr qint64 kChunk = 1 << 20;
    while (!built.atEnd()) {
        const QByteArray piece = built.read(kChunk);
        if (piece.isEmpty() && !built.atEnd())
            return fail(Tr::tr("cannot read the workbook back from the temporary folder: %1").arg(built.errorString()));
        if (auto st = d->out.write(piece); !st)
            return st;
    }
    return d->out.commit();
}

std::string sheetName(std::string_view wanted, const std::vector<std::string>& taken)
{
    std::string base;
    for (char c : wanted)
        base.push_back(std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '_');
    while (!base.empty() && base.front() == '\'')
        base.erase(base.begin());
    while (!base.empty() && base.back() == '\'')
        base.pop_back();
    if (base.empty())
        base = "Sheet";
    // Cuts at a character boundary to at most `chars` UTF-8 characters.
    auto cut = [](std::string s, size_t chars) {
        size_t count = 0;
        for (size_t i = 0; i < s.size(); ++i)
            if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++count > chars)
                return s.substr(0, i);
        return s;
    };
    auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return s;
    };
    auto isTaken = [&](const std::string& name) {
        return std::any_of(taken.begin(), taken.end(), [&](const std::string& t) { return lower(t) == lower(name); });
    };
    std::string name = cut(base, LXW_SHEETNAME_MAX);
    for (int i = 2; isTaken(name); ++i) {
        const std::string suffix = " (" + std::to_string(i) + ")";
        name = cut(base, LXW_SHEETNAME_MAX - suffix.size()) + suffix;
    }
    return name;
}

bool isXlsxPath(const QString& path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

} // namespace fb::exporting
