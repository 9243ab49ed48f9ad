#pragma once

#include "common/Error.h"

#include <QString>

namespace fb::store {

class Database;

// Writes a consistent copy of the database to target with SQLite's online
// backup, while other connections keep reading and writing; the copy goes to
// a temporary file that replaces target only when complete.
Status backupTo(Database& db, const QString& target);

// Puts a finished database file written beside its target (a backup, a
// pulled site) in the target's place in one step, replacing what was there.
// On failure the partial file is removed and the target left as it was.
Status moveIntoPlace(const QString& partial, const QString& target);

} // namespace fb::store
