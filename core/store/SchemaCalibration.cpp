// Schema migration "calibration": calibration sessions, their participants,
// the sampled interactions (units), each participant's blind scores and the
// agreed (consensus) scores with their decision notes. Participants' scores
// live only here, never in qa_evaluations / qa_scores, so they never count in
// an agent's QA results; a consensus score becomes the interaction's official
// evaluation (CalibrationConsensus.cpp). See docs/calibration.md, "Sessions".
namespace fb::store {

extern const char* const kSchemaCalibration;
const char* const kSchemaCalibration = R"sql(
CREATE TABLE calibration_sessions (
  session_id     TEXT PRIMARY KEY,
  held_on        TEXT NOT NULL,
  facilitator    TEXT NOT NULL,
  anchor         TEXT,             -- participant name of the expert scorer; NULL = none
  seed           INTEGER,          -- seed of the random draw; NULL = chosen by hand
  rubric_version INTEGER NOT NULL REFERENCES rubrics(version)
) WITHOUT ROWID;

CREATE TABLE calibration_participants (
  session_id TEXT NOT NULL REFERENCES calibration_sessions(session_id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  initials   TEXT NOT NULL,
  position   INTEGER NOT NULL,
  PRIMARY KEY (session_id, name)
) WITHOUT ROWID;

CREATE TABLE calibration_units (
  session_id     TEXT NOT NULL REFERENCES calibration_sessions(session_id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  interaction_id TEXT NOT NULL REFERENCES interactions(interaction_id),
  agent_id       TEXT NOT NULL REFERENCES agents(agent_id),
  PRIMARY KEY (session_id, interaction_id),
  UNIQUE (session_id, position)
) WITHOUT ROWID;

CREATE TABLE calibration_scores (
  session_id     TEXT NOT NULL,
  participant    TEXT NOT NULL,
  interaction_id TEXT NOT NULL,
  attribute      TEXT NOT NULL,
  score          INTEGER, -- NULL = NA
  PRIMARY KEY (session_id, participant, interaction_id, attribute),
  FOREIGN KEY (session_id, participant) REFERENCES calibration_participants(session_id, name) ON DELETE CASCADE,
  FOREIGN KEY (session_id, interaction_id) REFERENCES calibration_units(session_id, interaction_id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE calibration_consensus (
  session_id     TEXT NOT NULL,
  interaction_id TEXT NOT NULL,
  attribute      TEXT NOT NULL,
  score          INTEGER, -- NULL = NA
  note           TEXT NOT NULL,
  decided_on     TEXT NOT NULL,
  PRIMARY KEY (session_id, interaction_id, attribute),
  FOREIGN KEY (session_id, interaction_id) REFERENCES calibration_units(session_id, interaction_id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE INDEX calibration_sessions_held_on ON calibration_sessions(held_on);
)sql";

} // namespace fb::store
