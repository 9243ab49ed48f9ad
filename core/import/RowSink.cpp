#include "import/RowSink.h"

#include "import/Importer.h"
#include "import/References.h"
#include "import/RejectsFile.h"
#include "store/RowWriter.h"

#include <QCoreApplication>

#include <iterator>
#include <utility>

namespace fb::import {
namespace {

// The Tr::tr() of this file, under the importer's context: the conflict
// message was written there first and keeps its translation.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::import::Importer)
};

} // namespace

RowSink::RowSink(Parts parts, bool batching) : m_parts(std::move(parts))
{
    if (!batching)
        return;
    m_batch = m_parts.writer.batchRows();
    m_rows.resize(size_t(m_batch));
    m_lines.resize(size_t(m_batch));
    m_fields.resize(size_t(m_batch));
}

Status RowSink::write(std::vector<Value>& row, qint64 line, std::vector<std::string>& fields)
{
    if (m_rows.empty())
        return writeOne(row, line, fields);
    // Swapped, not copied: the slots' vectors come back to the reader and the
    // row builder, so their strings' capacity is reused.
    std::swap(row, m_rows[m_pending]);
    m_lines[m_pending] = line;
    if (m_parts.options.skipInvalid) // the rejects file needs the fields of a row refused when written
        std::swap(fields, m_fields[m_pending]);
    if (++m_pending < m_batch)
        return {};
    return flush();
}

Status RowSink::refuse(std::vector<std::string>& fields, qint64 line, std::vector<Error>& errors, size_t before)
{
    if (auto st = flush(); !st)
        return st;
    m_errors.assign(std::make_move_iterator(errors.begin() + std::ptrdiff_t(before)),
                    std::make_move_iterator(errors.end()));
    errors.clear(); // the caller's list only ever holds the row being read
    reject(fields, line);
    return {};
}

Status RowSink::flush()
{
    if (m_batch > 0 && m_pending == m_batch && m_tryBatch) {
        auto all = m_parts.writer.insertAll(m_rows);
        // Not a refusal of one row (a full disk, an I/O error): named at the
        // batch's first line, where the statement began.
        if (!all)
            return Error(all.error().reason, m_parts.options.file, m_lines.front());
        if (all.value()) {
            m_parts.report.inserted += m_batch;
            m_pending = 0;
            return {};
        }
    }
    const int pending = m_pending;
    m_pending = 0;
    const qint64 insertedBefore = m_parts.report.inserted;
    for (int i = 0; i < pending; ++i)
        if (auto st = writeOne(m_rows[i], m_lines[i], m_fields[i]); !st)
            return st;
    // A re-import (--update, or a file partly imported before) meets stored
    // keys batch after batch: each refused statement would be work thrown
    // away (10 % more CPU on a whole file imported again). So after a batch
    // with a row that was not new, the next batch goes row by row too, and
    // batches resume after one whose rows were all new.
    if (pending == m_batch)
        m_tryBatch = m_parts.report.inserted - insertedBefore == m_batch;
    return {};
}

Status RowSink::writeOne(const std::vector<Value>& row, qint64 line, std::vector<std::string>& fields)
{
    auto outcome = m_parts.writer.write(row);
    if (!outcome)
        return Error(outcome.error().reason, m_parts.options.file, line);
    switch (outcome.value()) {
    case store::RowWriter::Outcome::Inserted:
        ++m_parts.report.inserted;
        break;
    case store::RowWriter::Outcome::Replaced:
        ++m_parts.report.replaced;
        break;
    case store::RowWriter::Outcome::Unchanged:
        ++m_parts.report.unchanged;
        break;
    case store::RowWriter::Outcome::Conflict:
        // Agents created for this row go with it; without batching this row
        // is always the last one References resolved.
        if (auto st = m_parts.refs.undoRow(); !st)
            return st;
        m_errors.clear();
        m_errors.emplace_back(Tr::tr("%1 already exists with different values; use %2 to replace it")
                                  .arg(m_parts.keyName, m_parts.options.updateOptionName),
                              m_parts.options.file, line, m_parts.keyName, QString::fromStdString(valueToText(row[0])),
                              true);
        reject(fields, line);
        break;
    }
    return {};
}

void RowSink::reject(std::vector<std::string>& fields, qint64 line)
{
    ++m_parts.report.rejected;
    listProblems(m_errors, 0);
    if (m_parts.options.skipInvalid)
        m_parts.rejects.write(std::move(fields), line, m_errors, 0);
    m_errors.clear(); // memory stays bounded: the report holds what it lists
}

void RowSink::listProblems(const std::vector<Error>& errors, size_t from)
{
    auto& report = m_parts.report;
    for (size_t i = from; i < errors.size(); ++i)
        if (int(report.problems.size()) < m_parts.options.listedProblems)
            report.problems.push_back(errors[i]);
    report.problemCount += qint64(errors.size() - from);
}

} // namespace fb::import
