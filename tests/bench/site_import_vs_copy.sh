#!/usr/bin/env bash
# Import into a PostgreSQL site server against `psql \copy` (issue 18).
#
#   tests/bench/site_import_vs_copy.sh [BUILD_DIR] [N_AGENTS]
#
# Generates N_AGENTS x WEEKS x CONTACTS interactions (default 200 x 50 x 100 =
# 1,000,000) as canonical CSV with `floorboard-cli demo --csv-dir`, starts a
# throwaway cluster (tests/support/pg_cluster.sh: Unix socket, fsync off), then,
# RUNS times each (interleaved, each into a new database):
#   ours      `floorboard-cli --db SITE import interactions interactions.csv`
#             (agents.csv is imported first, untimed)
#   baseline  one psql: `\copy` into an unindexed table of the same columns,
#             then ONE GROUP BY per agent and ISO week computing the sums that
#             interaction_rollups holds, stored as a table, in one transaction.
# Time counts both sides of the socket: wall time, and CPU time of the client
# (user+sys) plus the server's (the CPU of the backends that ended during the
# run, from the postmaster's cumulative children times in /proc). Reports every
# run, the medians and the ratio ours/baseline (target <= 1.0).
#
# Environment: RUNS (3), WEEKS (50), CONTACTS (100), SEED (7),
# FB_BENCH_TMP (/tmp/floorboard-bench).
. "$(dirname "$0")/lib.sh"

BUILD_DIR=${1:-$REPO_DIR/build/bench}
N_AGENTS=${2:-200}
RUNS=${RUNS:-3}
WEEKS=${WEEKS:-50}
CONTACTS=${CONTACTS:-100}
SEED=${SEED:-7}
find_cli "$BUILD_DIR"
command -v psql >/dev/null || die "psql is not installed (postgresql-client-15)"

WORK=$BENCH_TMP/site_import_vs_copy
mkdir -p "$WORK"
echo "machine: $(machine_line)"
echo "cli:     $CLI"

