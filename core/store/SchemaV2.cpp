// Schema version 2: versioned scorecard definitions (docs/scorecard.md), the
// indexes scorecards read QA, pulses and coaching by period with, and a
// derived per-agent per-week cache of those small tables (people_rollups,
// team_pulse_rollups) that triggers mark stale on any change.
#include "analytics/ScorecardDefinition.h"
#include "store/Query.h"
#include "store/Sql.h"

namespace fb::store {

extern const char* const kSchemaV2;
const char* const kSchemaV2 = R"sql(
CREATE TABLE scorecard_definitions (
  version     INTEGER PRIMARY KEY,
  created_at  TEXT NOT NULL,
  note        TEXT,
  gate_qa_min REAL NOT NULL DEFAULT 80
);
CREATE TABLE scorecard_metrics (
  version     INTEGER NOT NULL REFERENCES scorecard_definitions(version),
  position    INTEGER NOT NULL,
  metric      TEXT NOT NULL CHECK (metric IN ('csat', 'fcr', 'qa', 'dpti', 'rework', 'aht', 'escalation', 'pulse', 'coaching')),
  perspective TEXT NOT NULL CHECK (perspective IN ('customer', 'quality', 'efficiency', 'people')),
  direction   TEXT NOT NULL CHECK (direction = 'higher' OR direction = 'lower'),
  floor       REAL NOT NULL,
  target      REAL NOT NULL CHECK (target <> floor),
  weight      REAL NOT NULL CHECK (weight >= 0),
  min_n       INTEGER NOT NULL CHECK (min_n >= 1),
  PRIMARY KEY (version, metric)
) WITHOUT ROWID;

CREATE INDEX qa_evaluations_evaluated_at ON qa_evaluations(evaluated_at);
CREATE INDEX coaching_notes_follow_up_on ON coaching_notes(follow_up_on);
CREATE INDEX pulse_responses_week ON pulse_responses(week);

-- Derived from qa_evaluations + qa_scores + rubrics, pulse_responses and
-- coaching_notes; rebuilt by ScorecardStore when meta.people_generation moved.
CREATE TABLE people_rollups (
  agent_id          TEXT NOT NULL,
  week              INTEGER NOT NULL,
  qa_evaluations    INTEGER NOT NULL DEFAULT 0,
  qa_total_sum      REAL NOT NULL DEFAULT 0,
  pulse_responses   INTEGER NOT NULL DEFAULT 0,
  pulse_score_sum   INTEGER NOT NULL DEFAULT 0,
  pulse_score_count INTEGER NOT NULL DEFAULT 0,
  coaching_due      INTEGER NOT NULL DEFAULT 0,
  coaching_done     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agent_id, week)
) WITHOUT ROWID;
CREATE INDEX people_rollups_week ON people_rollups(week);
CREATE TABLE team_pulse_rollups (
  team TEXT NOT NULL, week INTEGER NOT NULL,
  responses INTEGER NOT NULL, score_sum INTEGER NOT NULL, score_count INTEGER NOT NULL,
  d1_sum INTEGER NOT NULL, d1_n INTEGER NOT NULL, d2_sum INTEGER NOT NULL, d2_n INTEGER NOT NULL,
  d3_sum INTEGER NOT NULL, d3_n INTEGER NOT NULL, d4_sum INTEGER NOT NULL, d4_n INTEGER NOT NULL,
  d5_sum INTEGER NOT NULL, d5_n INTEGER NOT NULL,
  PRIMARY KEY (team, week)
) WITHOUT ROWID;

INSERT INTO meta(key, value) VALUES ('people_generation', '1');
INSERT INTO meta(key, value) VALUES ('people_rollups_generation', '0');

CREATE TRIGGER qa_evaluations_people_i AFTER INSERT ON qa_evaluations BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'people_generation'; END;
CREATE TRIGGER qa_evaluations_people_u AFTER UPDATE ON qa_evaluations BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'people_generation'; END;
CREATE TRIGGER qa_evaluations_people_d AFTER DELETE ON qa_evaluations BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'people_generation'; END;
CREATE TRIGGER qa_scores_people_i AFTER INSERT ON qa_scores BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'people_generation'; END;
CREATE TRIGGER qa_scores_people_u AFTER UPDATE ON qa_scores BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'people_generation'; END;
CREATE TRIGGER qa_scores_people_d AFTER DELETE ON qa_scores BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'people_generation'; END;
CREATE TRIGGER rubric_attributes_people_i AFTER INSERT ON rubric_attributes BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'people_generation'; END;
CREATE TRIGGER rubric_attributes_people_u AFTER UPDATE ON rubric_attributes BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'people_generation'; END;
CREATE TRIGGER rubric_attributes_people_d AFTER DELETE ON rubric_attributes BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'people_generation'; END;
CREATE TRIGGER pulse_responses_people_i AFTER INSERT ON pulse_responses BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'people_generation'; END;
CREATE TRIGGER pulse_responses_people_u AFTER UPDATE ON pulse_responses BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'people_generation'; END;
CREATE TRIGGER pulse_responses_people_d AFTER DELETE ON pulse_responses BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'people_generation'; END;
CREATE TRIGGER coaching_notes_people_i AFTER INSERT ON coaching_notes BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'people_generation'; END;
CREATE TRIGGER coaching_notes_people_u AFTER UPDATE ON coaching_notes BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'people_generation'; END;
CREATE TRIGGER coaching_notes_people_d AFTER DELETE ON coaching_notes BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'people_generation'; END;
)sql";

// Stores a definition as `version`, made at `createdAt` (used by the seed and
// by ScorecardStore).
Status insertScorecardDefinition(sql::Connection& db, int version, const analytics::ScorecardDefinition& def,
                                 const std::string& createdAt)
{
    Query head(db, "INSERT INTO scorecard_definitions(version, created_at, note, gate_qa_min) VALUES (?, ?, ?, ?)", {});
    head.bind(1, version).bind(2, createdAt).bind(3, def.note.toStdString()).bind(4, def.gateQaMin);
    if (auto st = head.run(); !st)
        return st;
    Query m(db,
            "INSERT INTO scorecard_metrics(version, position, metric, perspective, direction, floor, "
            "target, weight, min_n) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {});
    int position = 0;
    for (const auto& d : def.metrics) {
        m.bind(1, version).bind(2, position++).bind(3, analytics::metricKey(d.metric));
        m.bind(4, analytics::perspectiveKey(d.perspective)).bind(5, d.lowerIsBetter() ? "lower" : "higher");
        m.bind(6, d.floor).bind(7, d.target).bind(8, d.weight).bind(9, d.minN);
        if (auto st = m.run(); !st)
            return st;
        m.reset();
    }
    return {};
}

Status seedV2(sql::Connection& db)
{
    return insertScorecardDefinition(db, 1, analytics::defaultDefinition(), nowUtc());
}

} // namespace fb::store
