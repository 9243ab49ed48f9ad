#pragma once

namespace SQLite {
class Database;
}

namespace fb::store {

// Inside the writer's transaction: when the interactions table is empty,
// drops its secondary indexes (true) so a bulk load appends to the table
// alone; createInteractionIndexes() then builds them in one sorted pass
// before the commit. A rollback brings them back with everything else.
// Throws SQLite::Exception.
bool dropInteractionIndexesForBulkLoad(SQLite::Database& db);
void createInteractionIndexes(SQLite::Database& db);

} // namespace fb::store
