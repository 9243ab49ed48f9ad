#pragma once

#include "common/Error.h"
#include "domain/Kinds.h"

#include <QString>

#include <atomic>
#include <functional>

namespace fb::store {
class Database;
}

namespace fb::exporting {

struct ExportOptions final {
    Kind kind = Kind::Agents;
    QString file;
    bool raw = false;   // no formula neutralisation
    bool excel = false; // UTF-8 with BOM
};

// Writes a kind in its canonical format (docs/csv-formats.md), atomically.
// Returns the number of rows written.
Result<qint64> runExport(store::Database& db, const ExportOptions& options,
                         const std::function<void(qint64 rows)>& progress = {},
                         const std::atomic_bool* cancel = nullptr);

} // namespace fb::exporting
