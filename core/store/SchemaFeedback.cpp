// Schema migration: frontline feedback (docs/feedback.md).
//
// feedback_tickets of version 1 allowed four categories in a CHECK, and
// SQLite cannot change a CHECK in place, so the table is rebuilt with the
// new columns (owner, planned fix, revisit date, what the fix changed, the
// program fix it became, the linked interaction) and every old row copied
// unchanged. Categories and their SLAs move to feedback_categories, so the
// list can grow without another rebuild. Nothing references feedback_tickets,
// so dropping the old table loses nothing.
namespace fb::store {

extern const char* const kSchemaFeedback;
const char* const kSchemaFeedback = R"sql(
CREATE TABLE feedback_tickets_next (
  ticket_id       TEXT PRIMARY KEY,
  submitted_on    TEXT NOT NULL,
  category        TEXT NOT NULL,
  title           TEXT NOT NULL,
  team            TEXT REFERENCES teams(name),
  agent_id        TEXT REFERENCES agents(agent_id),
  friction        TEXT,
  detail          TEXT,
  status          TEXT CHECK (status = 'new' OR status = 'reviewing' OR status = 'accepted' OR status = 'deferred' OR status = 'declined' OR status = 'fixed'),
  decision_reason TEXT,
  decided_on      TEXT,
  fixed_on        TEXT,
  scope_queue     TEXT,
  owner           TEXT,
  planned_fix     TEXT,
  revisit_on      TEXT,
  fix_what        TEXT,
  program_fix     INTEGER, -- program_fixes.id; no foreign key, a deleted program keeps the ticket
  interaction_id  TEXT
) WITHOUT ROWID;
INSERT INTO feedback_tickets_next (ticket_id, submitted_on, category, title, team, agent_id, friction, detail, status,
                                   decision_reason, decided_on, fixed_on, scope_queue)
  SELECT ticket_id, submitted_on, category, title, team, agent_id, friction, detail, status,
         decision_reason, decided_on, fixed_on, scope_queue FROM feedback_tickets;
DROP TABLE feedback_tickets;
ALTER TABLE feedback_tickets_next RENAME TO feedback_tickets;
CREATE INDEX feedback_tickets_submitted ON feedback_tickets(submitted_on);

-- The editable category list with its SLAs in working days.
CREATE TABLE feedback_categories (
  name        TEXT PRIMARY KEY,
  review_days INTEGER NOT NULL DEFAULT 5 CHECK (review_days >= 0),
  fix_days    INTEGER NOT NULL DEFAULT 20 CHECK (fix_days >= 0)
) WITHOUT ROWID;
INSERT INTO feedback_categories(name) VALUES ('policy'), ('tool'), ('training'), ('product'), ('schedule'), ('other');

-- Every change of a ticket, never updated or deleted: who, the day it took
-- effect, and when it was recorded. No foreign key, so re-importing a ticket
-- (an upsert) keeps its history.
CREATE TABLE feedback_history (
  id          INTEGER PRIMARY KEY,
  ticket_id   TEXT NOT NULL,
  on_day      TEXT NOT NULL, -- YYYY-MM-DD
  recorded_at TEXT NOT NULL, -- YYYY-MM-DDTHH:MM:SSZ
  who         TEXT NOT NULL,
  action      TEXT NOT NULL,
  text        TEXT
);
CREATE INDEX feedback_history_ticket ON feedback_history(ticket_id, id);

-- Agents who raised an open ticket again: one row per distinct agent.
CREATE TABLE feedback_plus_ones (
  ticket_id TEXT NOT NULL,
  agent_id  TEXT NOT NULL REFERENCES agents(agent_id),
  raised_on TEXT NOT NULL,
  PRIMARY KEY (ticket_id, agent_id)
) WITHOUT ROWID;

-- Days that are not working days besides Saturdays and Sundays.
CREATE TABLE site_holidays (
  day  TEXT PRIMARY KEY, -- YYYY-MM-DD
  name TEXT NOT NULL
) WITHOUT ROWID;
)sql";

} // namespace fb::store
