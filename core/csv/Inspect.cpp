#include "csv/Inspect.h"

#include "csv/CsvReader.h"
#include "csv/Utf8Text.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <string_view>

namespace fb::csv {

namespace {

// Ragged-row problems kept in a report; the rest are counted in one line.
constexpr qint64 kMaxRaggedProblems = 1000;

QString fromUtf8(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

void headerProblems(const Record& header, std::vector<Problem>& problems)
{
    QHash<QString, std::vector<std::size_t>> columns;
    std::vector<QString> order; // names in first-seen order: stable messages
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const QString name = fromUtf8(header.fields[i]);
        if (name.trimmed().isEmpty()) {
            problems.push_back({header.line, QStringLiteral("empty header name in column %1").arg(i + 1)});
            continue;
        }
        auto& seen = columns[name];
        if (seen.empty())
            order.push_back(name);
        seen.push_back(i + 1);
    }
    for (const QString& name : order) {
        const auto& seen = columns[name];
        if (seen.size() < 2)
            continue;
        QStringList numbers;
        for (std::size_t column : seen)
            numbers << QString::number(column);
        problems.push_back({header.line, QStringLiteral("duplicate header name \"%1\" in columns %2")
                                             .arg(name, numbers.join(QStringLiteral(", ")))});
    }
}

// JSON string with the escapes RFC 8259 requires, from UTF-8. Runs of bytes
// that need no escape are appended at once: a call per byte made `inspect
// --json` cost more than reading the file (fuzz_inspect's profile).
void appendJsonUtf8(QByteArray& out, std::string_view utf8)
{
    out.append('"');
    std::size_t run = 0; // start of the bytes not yet appended
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.data() + run, qsizetype(i - run));
        run = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default: {
            static constexpr char kHex[] = "0123456789abcdef";
            const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(utf8.data() + run, qsizetype(utf8.size() - run));
    out.append('"');
}

void appendJsonString(QByteArray& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    appendJsonUtf8(out, std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

// A cell as read: invalid UTF-8 (possible only with a forced encoding)
// becomes U+FFFD through QString, so the output stays valid; well-formed
// text, nearly every cell, is escaped as it is. A cell starting with U+FEFF
// goes through QString too, which drops it, as the JSON always did.
void appendJsonCell(QByteArray& out, const std::string& value)
{
    if (!std::string_view(value).starts_with("\xEF\xBB\xBF") && invalidUtf8At(value) == kValidUtf8)
        appendJsonUtf8(out, value);
    else
        appendJsonString(out, fromUtf8(value));
}

void appendJsonArray(QByteArray& out, const std::vector<std::string>& values)
{
    out.append('[');
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendJsonCell(out, values[i]);
    }
    out.append(']');
}

// One cell of the text table: line breaks shown as ↵, long text cut with …
QString cell(const std::string& value, int width)
{
    QString text = fromUtf8(value);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("↵"));
    text.replace(QLatin1Char('\n'), QStringLiteral("↵"));
    text.replace(QLatin1Char('\r'), QStringLiteral("↵"));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    if (text.size() > width)
        text = text.left(width - 1) + QStringLiteral("…");
    return text;
}

} // namespace

Result<InspectReport> inspect(const QString& path, const InspectOptions& options)
{
    auto opened = CsvReader::open(path, options.reader);
    if (!opened)
        return opened.error();
    CsvReader& reader = *opened.value();

    InspectReport report;
    report.file = path;
    std::vector<Problem> problems;
    Record record;
    std::size_t expected = 0; // fields per record, from the header or the first record
    bool first = true;
    qint64 ragged = 0;
    while (reader.next(record)) {
        if (first) {
            first = false;
            expected = record.fields.size();
            if (!options.noHeader) {
                report.header = record.fields;
                headerProblems(record, problems);
                continue;
            }
        } else if (record.fields.size() != expected && !reader.failed()) {
            // (A record cut short by a quote never closed is reported as that.)
            if (++ragged <= kMaxRaggedProblems)
                problems.push_back(
                    {record.line, QStringLiteral("record has %1 fields, %2 has %3")
                                      .arg(record.fields.size())
                                      .arg(options.noHeader ? QStringLiteral("first record") : QStringLiteral("header"))
                                      .arg(expected)});
        }
        ++report.rowCount;
        if (options.maxRows < 0 || static_cast<qint64>(report.rows.size()) < options.maxRows)
            report.rows.push_back(record.fields);
    }
    report.encoding = reader.encoding();
    report.delimiter = reader.delimiter();
    report.lineEnding = reader.lineEnding();

    if (first)
        problems.push_back({0, QStringLiteral("file is empty")});
    problems.insert(problems.end(), reader.problems().begin(), reader.problems().end());
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem& a, const Problem& b) { return a.line < b.line; });
    if (ragged > kMaxRaggedProblems)
        problems.push_back(
            {0, QStringLiteral("%1 more records have a different number of fields").arg(ragged - kMaxRaggedProblems)});
    if (reader.problemsOmitted() > 0)
        problems.push_back({0, QStringLiteral("%1 more quoting problems not listed").arg(reader.problemsOmitted())});
    report.problems = std::move(problems);
    return report;
}

