#pragma once

#include "common/Error.h"
#include "domain/Kinds.h"
#include "store/InteractionQuery.h"

#include <QLocale>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace fb::store {
class Database;
}

namespace fb::exporting {

struct ExportOptions final {
    Kind kind = Kind::Agents;
    QString file;
    bool raw = false; // no formula neutralisation
    // "Excel on this computer" in this locale (csv::excelOptions): BOM, its
    // separator, decimal mark and short dates; unset: machine CSV.
    std::optional<QLocale> excel;
    // Pulses: anonymous responses (no agent_id) are left out unless asked
    // for, since each carries its team, week and comment (docs/scorecard.md).
    bool includeAnonymous = false;
    // Interactions: only these rows, in this order (what the Interactions
    // page shows); all of them in key order when absent.
    std::optional<store::InteractionQuery> interactions = std::nullopt;
};

struct ExportCount final {
    qint64 rows = 0;             // rows written
    qint64 anonymousLeftOut = 0; // pulses: anonymous responses not written
};

// Writes a kind in its canonical format (docs/csv-formats.md), atomically.
Result<ExportCount> runExport(store::Database& db, const ExportOptions& options,
                              const std::function<void(qint64 rows)>& progress = {},
                              const std::atomic_bool* cancel = nullptr);

} // namespace fb::exporting
