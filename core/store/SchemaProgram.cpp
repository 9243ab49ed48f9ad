// Schema migration: "friction to flow" programs (docs/friction-to-flow.md).
// A program is a name, one or more teams and a start Monday; its eight weeks
// run from there. The fixes log ("blockers retired") and the confirmed top
// three frictions of the baseline belong to a program.
namespace fb::store {

extern const char* const kSchemaProgram;
const char* const kSchemaProgram = R"sql(
CREATE TABLE programs (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  start_on   TEXT NOT NULL, -- YYYY-MM-DD, a Monday
  created_at TEXT NOT NULL
);

CREATE TABLE program_teams (
  program INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
  team    TEXT NOT NULL REFERENCES teams(name),
  PRIMARY KEY (program, team)
) WITHOUT ROWID;

-- One retired blocker. Its scope is the queues in program_fix_queues; a fix
-- without rows there applies to all queues.
CREATE TABLE program_fixes (
  id       INTEGER PRIMARY KEY,
  program  INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
  fixed_on TEXT NOT NULL, -- YYYY-MM-DD; in effect from this day on
  friction TEXT NOT NULL,
  what     TEXT NOT NULL,
  owner    TEXT
);
CREATE INDEX program_fixes_program ON program_fixes(program, fixed_on);

CREATE TABLE program_fix_queues (
  fix   INTEGER NOT NULL REFERENCES program_fixes(id) ON DELETE CASCADE,
  queue TEXT NOT NULL,
  PRIMARY KEY (fix, queue)
) WITHOUT ROWID;

-- The top three frictions of the baseline as the lead confirmed or edited them.
CREATE TABLE program_frictions (
  program   INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
  rank      INTEGER NOT NULL CHECK (rank BETWEEN 1 AND 3),
  friction  TEXT NOT NULL,
  dimension TEXT, -- pulse dimension it maps to
  note      TEXT,
  PRIMARY KEY (program, rank)
) WITHOUT ROWID;
)sql";

} // namespace fb::store
