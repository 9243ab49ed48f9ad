#!/usr/bin/env bash
# Import speed against a plain-sqlite3 baseline.
#
#   tests/bench/import_vs_sqlite.sh [BUILD_DIR] [N_AGENTS]
#
# Generates N_AGENTS x WEEKS x CONTACTS interactions (default 200 x 50 x 100 =
# 1,000,000) as canonical CSV with `floorboard-cli demo --csv-dir`, then, RUNS
# times each (interleaved, page cache warm):
#   ours      `floorboard-cli --db NEW import interactions interactions.csv`
#             (agents.csv is imported first into NEW, untimed)
#   baseline  one sqlite3 process on a fresh database: `.mode csv`,
#             `.import interactions.csv interactions`, then ONE GROUP BY per
#             agent and ISO week computing the sums interaction_rollups holds,
#             stored as a table (the heavier baseline: 11 sums, ISO weeks).
#   light     the lighter baseline of issue 19: one sqlite3 process, bare
#             `.import` into an untyped table, then one
#             `GROUP BY agent_id, strftime('%Y-%W', started_at)` with eight
#             sums, stored as a table.
# Reports every run, the medians, the ratios ours/baseline and ours/light of
# wall time and of user+sys CPU time (targets <= 0.75 and <= 0.6), our peak
# RSS (target < 100 MB), and the ratios of instruction counts under callgrind
# on a SLICE-row slice (instruction counts do not depend on the load of a
# shared machine).
#
# Environment: RUNS (3), WEEKS (50), CONTACTS (100), SEED (7), SLICE (100000),
# CALLGRIND (1; 0 skips it), FB_BENCH_TMP (/tmp/floorboard-bench),
# FB_BENCH_KEEP (0; 1 keeps the generated CSV and databases).
. "$(dirname "$0")/lib.sh"

BUILD_DIR=${1:-$REPO_DIR/build/bench}
N_AGENTS=${2:-200}
RUNS=${RUNS:-3}
WEEKS=${WEEKS:-50}
CONTACTS=${CONTACTS:-100}
SEED=${SEED:-7}
SLICE=${SLICE:-100000}
CALLGRIND=${CALLGRIND:-1}
find_cli "$BUILD_DIR"
command -v sqlite3 >/dev/null || die "the sqlite3 CLI is not installed"

WORK=$BENCH_TMP/import_vs_sqlite
RESULTS=$BENCH_TMP/results
mkdir -p "$WORK" "$RESULTS"
echo "machine: $(machine_line)"
echo "cli:     $CLI"
echo "work:    $WORK"

