#pragma once

#include "common/Error.h"

#include <string>

namespace fb::store {

namespace sql {
class Connection;
}

// The secondary indexes of interactions (schema version 10) are built
// lazily: an import into an empty table drops them and leaves them unbuilt,
// and buildInteractionIndexes() (InteractionQuery.h) builds them the first
// time a reader needs them. Their absence is the mark: sqlite_master (on a
// site server, pg_indexes) says
// which are missing, so no flag can disagree with the schema.

// Both CREATE INDEX IF NOT EXISTS statements (SchemaInteractionIndexes.cpp).
extern const char* const kSchemaInteractionIndexes;

// Inside the writer's transaction: when the interactions table is empty,
// drops whichever of the indexes exist, so a bulk load appends to the table
// alone. A rollback brings them back with everything else.
Status dropInteractionIndexesForBulkLoad(sql::Connection& db);

// One of the lazily built indexes: a genuine database may lack it (the probe
// accepts that, and nothing else missing).
bool isLazyInteractionIndex(const std::string& name);

} // namespace fb::store
