// Schema version 1: the foundation tables and the per-agent per-ISO-week
// rollups that scorecards read instead of rescanning interactions.
#include "domain/Kinds.h"
#include "store/Query.h"
#include "store/Sql.h"

namespace fb::store {

extern const char* const kSchemaV1;
const char* const kSchemaV1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE teams (name TEXT PRIMARY KEY) WITHOUT ROWID;

CREATE TABLE agents (
  agent_id   TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  team       TEXT NOT NULL REFERENCES teams(name),
  supervisor TEXT, site TEXT, shift TEXT, hire_date TEXT,
  status     TEXT CHECK (status = 'active' OR status = 'left'),
  left_on    TEXT
) WITHOUT ROWID;
CREATE INDEX agents_team ON agents(team);

CREATE TABLE interactions (
  interaction_id TEXT PRIMARY KEY,
  agent_id       TEXT NOT NULL REFERENCES agents(agent_id),
  started_at     TEXT NOT NULL,
  channel        TEXT CHECK (channel = 'voice' OR channel = 'chat' OR channel = 'email' OR channel = 'other'),
  queue          TEXT,
  handle_seconds REAL NOT NULL CHECK (handle_seconds >= 0),
  resolved_first_contact INTEGER CHECK (resolved_first_contact BETWEEN 0 AND 1),
  repeat_contact INTEGER CHECK (repeat_contact BETWEEN 0 AND 1),
  escalated      INTEGER CHECK (escalated BETWEEN 0 AND 1),
  defects        INTEGER CHECK (defects >= 0),
  csat           INTEGER CHECK (csat BETWEEN 1 AND 5),
  contact_reason TEXT
) WITHOUT ROWID;
-- No secondary index on interactions: each one costs a quarter of an
-- import's time, and what reads interactions by agent or week reads the
-- rollups instead.

-- Sums per agent and ISO week (week = yyyyww); rates are derived from sums
-- so periods and teams add up exactly.
CREATE TABLE interaction_rollups (
  agent_id          TEXT NOT NULL REFERENCES agents(agent_id),
  week              INTEGER NOT NULL,
  interactions      INTEGER NOT NULL DEFAULT 0,
  handle_seconds    REAL NOT NULL DEFAULT 0,
  handle_seconds_sq REAL NOT NULL DEFAULT 0,
  fcr_known         INTEGER NOT NULL DEFAULT 0,
  fcr_resolved      INTEGER NOT NULL DEFAULT 0,
  repeat_contacts   INTEGER NOT NULL DEFAULT 0,
  escalations       INTEGER NOT NULL DEFAULT 0,
  defects           INTEGER NOT NULL DEFAULT 0,
  csat_surveyed     INTEGER NOT NULL DEFAULT 0,
  csat_top2         INTEGER NOT NULL DEFAULT 0,
  csat_sum          INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agent_id, week)
) WITHOUT ROWID;
CREATE INDEX interaction_rollups_week ON interaction_rollups(week);

CREATE TABLE rubrics (version INTEGER PRIMARY KEY, created_at TEXT NOT NULL, note TEXT);
CREATE TABLE rubric_attributes (
  version     INTEGER NOT NULL REFERENCES rubrics(version),
  position    INTEGER NOT NULL,
  name        TEXT NOT NULL,
  description TEXT,
  weight      REAL NOT NULL CHECK (weight >= 0),
  scale       TEXT NOT NULL CHECK (scale = '0-4' OR scale = 'yes/no'),
  na_allowed  INTEGER NOT NULL DEFAULT 1,
  critical    INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (version, name)
);

CREATE TABLE qa_evaluations (
  evaluation_id  TEXT PRIMARY KEY,
  agent_id       TEXT NOT NULL REFERENCES agents(agent_id),
  evaluator      TEXT NOT NULL,
  evaluated_at   TEXT NOT NULL,
  interaction_id TEXT,
  rubric_version INTEGER NOT NULL REFERENCES rubrics(version),
  comment        TEXT
) WITHOUT ROWID;
CREATE INDEX qa_evaluations_agent ON qa_evaluations(agent_id, evaluated_at);
CREATE TABLE qa_scores (
  evaluation_id TEXT NOT NULL REFERENCES qa_evaluations(evaluation_id) ON DELETE CASCADE,
  attribute     TEXT NOT NULL,
  score         INTEGER, -- NULL = NA
  PRIMARY KEY (evaluation_id, attribute)
) WITHOUT ROWID;

