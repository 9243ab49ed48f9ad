// The lazy half of the interaction indexes (InteractionIndexes.h): whether
// they are missing, and building them once, with progress and Cancel, for
// the first reader that needs them.
#include "store/InteractionIndexes.h"

#include "store/Database.h"
#include "store/InteractionQuery.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
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
};

int onSteps(void* context)
{
    auto* build = static_cast<Build*>(context);
    if (build->cancel && build->cancel->load(std::memory_order_relaxed))
        return 1; // SQLite interrupts the statement; the transaction rolls back
    build->done = std::min(build->done + kStepsPerCall, build->total - 1);
    if (*build->progress)
        (*build->progress)(build->done, build->total);
    return 0;
}

int missingIndexes(SQLite::Database& db)
{
    return 2 - db.execAndGet("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                             "('interactions_started', 'interactions_agent_started')")
                   .getInt();
}

} // namespace

Result<bool> interactionIndexesPending(Database& db)
{
    try {
        return missingIndexes(db.sql()) > 0;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read the schema"), e);
    }
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
    auto& sql = db.sql();
    Build build{&progress, cancel};
    try {
        // Again inside the write lock: another connection may have built some meanwhile.
        const int missing = missingIndexes(sql);
        if (missing == 0)
            return {};
        // The rollups count every row, so the total costs no scan of the table.
        const auto rows = qint64(sql.execAndGet("SELECT total(interactions) FROM interaction_rollups").getDouble());
        build.total = std::max<qint64>(1, rows * kStepsPerRowAndIndex * missing);
        sqlite3_progress_handler(sql.getHandle(), kStepsPerCall, &onSteps, &build);
        sql.exec(kSchemaInteractionIndexes);
        sqlite3_progress_handler(sql.getHandle(), 0, nullptr, nullptr);
    } catch (const SQLite::Exception& e) {
        sqlite3_progress_handler(sql.getHandle(), 0, nullptr, nullptr);
        if ((e.getErrorCode() & 0xFF) == SQLITE_INTERRUPT)
            return Error::plain(Tr::tr("cancelled"));
        return sqlFailure(db, Tr::tr("cannot build the interaction indexes"), e);
    }
    if (auto st = (*tx)->commit(); !st)
        return st;
    if (progress)
        progress(build.total, build.total);
    return {};
}

} // namespace fb::store