QByteArray inspectJson(const InspectReport& report)
{
    // Written by hand, not with QJsonObject, to keep the documented key order.
    QByteArray out;
    out.append("{\"encoding\":");
    appendJsonString(out, encodingName(report.encoding));
    out.append(",\"delimiter\":");
    appendJsonString(out, delimiterName(report.delimiter));
    out.append(",\"line_ending\":");
    appendJsonString(out, lineEndingName(report.lineEnding));
    out.append(",\"header\":");
    appendJsonArray(out, report.header);
    out.append(",\"rows\":[");
    for (std::size_t i = 0; i < report.rows.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendJsonArray(out, report.rows[i]);
    }
    out.append("],\"row_count\":");
    out.append(QByteArray::number(report.rowCount));
    out.append(",\"problems\":[");
    for (std::size_t i = 0; i < report.problems.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append("{\"line\":");
        out.append(QByteArray::number(report.problems[i].line));
        out.append(",\"message\":");
        appendJsonString(out, report.problems[i].message);
        out.append('}');
    }
    out.append("]}");
    return out;
}

QString inspectText(const InspectReport& report)
{
    constexpr int kCellWidth = 20;
    constexpr std::size_t kShownRows = 10;
    QString out;
    out += QStringLiteral("File:        %1\n").arg(report.file);
    out += QStringLiteral("Encoding:    %1\n").arg(encodingName(report.encoding));
    out += QStringLiteral("Delimiter:   %1\n").arg(delimiterName(report.delimiter));
    out += QStringLiteral("Line ending: %1\n").arg(lineEndingName(report.lineEnding));
    if (!report.header.empty()) {
        QStringList names;
        for (const std::string& name : report.header)
            names << fromUtf8(name);
        out += QStringLiteral("Header:      %1 columns: %2\n")
                   .arg(report.header.size())
                   .arg(names.join(QStringLiteral(", ")));
    }
    out += QStringLiteral("Rows:        %1\n").arg(report.rowCount);

    // A small table of the header and the first rows, columns padded to the
    // widest shown cell.
    std::vector<std::vector<QString>> table;
    if (!report.header.empty())
        table.emplace_back();
    for (const std::string& name : report.header)
        table.back().push_back(cell(name, kCellWidth));
    for (std::size_t r = 0; r < report.rows.size() && r < kShownRows; ++r) {
        table.emplace_back();
        for (const std::string& value : report.rows[r])
            table.back().push_back(cell(value, kCellWidth));
    }
    if (!report.rows.empty()) {
        std::vector<qsizetype> widths;
        for (const auto& row : table)
            for (std::size_t c = 0; c < row.size(); ++c) {
                if (widths.size() <= c)
                    widths.push_back(0);
                widths[c] = std::max(widths[c], row[c].size());
            }
        out += QStringLiteral("\nFirst %1 rows:\n").arg(std::min(report.rows.size(), kShownRows));
        for (std::size_t r = 0; r < table.size(); ++r) {
            QString line = QStringLiteral("  ");
            for (std::size_t c = 0; c < table[r].size(); ++c)
                line += (c > 0 ? QStringLiteral(" | ") : QString()) + table[r][c].leftJustified(widths[c]);
            out += line.trimmed().prepend(QStringLiteral("  ")) + QLatin1Char('\n');
            if (r == 0 && !report.header.empty()) {
                QStringList rule;
                for (qsizetype w : widths)
                    rule << QString(w, QLatin1Char('-'));
                out += QStringLiteral("  ") + rule.join(QStringLiteral("-+-")) + QLatin1Char('\n');
            }
        }
    }

    if (report.problems.empty()) {
        out += QStringLiteral("\nProblems: none\n");
    } else {
        out += QStringLiteral("\nProblems (%1):\n").arg(report.problems.size());
        for (const Problem& problem : report.problems) {
            if (problem.line > 0)
                out += QStringLiteral("  line %1: %2\n").arg(problem.line).arg(problem.message);
            else
                out += QStringLiteral("  %1\n").arg(problem.message);
        }
    }
    return out;
}

} // namespace fb::csv
