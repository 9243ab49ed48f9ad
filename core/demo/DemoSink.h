#pragma once

// Where the demo generator's rows go: the store (one RowWriter per kind) or
// canonical CSV files (one CsvWriter per kind). Rows arrive kind by kind in
// dependency order, values in KindSpec column order.

#include "common/Error.h"
#include "domain/Kinds.h"
#include "domain/Value.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace fb::store {
class Database;
class RowWriter;
} // namespace fb::store

namespace fb::csv {
class CsvWriter;
}

namespace fb::demo {

class Sink {
public:
    virtual ~Sink() = default;
    virtual Status addTeam(const std::string& team) = 0;
    virtual Status begin(const KindSpec& spec) = 0;
    virtual Status row(const std::vector<Value>& row) = 0;
    virtual Status end() = 0;
};

class DbSink final : public Sink {
public:
    explicit DbSink(store::Database& db);
    ~DbSink() override;
    Status addTeam(const std::string& team) override;
    Status begin(const KindSpec& spec) override;
    Status row(const std::vector<Value>& row) override;
    Status end() override;

private:
    Status flush();
    Status writeOne(const std::vector<Value>& row);

    store::Database& m_db;
    std::unique_ptr<store::RowWriter> m_writer;
    std::string m_kind;
    int m_batch = 0; // rows to a batch (RowWriter::batchRows()); 0 for a kind that goes row by row
    std::vector<std::vector<Value>> m_pending;
};

class CsvSink final : public Sink {
public:
    explicit CsvSink(QString dir);
    ~CsvSink() override;
    Status addTeam(const std::string&) override { return {}; }
    Status begin(const KindSpec& spec) override;
    Status row(const std::vector<Value>& row) override;
    Status end() override;

    // Canonical text of a value into `out` (same bytes as fb::valueToText).
    static void appendText(const Value& v, std::string& out);

private:
    QString m_dir;
    std::unique_ptr<csv::CsvWriter> m_writer;
    std::vector<std::string> m_fields;
    std::vector<bool> m_textMask;
};

} // namespace fb::demo
