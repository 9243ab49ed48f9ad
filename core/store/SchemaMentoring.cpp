// Schema migration "mentoring": peer-mentoring pairs, the sessions logged for
// them, and each mentor's capacity when it differs from the default of 2
// (docs/mentoring.md). Sessions have no ON DELETE CASCADE: a pair with logged
// sessions cannot be deleted by accident, so no logged minute is lost.
namespace fb::store {

extern const char* const kSchemaMentoring;
const char* const kSchemaMentoring = R"sql(
CREATE TABLE mentoring_pairs (
  pair_id     TEXT PRIMARY KEY,
  mentee_id   TEXT NOT NULL REFERENCES agents(agent_id),
  mentor_id   TEXT NOT NULL REFERENCES agents(agent_id),
  behavior    TEXT NOT NULL,
  started_on  TEXT NOT NULL,
  planned_end TEXT NOT NULL,
  ended_on    TEXT,
  outcome     TEXT CHECK (outcome = 'met' OR outcome = 'not_met' OR outcome = 'stopped'),
  CHECK (mentee_id <> mentor_id)
) WITHOUT ROWID;
CREATE INDEX mentoring_pairs_mentee ON mentoring_pairs(mentee_id, behavior);
CREATE INDEX mentoring_pairs_mentor ON mentoring_pairs(mentor_id);

CREATE TABLE mentoring_sessions (
  session_id TEXT PRIMARY KEY,
  pair_id    TEXT NOT NULL REFERENCES mentoring_pairs(pair_id),
  held_on    TEXT NOT NULL,
  minutes    REAL NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
  practised  TEXT,
  next_step  TEXT
) WITHOUT ROWID;
CREATE INDEX mentoring_sessions_pair ON mentoring_sessions(pair_id, held_on);

CREATE TABLE mentoring_capacity (
  agent_id TEXT PRIMARY KEY REFERENCES agents(agent_id),
  capacity INTEGER NOT NULL CHECK (capacity BETWEEN 0 AND 20)
) WITHOUT ROWID;
)sql";

} // namespace fb::store