CREATE TABLE pulse_responses (
  response_id TEXT PRIMARY KEY,
  week        TEXT NOT NULL,
  team        TEXT NOT NULL REFERENCES teams(name),
  agent_id    TEXT REFERENCES agents(agent_id),
  role_clarity INTEGER CHECK (role_clarity BETWEEN 1 AND 5),
  tool_reliability INTEGER CHECK (tool_reliability BETWEEN 1 AND 5),
  coaching_usefulness INTEGER CHECK (coaching_usefulness BETWEEN 1 AND 5),
  schedule_fit INTEGER CHECK (schedule_fit BETWEEN 1 AND 5),
  fairness INTEGER CHECK (fairness BETWEEN 1 AND 5),
  comment TEXT
) WITHOUT ROWID;
CREATE INDEX pulse_responses_team_week ON pulse_responses(team, week);

CREATE TABLE coaching_notes (
  note_id        TEXT PRIMARY KEY,
  agent_id       TEXT NOT NULL REFERENCES agents(agent_id),
  coach          TEXT NOT NULL,
  coached_on     TEXT NOT NULL,
  attribute      TEXT NOT NULL,
  target_metric  TEXT NOT NULL,
  baseline       REAL,
  target         REAL NOT NULL,
  follow_up_on   TEXT NOT NULL,
  stage          TEXT CHECK (stage = 'define' OR stage = 'demonstrate' OR stage = 'practice' OR stage = 'commit' OR stage = 'follow_up'),
  commitment     TEXT,
  minutes        REAL CHECK (minutes >= 0),
  followed_up_on TEXT,
  outcome        TEXT CHECK (outcome = 'met' OR outcome = 'partly' OR outcome = 'not_met')
) WITHOUT ROWID;
CREATE INDEX coaching_notes_agent ON coaching_notes(agent_id, coached_on);

CREATE TABLE feedback_tickets (
  ticket_id       TEXT PRIMARY KEY,
  submitted_on    TEXT NOT NULL,
  category        TEXT NOT NULL CHECK (category = 'policy' OR category = 'tool' OR category = 'training' OR category = 'product'),
  title           TEXT NOT NULL,
  team            TEXT REFERENCES teams(name),
  agent_id        TEXT REFERENCES agents(agent_id),
  friction        TEXT,
  detail          TEXT,
  status          TEXT CHECK (status = 'new' OR status = 'reviewing' OR status = 'accepted' OR status = 'deferred' OR status = 'declined' OR status = 'fixed'),
  decision_reason TEXT,
  decided_on      TEXT,
  fixed_on        TEXT,
  scope_queue     TEXT
) WITHOUT ROWID;

CREATE TABLE recognitions (
  recognition_id TEXT PRIMARY KEY,
  given_on       TEXT NOT NULL,
  to_agent       TEXT NOT NULL REFERENCES agents(agent_id),
  behavior       TEXT NOT NULL,
  from_name      TEXT,
  outcome        TEXT,
  visibility     TEXT CHECK (visibility = 'public' OR visibility = 'private')
) WITHOUT ROWID;

CREATE TABLE import_log (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL,
  file        TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  inserted    INTEGER NOT NULL,
  updated     INTEGER NOT NULL,
  unchanged   INTEGER NOT NULL,
  rejected    INTEGER NOT NULL
);
)sql";

Status seedV1(sql::Connection& db)
{
    Query rubric(db, "INSERT INTO rubrics(version, created_at, note) VALUES (1, ?, 'Default rubric')", {});
    rubric.bind(1, nowUtc());
    if (auto st = rubric.run(); !st)
        return st;
    Query insert(db,
                 "INSERT INTO rubric_attributes(version, position, name, description, weight, scale, "
                 "na_allowed, critical) VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
                 {});
    int position = 0;
    for (const auto& a : defaultRubric()) {
        insert.bind(1, position++).bind(2, a.name).bind(3, a.description).bind(4, a.weight);
        insert.bind(5, a.yesNo ? "yes/no" : "0-4").bind(6, a.naAllowed ? 1 : 0).bind(7, a.critical ? 1 : 0);
        if (auto st = insert.run(); !st)
            return st;
        insert.reset();
    }
    return {};
}

} // namespace fb::store