# --- data ------------------------------------------------------------------
CSV=$WORK/csv
stamp="$N_AGENTS $WEEKS $CONTACTS $SEED"
if [ ! -f "$CSV/interactions.csv" ] || [ "$(cat "$CSV/.params" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$CSV"
    echo "generating $N_AGENTS agents x $WEEKS weeks x $CONTACTS contacts/week as CSV..."
    measure gen "$CLI" demo --csv-dir "$CSV" --agents "$N_AGENTS" --weeks "$WEEKS" \
        --contacts-per-week "$CONTACTS" --seed "$SEED"
    echo "$stamp" >"$CSV/.params"
    echo "  $(cat "$WORK/gen.out")"
    echo "  generated in ${T_WALL}s wall, peak RSS ${T_RSS} MB"
fi
CSV_MB=$(size_mb "$CSV/interactions.csv")
CSV_LINES=$(wc -l <"$CSV/interactions.csv")
echo "interactions.csv: ${CSV_MB} MB, $CSV_LINES lines"

# The baseline: the sums of interaction_rollups (see core/store/Rollups.cpp),
# per agent and ISO week (yyyyww, from the local date of started_at; the
# Thursday of a date's ISO week gives its ISO year and week).
baseline_sql() { # CSV_FILE
    cat <<EOF
.bail on
.mode csv
.import '$1' interactions
CREATE TABLE rollups AS
SELECT agent_id,
       CAST(strftime('%Y', thu) AS INTEGER) * 100 + (CAST(strftime('%j', thu) AS INTEGER) + 6) / 7 AS week,
       count(*) AS interactions,
       total(handle_seconds) AS handle_seconds,
       total(handle_seconds * handle_seconds) AS handle_seconds_sq,
       count(NULLIF(resolved_first_contact, '')) AS fcr_known,
       total(resolved_first_contact) AS fcr_resolved,
       total(repeat_contact) AS repeat_contacts,
       total(escalated) AS escalations,
       total(defects) AS defects,
       count(NULLIF(csat, '')) AS csat_surveyed,
       count(CASE WHEN csat <> '' AND CAST(csat AS INTEGER) >= 4 THEN 1 END) AS csat_top2,
       total(csat) AS csat_sum
FROM (SELECT *, date(substr(started_at, 1, 10), '-3 days', 'weekday 4') AS thu FROM interactions)
GROUP BY agent_id, week;
EOF
}
baseline_sql "$CSV/interactions.csv" >"$WORK/baseline.sql"

# The lighter baseline: no ISO week (strftime's %W is a Monday-based week
# number of the calendar year), no count of known or top-2 cells.
light_sql() { # CSV_FILE
    cat <<EOF
.bail on
.mode csv
.import '$1' interactions
CREATE TABLE rollups AS
SELECT agent_id, strftime('%Y-%W', started_at) AS week,
       sum(handle_seconds), sum(handle_seconds * handle_seconds), sum(resolved_first_contact),
       sum(repeat_contact), sum(escalated), sum(defects), sum(csat), count(*)
FROM interactions
GROUP BY agent_id, strftime('%Y-%W', started_at);
EOF
}
light_sql "$CSV/interactions.csv" >"$WORK/light.sql"

ours_once() { # RUN
    rm -f "$WORK/ours.db" "$WORK/ours.db-wal" "$WORK/ours.db-shm"
    "$CLI" --db "$WORK/ours.db" import agents "$CSV/agents.csv" >"$WORK/agents.out" 2>&1 ||
        { cat "$WORK/agents.out" >&2; die "importing agents failed"; }
    measure "ours$1" "$CLI" --db "$WORK/ours.db" import interactions "$CSV/interactions.csv"
}
base_once() { # RUN
    rm -f "$WORK/base.db" "$WORK/base.db-journal"
    measure "base$1" sqlite3 -init "$WORK/baseline.sql" "$WORK/base.db" .quit
}
light_once() { # RUN
    rm -f "$WORK/light.db" "$WORK/light.db-journal"
    measure "light$1" sqlite3 -init "$WORK/light.sql" "$WORK/light.db" .quit
}

# --- timed runs --------------------------------------------------------------
O_WALL=; O_CPU=; O_RSS=; B_WALL=; B_CPU=; B_RSS=; L_WALL=; L_CPU=; L_RSS=
RUN_ROWS=
i=1
while [ "$i" -le "$RUNS" ]; do
    ours_once "$i"
    O_WALL="$O_WALL $T_WALL"; O_CPU="$O_CPU $T_CPU"; O_RSS="$O_RSS $T_RSS"
    RUN_ROWS="$RUN_ROWS
ours     $i  wall ${T_WALL}s  user ${T_USER}s  sys ${T_SYS}s  peak RSS ${T_RSS} MB"
    echo "ours run $i: wall ${T_WALL}s, user ${T_USER}s, sys ${T_SYS}s, RSS ${T_RSS} MB"
    base_once "$i"
    B_WALL="$B_WALL $T_WALL"; B_CPU="$B_CPU $T_CPU"; B_RSS="$B_RSS $T_RSS"
    RUN_ROWS="$RUN_ROWS
baseline $i  wall ${T_WALL}s  user ${T_USER}s  sys ${T_SYS}s  peak RSS ${T_RSS} MB"
    echo "baseline run $i: wall ${T_WALL}s, user ${T_USER}s, sys ${T_SYS}s, RSS ${T_RSS} MB"
    light_once "$i"
    L_WALL="$L_WALL $T_WALL"; L_CPU="$L_CPU $T_CPU"; L_RSS="$L_RSS $T_RSS"
    RUN_ROWS="$RUN_ROWS
light    $i  wall ${T_WALL}s  user ${T_USER}s  sys ${T_SYS}s  peak RSS ${T_RSS} MB"
    echo "light run $i: wall ${T_WALL}s, user ${T_USER}s, sys ${T_SYS}s, RSS ${T_RSS} MB"
    i=$((i + 1))
done
ROWS=$(sqlite3 "$WORK/ours.db" 'SELECT count(*) FROM interactions')
OURS_DB_MB=$(size_mb "$WORK/ours.db" "$WORK/ours.db-wal")
BASE_DB_MB=$(size_mb "$WORK/base.db")

# --- same sums? (untimed) -----------------------------------------------------
cmp_sql="ATTACH '$WORK/base.db' AS b;
CREATE TEMP VIEW o AS SELECT agent_id, week, interactions, round(handle_seconds, 3), round(handle_seconds_sq, 0),
  fcr_known, fcr_resolved, repeat_contacts, escalations, defects, csat_surveyed, csat_top2, csat_sum
  FROM main.interaction_rollups;
CREATE TEMP VIEW x AS SELECT agent_id, week, interactions, round(handle_seconds, 3), round(handle_seconds_sq, 0),
  fcr_known, CAST(fcr_resolved AS INTEGER), CAST(repeat_contacts AS INTEGER), CAST(escalations AS INTEGER),
  CAST(defects AS INTEGER), csat_surveyed, csat_top2, CAST(csat_sum AS INTEGER) FROM b.rollups;
SELECT (SELECT count(*) FROM o), (SELECT count(*) FROM x),
  (SELECT count(*) FROM (SELECT * FROM o EXCEPT SELECT * FROM x)),
  (SELECT count(*) FROM (SELECT * FROM x EXCEPT SELECT * FROM o));"
# shellcheck disable=SC2046
set -- $(sqlite3 -separator ' ' "$WORK/ours.db" "$cmp_sql")
if [ "$1" = "$2" ] && [ "$3" = 0 ] && [ "$4" = 0 ]; then
    SAME="yes ($1 agent-weeks, identical sums)"
else
    SAME="NO: ours $1 agent-weeks, baseline $2; $3 rows only in ours, $4 only in the baseline"
fi
echo "same rollups as the baseline: $SAME"

# --- instruction counts ---------------------------------------------------------
IR_O=n/a; IR_B=n/a; IR_RATIO=n/a; IR_L=n/a; IR_LRATIO=n/a
if [ "$CALLGRIND" = 1 ]; then
    echo "callgrind on a $SLICE-row slice (slow)..."
    head -n $((SLICE + 1)) "$CSV/interactions.csv" >"$WORK/slice.csv"
    baseline_sql "$WORK/slice.csv" >"$WORK/baseline_slice.sql"
    rm -f "$WORK/cg.db" "$WORK/cg.db-wal" "$WORK/cg.db-shm" "$WORK/cgbase.db"
    "$CLI" --db "$WORK/cg.db" import agents "$CSV/agents.csv" >/dev/null
    callgrind_ir cg_ours "$CLI" --db "$WORK/cg.db" import interactions "$WORK/slice.csv"
    IR_O=$IR
    callgrind_ir cg_base sqlite3 -init "$WORK/baseline_slice.sql" "$WORK/cgbase.db" .quit
    IR_B=$IR
    IR_RATIO=$(ratio "$IR_O" "$IR_B")
    light_sql "$WORK/slice.csv" >"$WORK/light_slice.sql"
    rm -f "$WORK/cglight.db"
    callgrind_ir cg_light sqlite3 -init "$WORK/light_slice.sql" "$WORK/cglight.db" .quit
    IR_L=$IR
    IR_LRATIO=$(ratio "$IR_O" "$IR_L")
    # Where our instructions go: kept (small) with the results.
    if command -v callgrind_annotate >/dev/null; then
        callgrind_annotate "$WORK/cg_ours.callgrind" 2>/dev/null | sed -n '1,60p' >"$RESULTS/callgrind_ours_self.txt" || true
        callgrind_annotate --inclusive=yes "$WORK/cg_ours.callgrind" 2>/dev/null | sed -n '1,80p' \
            >"$RESULTS/callgrind_ours_inclusive.txt" || true
        callgrind_annotate "$WORK/cg_base.callgrind" 2>/dev/null | sed -n '1,40p' >"$RESULTS/callgrind_base_self.txt" || true
        # Self cost per binary or library (our code, libsqlite3, libc, Qt).
        for side in ours base; do
            callgrind_annotate --threshold=100 "$WORK/cg_$side.callgrind" 2>/dev/null | awk '
                /^ *[0-9,]+ +\([ 0-9.]+%\) +.*\[.*\]$/ {
                    ir = $1; gsub(",", "", ir); obj = $NF; gsub(/[][]/, "", obj); n = split(obj, parts, "/")
                    by[parts[n]] += ir; total += ir }
                END { for (o in by) printf "%6.1f%%  %15.0f  %s\n", 100 * by[o] / total, by[o], o }' |
                sort -rn >"$RESULTS/callgrind_${side}_by_object.txt" || true
        done
    fi
fi

# --- results --------------------------------------------------------------------
# shellcheck disable=SC2086
{
MO_WALL=$(median $O_WALL); MB_WALL=$(median $B_WALL)
MO_CPU=$(median $O_CPU); MB_CPU=$(median $B_CPU)
MO_RSS=$(median $O_RSS); MB_RSS=$(median $B_RSS)
ML_WALL=$(median $L_WALL); ML_CPU=$(median $L_CPU); ML_RSS=$(median $L_RSS)
}
WALL_RATIO=$(ratio "$MO_WALL" "$MB_WALL")
CPU_RATIO=$(ratio "$MO_CPU" "$MB_CPU")
LWALL_RATIO=$(ratio "$MO_WALL" "$ML_WALL")
LCPU_RATIO=$(ratio "$MO_CPU" "$ML_CPU")
ROWS_S=$(awk -v r="$ROWS" -v t="$MO_WALL" 'BEGIN { printf "%.0f", r / t }')
BROWS_S=$(awk -v r="$ROWS" -v t="$MB_WALL" 'BEGIN { printf "%.0f", r / t }')

out=$RESULTS/import_vs_sqlite.txt
{
    echo "import_vs_sqlite: $ROWS interactions ($CSV_MB MB CSV), $RUNS runs each, medians"
    echo "machine: $(machine_line)"
    echo "runs:$RUN_ROWS"
    echo
    echo "heavier baseline: .import + GROUP BY agent and ISO week with the 11 sums of interaction_rollups"
    printf '%-34s %12s %12s %8s  %s\n' "metric" "ours" "baseline" "ratio" "target"
    printf '%-34s %12s %12s %8s  %s\n' "wall time (s)" "$MO_WALL" "$MB_WALL" "$WALL_RATIO" \
        "<= 0.75 $(verdict "$WALL_RATIO" '<=' 0.75)"
    printf '%-34s %12s %12s %8s  %s\n' "user+sys CPU (s)" "$MO_CPU" "$MB_CPU" "$CPU_RATIO" \
        "<= 0.75 $(verdict "$CPU_RATIO" '<=' 0.75)"
    printf '%-34s %12s %12s %8s  %s\n' "instructions, $SLICE-row slice" "$IR_O" "$IR_B" "$IR_RATIO" \
        "$( [ "$IR_RATIO" = n/a ] && echo - || echo "<= 0.75 $(verdict "$IR_RATIO" '<=' 0.75)")"
    printf '%-34s %12s %12s %8s  %s\n' "rows/s (wall)" "$ROWS_S" "$BROWS_S" "" ""
    printf '%-34s %12s %12s %8s  %s\n' "peak RSS (MB)" "$MO_RSS" "$MB_RSS" "" "ours < 100 $(verdict "$MO_RSS" '<' 100)"
    printf '%-34s %12s %12s %8s  %s\n' "database size (MB)" "$OURS_DB_MB" "$BASE_DB_MB" "" ""
    echo "same rollups: $SAME"
    echo
    echo "light baseline: bare .import + GROUP BY agent_id, strftime('%Y-%W', started_at) with eight sums"
    printf '%-34s %12s %12s %8s  %s\n' "metric" "ours" "light" "ratio" "target"
    printf '%-34s %12s %12s %8s  %s\n' "wall time (s)" "$MO_WALL" "$ML_WALL" "$LWALL_RATIO" \
        "<= 0.6 $(verdict "$LWALL_RATIO" '<=' 0.6)"
    printf '%-34s %12s %12s %8s  %s\n' "user+sys CPU (s)" "$MO_CPU" "$ML_CPU" "$LCPU_RATIO" \
        "<= 0.6 $(verdict "$LCPU_RATIO" '<=' 0.6)"
    printf '%-34s %12s %12s %8s  %s\n' "instructions, $SLICE-row slice" "$IR_O" "$IR_L" "$IR_LRATIO" \
        "$( [ "$IR_LRATIO" = n/a ] && echo - || echo "<= 0.6 $(verdict "$IR_LRATIO" '<=' 0.6)")"
    printf '%-34s %12s %12s %8s  %s\n' "peak RSS (MB)" "$MO_RSS" "$ML_RSS" "" ""
} | tee "$out"

if [ "${FB_BENCH_KEEP:-0}" != 1 ]; then
    rm -rf "$WORK"
fi
