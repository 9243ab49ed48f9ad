#pragma once

#include "common/Error.h"

#include <QString>

namespace SQLite {
class Database;
}

namespace fb::store {

// What Database::open learns about an existing file before it uses it. The
// file may come from someone else, so it is looked at without writing a byte
// and without leaving a -wal or -shm file beside it.
struct ProbedFile {
    int userVersion = 0;
    bool floorboard = false; // false: an SQLite file without tables or marks, to be made a database
};

// Refuses, with a message naming the file and what is wrong with it, a file
// that is not SQLite, is truncated, belongs to another application, was
// written by a newer Floorboard, or whose schema is not exactly Floorboard's
// for its version (an extra table, view, trigger or index, or a changed one).
Result<ProbedFile> probeDatabaseFile(const QString& path);

// True when this process can write the file (or create it) and the folder
// beside it, which WAL needs for its -wal and -shm files.
bool canWriteDatabase(const QString& path);

// The URI SQLite opens for a read-only connection. `immutable` tells SQLite
// that nothing can change the file, so it takes no locks and creates no -shm:
// only safe when no other connection has it open for writing.
std::string readOnlyUri(const QString& path, bool immutable);

// True when no other connection can be writing the file now: no -wal and no
// -journal beside it.
bool noWriterBeside(const QString& path);

// SQLite's settings for files of unknown origin: defensive mode (no writes to
// the schema, no corrupting pragmas) and untrusted schema (no functions with
// side effects in views or triggers). Every Floorboard connection sets them.
void hardenConnection(SQLite::Database& db);

// SQLite's process-wide settings, made once before the first connection
// opens (SQLite takes them only before it initialises): no memory statistics,
// whose global mutex every allocation otherwise takes (about 2 % of an
// import). Called by probeDatabaseFile() and Database::open().
void configureSqliteOnce();

} // namespace fb::store
