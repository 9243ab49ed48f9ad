#pragma once

// The rows of copySite() (SiteTransfer.h): the source read in one snapshot
// and in bounded memory, the target written in multi-row INSERTs with bound
// parameters. Private to core/store.
#include "common/Error.h"

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <memory>

namespace fb::store {

class Database;
struct SiteTable;

// One read-only snapshot of the source for the whole copy, so the rows, their
// counts and the checks all see the same site while others keep writing:
// REPEATABLE READ on a site server, a deferred read transaction on a file.
// Ended (nothing to keep) when destroyed. A source already inside a
// transaction keeps its own.
class SourceSnapshot final {
public:
    static Result<std::unique_ptr<SourceSnapshot>> begin(Database& source);
    ~SourceSnapshot();
    SourceSnapshot(const SourceSnapshot&) = delete;
    SourceSnapshot& operator=(const SourceSnapshot&) = delete;

private:
    explicit SourceSnapshot(Database& source) : m_source(source) {}
    Database& m_source;
};

struct CopyProgress final {
    std::function<void(qint64 done, qint64 total)> report;
    const std::atomic_bool* cancel = nullptr;
    qint64 done = 0;
    qint64 total = 0;
};

// Copies one table's rows from source to target, each value as it is stored
// (integers, doubles to the bit, UTF-8 text, NULL); the number copied.
// Reports progress and polls the cancel before every batch: a cancel is an
// Error ("the copy was cancelled"), and the caller's transaction undoes what
// was written.
Result<qint64> copyTableRows(Database& source, Database& target, const SiteTable& table, CopyProgress& progress);

} // namespace fb::store
