// Schema version 10: the secondary indexes the Interactions page's filters
// and orders need (newest first; one agent's contacts by date). They are
// built lazily (InteractionIndexes.h): this migration builds them only on an
// empty table, where it costs nothing, and leaves a table with rows to the
// first reader that needs them, so opening a large database never builds
// them on the GUI thread (docs/benchmarks.md, "Lazy interaction indexes").
#include "store/InteractionIndexes.h"
#include "store/Query.h"
#include "store/Sql.h"

namespace fb::store {

// The index on started_at also holds interaction_id (the table's key), so
// "newest first" and its cursor are one index walk; the one on agent_id
// serves an agent's (and a team's) contacts of some weeks, which is every
// drill-down from a figure.
const char* const kSchemaInteractionIndexes = R"sql(
CREATE INDEX IF NOT EXISTS interactions_started ON interactions(started_at);
CREATE INDEX IF NOT EXISTS interactions_agent_started ON interactions(agent_id, started_at);
)sql";

namespace {

Result<bool> tableEmpty(sql::Connection& db)
{
    Query q(db, "SELECT NOT EXISTS (SELECT 1 FROM interactions)", {});
    const bool empty = q.next() && q.integer(0) != 0;
    if (!q.ok())
        return q.error();
    return empty;
}

Status whenEmpty(sql::Connection& db, const char* statements)
{
    const auto empty = tableEmpty(db);
    if (!empty)
        return empty.error();
    return *empty ? db.exec(statements) : Status();
}

} // namespace

// Migration 10's step (Migrations.cpp).
Status migrateInteractionIndexes(sql::Connection& db);
Status migrateInteractionIndexes(sql::Connection& db)
{
    return whenEmpty(db, kSchemaInteractionIndexes);
}

Status dropInteractionIndexesForBulkLoad(sql::Connection& db)
{
    return whenEmpty(db, "DROP INDEX IF EXISTS interactions_started; DROP INDEX IF EXISTS interactions_agent_started;");
}

bool isLazyInteractionIndex(const std::string& name)
{
    return name == "interactions_started" || name == "interactions_agent_started";
}

} // namespace fb::store
