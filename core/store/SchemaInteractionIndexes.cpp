// Schema version 10: the secondary indexes the Interactions page's filters
// and orders need (newest first; one agent's contacts by date), and the bulk
// load that builds them once after an import into an empty table instead of
// row by row (docs/benchmarks.md, "What the interaction indexes cost").
#include "store/InteractionIndexes.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace fb::store {

// The index on started_at also holds interaction_id (the table's key), so
// "newest first" and its cursor are one index walk; the one on agent_id
// serves an agent's (and a team's) contacts of some weeks, which is every
// drill-down from a figure.
extern const char* const kSchemaInteractionIndexes;
const char* const kSchemaInteractionIndexes = R"sql(
CREATE INDEX IF NOT EXISTS interactions_started ON interactions(started_at);
CREATE INDEX IF NOT EXISTS interactions_agent_started ON interactions(agent_id, started_at);
)sql";

bool dropInteractionIndexesForBulkLoad(SQLite::Database& db)
{
    if (db.execAndGet("SELECT EXISTS (SELECT 1 FROM interactions)").getInt() != 0)
        return false;
    if (db.execAndGet("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                      "('interactions_started', 'interactions_agent_started')")
            .getInt() != 2)
        return false;
    db.exec("DROP INDEX interactions_started; DROP INDEX interactions_agent_started;");
    return true;
}

void createInteractionIndexes(SQLite::Database& db)
{
    db.exec(kSchemaInteractionIndexes);
}

} // namespace fb::store
