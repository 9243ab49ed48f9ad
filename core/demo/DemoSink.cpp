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
    // Batches as an import writes them: on a site server one COPY for
    // thousands of rows instead of a round trip for each.
    m_batch = m_writer->canInsertAll() ? m_writer->batchRows() : 0;
    m_pending.clear();
    return {};
}

Status DbSink::row(const std::vector<Value>& row)
{
    if (m_batch == 0)
        return writeOne(row);
    m_pending.push_back(row);
    return int(m_pending.size()) < m_batch ? Status{} : flush();
}

Status DbSink::flush()
{
    if (m_batch > 0 && int(m_pending.size()) == m_batch) {
        auto all = m_writer->insertAll(m_pending);
        if (!all)
            return all.error();
        if (*all) {
            m_pending.clear();
            return {};
        }
    }
    // A short last batch, or one refused: row by row, each with its outcome.
    for (const auto& pending : m_pending)
        if (auto st = writeOne(pending); !st)
            return st;
    m_pending.clear();
    return {};
}

Status DbSink::writeOne(const std::vector<Value>& row)
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
    Status st = flush();
    if (st)
        st = m_writer->finish();
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
