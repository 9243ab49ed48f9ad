#pragma once

// A record's rows in every table it spans, as one JSON text, and back:
// record_history keeps these snapshots, so an edit can be shown as it was and
// a delete undone exactly (same ids, same NULLs, same values). Private to
// core/store; the callers run inside their own transaction and catch
// SQLite::Exception.
#include "store/RecordStore.h"

#include <string>

namespace SQLite {
class Database;
}

namespace fb::store {

// "evaluation" or "coaching_note", as record_history.kind holds it.
const char* historyKind(RecordKind kind);
// The record's rows, or an empty string when there is no such record.
std::string snapshotRecord(SQLite::Database& sql, RecordKind kind, const std::string& id);
// Inserts every row of the snapshot again (the record must not exist).
void restoreRecord(SQLite::Database& sql, RecordKind kind, const std::string& snapshot);
// Deletes the record's rows (children go with it: ON DELETE CASCADE).
void deleteRecordRows(SQLite::Database& sql, RecordKind kind, const std::string& id);
void writeHistory(SQLite::Database& sql, RecordKind kind, const std::string& id, const char* action,
                  const std::string& by, const std::string& snapshot);

} // namespace fb::store
