// Schema migration: recognition (docs/recognition-and-incentives.md).
//
// The recognitions table of version 1 keeps every row: the new columns are
// added (who gave it as a role and, for a peer, an agent id; the evidence as
// an interaction, an evaluation or a sentence), all empty on old rows, so
// nothing is rebuilt. The behaviour list is its own table so a lead can edit
// it; recognitions keep their behaviour as text and never reference the list,
// so renaming or removing an entry loses no recognition.
#include "domain/Recognition.h"
#include "store/Query.h"
#include "store/Sql.h"

namespace fb::store {

extern const char* const kSchemaRecognition;
const char* const kSchemaRecognition = R"sql(
ALTER TABLE recognitions ADD COLUMN from_role TEXT CHECK (from_role = 'peer' OR from_role = 'lead');
ALTER TABLE recognitions ADD COLUMN from_agent TEXT REFERENCES agents(agent_id);
ALTER TABLE recognitions ADD COLUMN interaction_id TEXT;
ALTER TABLE recognitions ADD COLUMN evaluation_id TEXT;
ALTER TABLE recognitions ADD COLUMN evidence TEXT;
CREATE INDEX recognitions_given ON recognitions(given_on);

-- The editable behaviour list: measure is a rubric attribute or a scorecard
-- metric key, or NULL when nothing measures the behaviour.
CREATE TABLE recognition_behaviors (
  name     TEXT PRIMARY KEY,
  measure  TEXT,
  position INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

Status seedRecognition(sql::Connection& db);
Status seedRecognition(sql::Connection& db)
{
    Query insert(db, "INSERT INTO recognition_behaviors(name, measure, position) VALUES (?, ?, ?)", {});
    int position = 0;
    for (const auto& b : defaultRecognitionBehaviors()) {
        insert.bind(1, b.name).bind(2, b.measure).bind(3, position++);
        if (auto st = insert.run(); !st)
            return st;
        insert.reset();
    }
    return {};
}

} // namespace fb::store
