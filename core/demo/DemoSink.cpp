#include "demo/DemoSink.h"

#include "csv/CsvWriter.h"
#include "store/Catalog.h"
#include "store/RowWriter.h"

#include <QDir>

#include <charconv>

namespace fb::demo {

DbSink::DbSink(store::Database& db) : m_db(db) {}
DbSink::~DbSink() = default;

Status DbSink::addTeam(const std::string& team)
{
    return store::ensureTeam(m_db, team);
}

Status DbSink::begin(const KindSpec& spec)
{
    auto writer = store::RowWriter::create(m_db, spec, store::RowWriter::Mode::InsertNew);
    if (!writer)
        return writer.error();
    m_writer = std::move(writer.value());
    m_kind = spec.name;
    return {};
}

Status DbSink::row(const std::vector<Value>& row)
{
    auto outcome = m_writer->write(row);
    if (!outcome)
        return outcome.error();
    if (*outcome != store::RowWriter::Outcome::Inserted)
        return Error::plain(QStringLiteral("demo: %1 row %2 already exists")
                                .arg(QString::fromStdString(m_kind), QString::fromStdString(valueToText(row[0]))));
    return {};
}

Status DbSink::end()
{
    Status st = m_writer->finish();
    m_writer.reset();
    return st;
}

CsvSink::CsvSink(QString dir) : m_dir(std::move(dir)) {}
CsvSink::~CsvSink() = default;

void CsvSink::appendText(const Value& v, std::string& out)
{
    char buf[64];
    if (const auto* i = std::get_if<qint64>(&v)) {
        const auto res = std::to_chars(buf, buf + sizeof buf, *i);
        out.append(buf, res.ptr);
    } else if (const auto* d = std::get_if<double>(&v)) {
        const auto res = std::to_chars(buf, buf + sizeof buf, *d);
        out.append(buf, res.ptr);
    } else if (const auto* s = std::get_if<std::string>(&v)) {
        out.append(*s);
    }
}

Status CsvSink::begin(const KindSpec& spec)
{
    if (!QDir().mkpath(m_dir))
        return Error{QStringLiteral("cannot create the folder"), m_dir, 0, {}, {}, false};
    const QString path = QDir(m_dir).filePath(QString::fromStdString(spec.name) + QStringLiteral(".csv"));
    auto writer = csv::CsvWriter::create(path);
    if (!writer)
        return writer.error();
    m_writer = std::move(writer.value());
    m_fields.clear();
    m_textMask.clear();
    for (const auto& c : spec.columns) {
        m_fields.push_back(c.name);
        m_textMask.push_back(c.isText());
    }
    m_writer->writeHeader(m_fields); // marked as written by Floorboard (csv::hasFloorboardMark)
    return {};
}

Status CsvSink::row(const std::vector<Value>& row)
{
    m_fields.resize(row.size());
    for (size_t i = 0; i < row.size(); ++i) {
        m_fields[i].clear();
        appendText(row[i], m_fields[i]);
    }
    m_writer->writeRow(m_fields, m_textMask);
    return {};
}

Status CsvSink::end()
{
    Status st = m_writer->commit();
    m_writer.reset();
    return st;
}

} // namespace fb::demo
