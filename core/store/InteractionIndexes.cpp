// The lazy half of the interaction indexes (InteractionIndexes.h): whether
// they are missing, and building them once, with progress and Cancel, for
// the first reader that needs them.
#include "store/InteractionIndexes.h"

#include "store/Database.h"
#include "store/InteractionQuery.h"
#include "store/Query.h"
#include "store/Transaction.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <algorithm>

namespace fb::store {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::InteractionIndexes)
};

// SQLite calls the progress handler every kStepsPerCall virtual-machine
// steps. CREATE INDEX takes 9 to 10 steps per row and index (measured with
// SQLite 3.40 on 100,000 demo rows), so that is the estimate of the total;
// the sort itself runs inside single steps, which is why it is an estimate.
constexpr int kStepsPerCall = 1000;
constexpr qint64 kStepsPerRowAndIndex = 10;

struct Build {
    const std::function<void(qint64, qint64)>* progress;
    const std::atomic_bool* cancel;
    qint64 total = 0;
    qint64 done = 0;
    bool interrupted = false; // onSteps stopped SQLite: its failure is the cancel
};

int onSteps(void* context)
{
    auto* build = static_cast<Build*>(context);
    if (build->cancel && build->cancel->load(std::memory_order_relaxed)) {
        build->interrupted = true;
        return 1; // SQLite interrupts the statement; the transaction rolls back
    }
    build->done = std::min(build->done + kStepsPerCall, build->total - 1);
    if (*build->progress)
        (*build->progress)(build->done, build->total);
    return 0;
}

Result<qint64> missingIndexes(Database& db, const QString& what)
{
    const auto present =
        db.isSiteServer()
            ? scalar(db,
                     "SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname IN "
                     "('interactions_started', 'interactions_agent_started')",
                     what)
            : scalar(db,
                     "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                     "('interactions_started', 'interactions_agent_started')",
                     what);
    if (!present)
        return present.error();
    return 2 - *present;
}

// SQLite builds the indexes with the progress handler reporting and polling
// cancel; the rollups count every row, so the total costs no scan of the table.
Status buildWithSteps(Database& db, Build& build, qint64 missing, const QString& what)
{
    Query rows(db, "SELECT total(interactions) FROM interaction_rollups", what);
    const double count = rows.next() ? rows.real(0) : 0.0;
    if (!rows.ok())
        return rows.error();
    build.total = std::max<qint64>(1, qint64(count) * kStepsPerRowAndIndex * missing);
    sqlite3* handle = db.sql().getHandle();
    sqlite3_progress_handler(handle, kStepsPerCall, &onSteps, &build);
    auto st = execute(db, kSchemaInteractionIndexes, what);
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (!st && build.interrupted)
        return Error::plain(Tr::tr("cancelled"));
    return st;
}

} // namespace

Result<bool> interactionIndexesPending(Database& db)
{
    const auto missing = missingIndexes(db, Tr::tr("cannot read the schema"));
    if (!missing)
        return missing.error();
    return *missing > 0;
}

Status buildInteractionIndexes(Database& db, const std::function<void(qint64 done, qint64 total)>& progress,
                               const std::atomic_bool* cancel)
{
    auto pending = interactionIndexesPending(db);
    if (!pending || !pending.value())
        return pending ? Status{} : Status{pending.error()};
    if (db.isReadOnly())
        return Error{Tr::tr("is read-only: the interaction indexes cannot be built, so the contact list is read "
                            "without them"),
                     db.path()};
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const QString what = Tr::tr("cannot build the interaction indexes");
    Build build{&progress, cancel};
    // Again inside the write lock: another connection may have built some meanwhile.
    const auto missing = missingIndexes(db, what);
    if (!missing)
        return missing.error();
    if (*missing == 0)
        return {};
    if (!db.isSiteServer()) {
        if (auto st = buildWithSteps(db, build, *missing, what); !st)
            return st;
    } else {
        // PostgreSQL reports no steps while it builds: 0, then done; a
        // cancel counts until the build starts.
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Error::plain(Tr::tr("cancelled"));
        build.total = 1;
        if (progress)
            progress(0, build.total);
        if (auto st = execute(db, kSchemaInteractionIndexes, what); !st)
            return st;
    }
    if (auto st = (*tx)->commit(); !st)
        return st;
    if (progress)
        progress(build.total, build.total);
    return {};
}

} // namespace fb::store
