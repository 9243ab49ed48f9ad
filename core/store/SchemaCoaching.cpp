// Schema migration "coaching": per-attribute comments of QA evaluations,
// anchored descriptions of each rubric level (0-4, or no/yes), the metric's
// value recorded when a coaching follow-up is completed, settings (the
// coaching-to-production floor) and the indexes the coaching pages read by.
#include "domain/Kinds.h"
#include "store/Query.h"
#include "store/Sql.h"

namespace fb::store {

extern const char* const kSchemaCoaching;
const char* const kSchemaCoaching = R"sql(
CREATE TABLE qa_score_comments (
  evaluation_id TEXT NOT NULL REFERENCES qa_evaluations(evaluation_id) ON DELETE CASCADE,
  attribute     TEXT NOT NULL,
  comment       TEXT NOT NULL,
  PRIMARY KEY (evaluation_id, attribute)
) WITHOUT ROWID;

-- What each level of an attribute means (0..4 on the 0-4 scale, 0/1 on yes/no).
CREATE TABLE rubric_anchors (
  version     INTEGER NOT NULL REFERENCES rubrics(version),
  attribute   TEXT NOT NULL,
  level       INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
  description TEXT NOT NULL,
  PRIMARY KEY (version, attribute, level)
) WITHOUT ROWID;

-- The target metric's value when the follow-up was completed, from the
-- weeks after the note's week through the follow-up's week.
CREATE TABLE coaching_follow_ups (
  note_id     TEXT PRIMARY KEY REFERENCES coaching_notes(note_id) ON DELETE CASCADE,
  value_now   REAL,
  value_n     INTEGER NOT NULL DEFAULT 0,
  computed_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS coaching_notes_coached_on ON coaching_notes(coached_on);
CREATE INDEX IF NOT EXISTS coaching_notes_follow_up_on ON coaching_notes(follow_up_on);
CREATE INDEX IF NOT EXISTS qa_evaluations_evaluated_at ON qa_evaluations(evaluated_at);
CREATE INDEX IF NOT EXISTS qa_evaluations_interaction ON qa_evaluations(interaction_id);
)sql";

namespace {

struct Anchor {
    const char* attribute;
    const char* levels[5];
};

// Anchors of the default rubric (version 1).
const Anchor kDefaultAnchors[] = {
    {"accuracy",
     {"Wrong answer or action; the customer will have to come back", "Mostly wrong; a key fact or step missed",
      "Partly right; a correction was needed", "Right, with a minor slip that did not matter",
      "Fully right and complete the first time"}},
    {"clarity",
     {"The customer could not follow", "Jargon or a muddled order of steps", "Understandable with effort",
      "Clear, with one unclear moment", "Plain words, clear next steps, confirmed understanding"}},
    {"empathy",
     {"Dismissive or rude", "Scripted, ignored the customer's situation", "Polite but mechanical",
      "Acknowledged the situation and adapted", "Genuine, personal, and the customer felt heard"}},
    {"policy_adherence",
     {"Breach: a mandatory step skipped (e.g. identity check)", "Several required steps missed",
      "One required step late or incomplete", "All steps done, one out of order", "Every required step, in order"}},
    {"documentation",
     {"No case note", "Note present but unusable", "Note missing the outcome or next step",
      "Complete note with minor gaps", "Complete, accurate note another agent can act on"}},
};

} // namespace

Status seedCoaching(sql::Connection& db)
{
    if (auto st = db.exec("INSERT INTO settings(key, value) VALUES ('coaching_ratio_floor', '0.02')"); !st)
        return st;
    // The attribute is bound twice (?1 and ?4) rather than reused as ?1, which
    // PostgreSQL's numbering of `?` would not read.
    Query insert(db,
                 "INSERT INTO rubric_anchors(version, attribute, level, description) "
                 "SELECT 1, ?, ?, ? WHERE EXISTS (SELECT 1 FROM rubric_attributes WHERE version = 1 "
                 "AND name = ?) ON CONFLICT DO NOTHING",
                 {});
    for (const auto& a : kDefaultAnchors) {
        for (int level = 0; level < 5; ++level) {
            insert.bind(1, a.attribute).bind(2, level).bind(3, a.levels[level]).bind(4, a.attribute);
            if (auto st = insert.run(); !st)
                return st;
            insert.reset();
        }
    }
    return {};
}

} // namespace fb::store
