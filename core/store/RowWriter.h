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
    // Writes what is buffered (interaction rollups). Call before commit.
    Status finish();

private:
    struct Impl;
    explicit RowWriter(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace fb::store
