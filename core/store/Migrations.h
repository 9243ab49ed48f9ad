#pragma once

#include "common/Error.h"

namespace SQLite {
class Database;
}

namespace fb::store {

namespace sql {
class Connection;
}

// Forward migrations: migration N takes the schema from version N-1 to N.
// Each runs in its own transaction together with its version mark, so a
// failed migration leaves the previous version intact. On SQLite the mark is
// PRAGMA user_version (with application_id); on PostgreSQL, where the SQL is
// translated (PgSchema.h), it is the meta table's 'schema_version' row.
int latestSchemaVersion();
// Runs the migrations up to `target` (the latest when -1).
Status migrate(sql::Connection& db, int target = -1);
// The same on a bare SQLite handle (the schema probe's database in memory,
// and tests that build old versions).
Status migrate(SQLite::Database& db, int target = -1);
// The version a database's mark says; 0 for a database without one.
Result<int> storedSchemaVersion(sql::Connection& db);

} // namespace fb::store
