// Schema migration "record history" (version 11 once the interactions
// indexes take 10): the earlier versions of QA evaluations and coaching
// notes. An edit or a delete first writes the record as it was, whole (its
// rows in every table, as JSON), so a list can show "edited 2 times" with
// each earlier version and a delete can be undone exactly.
namespace fb::store {

extern const char* const kSchemaRecordHistory;
const char* const kSchemaRecordHistory = R"sql(
CREATE TABLE record_history (
  history_id INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind = 'evaluation' OR kind = 'coaching_note'),
  record_id  TEXT NOT NULL,
  action     TEXT NOT NULL CHECK (action = 'edit' OR action = 'delete'),
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  snapshot   TEXT NOT NULL
);
CREATE INDEX record_history_record ON record_history(kind, record_id, history_id);
)sql";

} // namespace fb::store