CSV=$WORK/csv
stamp="$N_AGENTS $WEEKS $CONTACTS $SEED"
if [ ! -f "$CSV/interactions.csv" ] || [ "$(cat "$CSV/.params" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$CSV"
    echo "generating $N_AGENTS agents x $WEEKS weeks x $CONTACTS contacts/week as CSV..."
    "$CLI" demo --csv-dir "$CSV" --agents "$N_AGENTS" --weeks "$WEEKS" --contacts-per-week "$CONTACTS" \
        --seed "$SEED" >/dev/null
    echo "$stamp" >"$CSV/.params"
fi
echo "interactions.csv: $(size_mb "$CSV/interactions.csv") MB, $(wc -l <"$CSV/interactions.csv") lines"

STATE=$WORK/cluster.state
"$REPO_DIR/tests/support/pg_cluster.sh" start "$STATE"
trap '"$REPO_DIR/tests/support/pg_cluster.sh" stop "$STATE"' EXIT
grep -q '^conninfo=' "$STATE" || die "no cluster: $(cat "$STATE")"
ADMIN=$(sed -n 's/^conninfo=//p' "$STATE")
POSTMASTER=$(head -n 1 "$(sed -n 's/^dir=//p' "$STATE")/data/postmaster.pid")
TICK=$(getconf CLK_TCK)
site() { echo "${ADMIN/dbname=postgres/dbname=$1}"; }
fresh_db() { psql "$ADMIN" -qAt -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null 2>&1; }
server_ticks() { awk '{ print $16 + $17 }' "/proc/$POSTMASTER/stat"; }

# The baseline's rollup: the sums of interaction_rollups (core/store/Rollups.cpp)
# per agent and ISO week (IYYYIW).
cat >"$WORK/baseline.sql" <<EOF
\set ON_ERROR_STOP on
BEGIN;
CREATE TABLE interactions (interaction_id TEXT, agent_id TEXT, started_at TEXT, channel TEXT, queue TEXT,
  handle_seconds DOUBLE PRECISION, resolved_first_contact BIGINT, repeat_contact BIGINT, escalated BIGINT,
  defects BIGINT, csat BIGINT, contact_reason TEXT);
\copy interactions FROM '$CSV/interactions.csv' WITH (FORMAT csv, HEADER true)
CREATE TABLE rollups AS
SELECT agent_id, CAST(to_char(CAST(substr(started_at, 1, 10) AS date), 'IYYYIW') AS BIGINT) AS week,
       count(*) AS interactions, sum(handle_seconds) AS handle_seconds,
       sum(handle_seconds * handle_seconds) AS handle_seconds_sq,
       count(resolved_first_contact) AS fcr_known, sum(resolved_first_contact) AS fcr_resolved,
       sum(repeat_contact) AS repeat_contacts, sum(escalated) AS escalations, sum(defects) AS defects,
       count(csat) AS csat_surveyed, count(CASE WHEN csat >= 4 THEN 1 END) AS csat_top2, sum(csat) AS csat_sum
FROM interactions GROUP BY 1, 2;
COMMIT;
EOF

# timed NAME CMD...: measure, plus the server's CPU over the same time.
timed() {
    name=$1; shift
    before=$(server_ticks)
    measure "$name" "$@"
    sleep 1 # the backend's times reach the postmaster when it has ended
    S_CPU=$(awk -v a="$before" -v b="$(server_ticks)" -v t="$TICK" 'BEGIN { printf "%.2f", (b - a) / t }')
    ALL_CPU=$(awk -v c="$T_CPU" -v s="$S_CPU" 'BEGIN { printf "%.2f", c + s }')
}

O_WALL=; O_CPU=; B_WALL=; B_CPU=
i=1
while [ "$i" -le "$RUNS" ]; do
    fresh_db ours
    "$CLI" --db "$(site ours)" import agents "$CSV/agents.csv" >/dev/null || die "importing agents failed"
    timed "ours$i" "$CLI" --db "$(site ours)" import interactions "$CSV/interactions.csv"
    O_WALL="$O_WALL $T_WALL"; O_CPU="$O_CPU $ALL_CPU"
    echo "ours run $i: wall ${T_WALL}s, client CPU ${T_CPU}s, server CPU ${S_CPU}s, client RSS ${T_RSS} MB"
    fresh_db base
    timed "base$i" psql "$(site base)" -q -f "$WORK/baseline.sql"
    B_WALL="$B_WALL $T_WALL"; B_CPU="$B_CPU $ALL_CPU"
    echo "baseline run $i: wall ${T_WALL}s, client CPU ${T_CPU}s, server CPU ${S_CPU}s"
    i=$((i + 1))
done

# Same sums? (untimed; the baseline's database is read from ours through dblink-free SQL: both dumped)
psql "$(site ours)" -qAt -c "SELECT agent_id, week, interactions, round(handle_seconds::numeric, 3), fcr_known,
  CAST(fcr_resolved AS BIGINT), CAST(repeat_contacts AS BIGINT), CAST(escalations AS BIGINT), CAST(defects AS BIGINT),
  csat_surveyed, csat_top2, CAST(csat_sum AS BIGINT) FROM interaction_rollups ORDER BY 1, 2" >"$WORK/ours.rollups"
psql "$(site base)" -qAt -c "SELECT agent_id, week, interactions, round(handle_seconds::numeric, 3), fcr_known,
  fcr_resolved, repeat_contacts, escalations, defects, csat_surveyed, csat_top2, csat_sum
  FROM rollups ORDER BY 1, 2" >"$WORK/base.rollups"
if cmp -s "$WORK/ours.rollups" "$WORK/base.rollups"; then
    SAME="yes ($(wc -l <"$WORK/ours.rollups") agent-weeks, identical sums)"
else
    SAME="NO (see $WORK/ours.rollups and base.rollups)"
fi

# shellcheck disable=SC2086
{
    echo "ours wall median $(median $O_WALL)s, CPU (client+server) median $(median $O_CPU)s"
    echo "baseline wall median $(median $B_WALL)s, CPU median $(median $B_CPU)s"
    echo "ratio ours/baseline: wall $(ratio "$(median $O_WALL)" "$(median $B_WALL)"), CPU $(ratio "$(median $O_CPU)" "$(median $B_CPU)") (target <= 1.0: $(verdict "$(ratio "$(median $O_WALL)" "$(median $B_WALL)")" '<=' 1.0))"
    echo "same rollups as the baseline: $SAME"
}
