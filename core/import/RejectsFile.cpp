#include "import/RejectsFile.h"

#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>

namespace fb::import {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::import::RejectsFile)
};

// No formula guard: the rows go back to the system they came from unchanged.
csv::WriterOptions rawOptions(char delimiter)
{
    csv::WriterOptions o;
    o.delimiter = delimiter;
    o.bom = false;
    o.neutralise = false;
    return o;
}

} // namespace

RejectsFile::RejectsFile() = default;
RejectsFile::~RejectsFile() = default;

Status RejectsFile::open(const QString& path, std::vector<std::string> header, char delimiter)
{
    m_spoolDir = std::make_unique<QTemporaryDir>();
    if (!m_spoolDir->isValid())
        return Error{Tr::tr("cannot be written: no temporary folder (%1)").arg(m_spoolDir->errorString()), path};
    // Spooled as: line, reason, the row's fields. Always comma-separated and
    // quoted where needed, so any field survives the round trip.
    auto spool = csv::CsvWriter::create(m_spoolDir->filePath(QStringLiteral("rejects.csv")), rawOptions(','));
    if (!spool)
        return spool.error();
    m_spool = std::move(spool.value());
    m_path = path;
    m_header = std::move(header);
    m_delimiter = delimiter;
    m_width = m_header.size();
    return {};
}

void RejectsFile::write(std::vector<std::string> fields, qint64 line, const std::vector<Error>& errors,
                        size_t firstError)
{
    if (!m_spool)
        return;
    QStringList reasons;
    for (size_t i = firstError; i < errors.size(); ++i) {
        Error e = errors[i];
        e.file.clear();
        e.line = 0;
        reasons << e.toString();
    }
    m_width = std::max(m_width, fields.size());
    fields.insert(fields.begin(), {std::to_string(line), reasons.join(QStringLiteral("; ")).toStdString()});
    m_spool->writeRow(fields);
}

Status RejectsFile::commit()
{
    if (!m_spool)
        return {};
    if (auto st = m_spool->commit(); !st)
        return st;
    m_spool.reset();
    auto out = csv::CsvWriter::create(m_path, rawOptions(m_delimiter));
    if (!out)
        return out.error();
    std::vector<std::string> row = m_header;
    for (size_t i = m_header.size(); i < m_width; ++i)
        row.push_back("extra_" + std::to_string(i - m_header.size() + 1));
    row.emplace_back("reject_line");
    row.emplace_back("reject_reason");
    (*out)->writeRow(row);

    csv::ReaderOptions options;
    options.delimiter = ',';
    options.encoding = csv::Encoding::Utf8;
    options.maxRecordBytes = 0; // our own spool: rows as long as the import allowed (--max-field)
    auto in = csv::CsvReader::open(m_spoolDir->filePath(QStringLiteral("rejects.csv")), options);
    if (!in)
        return in.error();
    csv::Record record;
    while ((*in)->next(record)) {
        if (record.fields.size() < 2)
            continue; // cannot happen: every spooled row starts with its line and reason
        // record: line, reason, fields...; out: fields padded to the width, line, reason.
        row.assign(record.fields.begin() + 2, record.fields.end());
        row.resize(m_width);
        row.push_back(record.fields[0]);
        row.push_back(record.fields[1]);
        (*out)->writeRow(row);
    }
    m_spoolDir.reset();
    return (*out)->commit();
}

} // namespace fb::import
