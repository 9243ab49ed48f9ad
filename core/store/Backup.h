#pragma once

#include "common/Error.h"

#include <QString>

namespace fb::store {

class Database;

// Writes a consistent copy of the database to target with SQLite's online
// backup, while other connections keep reading and writing; the copy goes to
// a temporary file that replaces target only when complete.
Status backupTo(Database& db, const QString& target);

} // namespace fb::store
