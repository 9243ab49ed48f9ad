// Schema migration: incentive plans (docs/recognition-and-incentives.md,
// "Incentives"). A plan is stored per version, like scorecard definitions: a
// version is never changed once written, so every payout and audit can name
// the rules it used. The gate rule (QA threshold, minimum evaluations) is a
// column of the version, data the lead edits, not code. Self-contained: only
// incentive tables, so it can be appended after any other migration.
namespace fb::store {

extern const char* const kSchemaIncentive;
const char* const kSchemaIncentive = R"sql(
CREATE TABLE incentive_plans (
  name                 TEXT NOT NULL CHECK (length(name) > 0),
  version              INTEGER NOT NULL CHECK (version >= 1),
  created_at           TEXT NOT NULL,
  note                 TEXT,
  period_kind          TEXT NOT NULL CHECK (period_kind IN ('month', 'quarter')),
  amount_kind          TEXT NOT NULL CHECK (amount_kind IN ('per_agent', 'pool')),
  amount               REAL NOT NULL CHECK (amount >= 0),
  gate_qa_min          REAL NOT NULL CHECK (gate_qa_min >= 0 AND gate_qa_min <= 100),
  gate_min_evaluations INTEGER NOT NULL CHECK (gate_min_evaluations >= 1),
  PRIMARY KEY (name, version)
) WITHOUT ROWID;
CREATE TABLE incentive_components (
  plan     TEXT NOT NULL,
  version  INTEGER NOT NULL,
  position INTEGER NOT NULL,
  metric   TEXT NOT NULL CHECK (metric IN ('qa', 'csat', 'fcr', 'contacts', 'aht')),
  weight   REAL NOT NULL CHECK (weight >= 0),
  floor    REAL NOT NULL,
  target   REAL NOT NULL CHECK (target <> floor),
  min_n    INTEGER NOT NULL CHECK (min_n >= 1),
  PRIMARY KEY (plan, version, metric),
  FOREIGN KEY (plan, version) REFERENCES incentive_plans(name, version)
) WITHOUT ROWID;
)sql";

} // namespace fb::store
