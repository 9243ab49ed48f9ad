#pragma once

#include "common/Error.h"

namespace SQLite {
class Database;
}

namespace fb::store {

// Forward migrations: migration N takes the schema from version N-1 to N.
// Each runs in its own transaction together with its user_version bump, so
// a failed migration leaves the previous version intact.
int latestSchemaVersion();
// Runs the migrations up to `target` (the latest when -1).
Status migrate(SQLite::Database& db, int target = -1);

} // namespace fb::store
