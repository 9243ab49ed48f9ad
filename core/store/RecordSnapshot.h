#pragma once

// A record's rows in every table it spans, as one JSON text, and back:
// record_history keeps these snapshots, so an edit can be shown as it was and
// a delete undone exactly (same ids, same NULLs, same values). Private to
// core/store; the callers run inside their own transaction. `what` leads a
// failure's reason ("what: <the engine's message>"), as the caller words it.
#include "common/Error.h"
#include "store/RecordStore.h"

#include <QString>

#include <string>

namespace fb::store {

class Database;

// "evaluation" or "coaching_note", as record_history.kind holds it.
const char* historyKind(RecordKind kind);
// The record's rows, or an empty string when there is no such record. For
// callers that change the record: on a site server its row stays locked
// until the caller's transaction ends.
Result<std::string> snapshotRecord(Database& db, RecordKind kind, const std::string& id, const QString& what);
// Inserts every row of the snapshot again (the record must not exist).
Status restoreRecord(Database& db, RecordKind kind, const std::string& snapshot, const QString& what);
// Deletes the record's rows (children go with it: ON DELETE CASCADE).
Status deleteRecordRows(Database& db, RecordKind kind, const std::string& id, const QString& what);
Status writeHistory(Database& db, RecordKind kind, const std::string& id, const char* action, const std::string& by,
                    const std::string& snapshot, const QString& what);

} // namespace fb::store
