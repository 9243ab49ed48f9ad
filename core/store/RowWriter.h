#pragma once

#include "common/Error.h"
#include "domain/Kinds.h"
#include "domain/Value.h"

#include <memory>
#include <vector>

namespace fb::store {

class Database;

// Writes validated rows of one kind (values in KindSpec column order) inside
// the caller's Transaction. Interactions also feed the per-agent per-week
// rollups, flushed by finish().
class RowWriter final {
public:
    enum class Mode {
        InsertNew, // a row whose key exists is Unchanged when equal, else a Conflict (nothing written)
        Replace,   // a row whose key exists is replaced (Replaced), or Unchanged when equal
    };
    enum class Outcome { Inserted, Unchanged, Replaced, Conflict };

    // spec must be the effective spec (withRubric() for qa_evaluations).
    static Result<std::unique_ptr<RowWriter>> create(Database& db, const KindSpec& spec, Mode mode);
    ~RowWriter();
    RowWriter(const RowWriter&) = delete;
    RowWriter& operator=(const RowWriter&) = delete;

    Result<Outcome> write(const std::vector<Value>& row);

    // Rows insertAll() takes at once in a file: one statement for
    // kBatchRows rows spends SQLite's per-statement work (binding setup, the
    // halt that ends each statement) once per batch instead of once per row.
    static constexpr int kBatchRows = 32;
    // On a site server a batch is one COPY: every statement there is a round
    // trip, and COPY streams the rows in without planning anything.
    static constexpr int kServerBatchRows = 4096;
    // The batch insertAll() takes on this writer's database.
    [[nodiscard]] int batchRows() const;
    // Whether insertAll() may be used: not for a kind whose rows also write
    // qa_scores (those need their own statements per row).
    [[nodiscard]] bool canInsertAll() const;
    // Inserts exactly batchRows() rows with one plain INSERT (a COPY on a
    // site server), all or none:
    // true when every row was new (each is then Inserted, rollups added in
    // row order); false when any key already existed or any constraint
    // failed, in which case SQLite backed out the whole statement, nothing
    // was written, and the caller writes the rows one by one with write()
    // to get each row's own outcome or error.
    Result<bool> insertAll(const std::vector<std::vector<Value>>& rows);
    // Writes what is buffered (interaction rollups). Call before commit.
    Status finish();

private:
    struct Impl;
    explicit RowWriter(std::unique_ptr<Impl> impl);
    Result<bool> copyAll(const std::vector<std::vector<Value>>& rows);
    std::unique_ptr<Impl> d;
};

} // namespace fb::store
