#!/usr/bin/env bash
# Memory stays bounded on a ~1 GB interactions CSV.
#
#   tests/bench/bounded_memory.sh [BUILD_DIR]
#
# Generates the CSV with `floorboard-cli demo --csv-dir` (default 2500 agents x
# 52 weeks x 100 contacts/week = 13 million interactions, about 1 GB), imports
# it into a new database (agents first, untimed) and runs plain
# `floorboard-cli inspect` on it (never --json: that prints every row).
# Reports wall time, user+sys CPU and peak RSS of both (target: peak RSS well
# under 150 MB, whatever the file's size). Takes a few minutes.
#
# Environment: AGENTS (2500), WEEKS (52), CONTACTS (100), SEED (7),
# FB_BENCH_TMP (/tmp/floorboard-bench), FB_BENCH_KEEP (0; 1 keeps the files).
. "$(dirname "$0")/lib.sh"

BUILD_DIR=${1:-$REPO_DIR/build/bench}
AGENTS=${AGENTS:-2500}
WEEKS=${WEEKS:-52}
CONTACTS=${CONTACTS:-100}
SEED=${SEED:-7}
find_cli "$BUILD_DIR"

WORK=$BENCH_TMP/bounded_memory
RESULTS=$BENCH_TMP/results
mkdir -p "$WORK" "$RESULTS"
CSV=$WORK/csv
DB=$WORK/big.db
echo "machine: $(machine_line)"
echo "cli:     $CLI"

stamp="$AGENTS $WEEKS $CONTACTS $SEED"
if [ ! -f "$CSV/interactions.csv" ] || [ "$(cat "$CSV/.params" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$CSV"
    echo "generating $AGENTS agents x $WEEKS weeks x $CONTACTS contacts/week as CSV..."
    measure gen "$CLI" demo --csv-dir "$CSV" --agents "$AGENTS" --weeks "$WEEKS" \
        --contacts-per-week "$CONTACTS" --seed "$SEED"
    echo "$stamp" >"$CSV/.params"
    G_WALL=$T_WALL; G_RSS=$T_RSS
    echo "  generated in ${G_WALL}s wall, peak RSS ${G_RSS} MB"
else
    G_WALL=reused; G_RSS=-
fi
CSV_MB=$(size_mb "$CSV/interactions.csv")
echo "interactions.csv: ${CSV_MB} MB"

rm -f "$DB" "$DB-wal" "$DB-shm"
"$CLI" --db "$DB" import agents "$CSV/agents.csv" >"$WORK/agents.out" 2>&1 ||
    { cat "$WORK/agents.out" >&2; die "importing agents failed"; }
echo "importing interactions..."
measure import "$CLI" --db "$DB" import interactions "$CSV/interactions.csv"
M_WALL=$T_WALL; M_CPU=$T_CPU; M_RSS=$T_RSS
cat "$WORK/import.out"
ROWS=$(sqlite3 "$DB" 'SELECT count(*) FROM interactions')
DB_MB=$(size_mb "$DB" "$DB-wal")

echo "inspect (plain, not --json)..."
MEASURE_ALLOW_FAIL=1 measure inspect "$CLI" inspect "$CSV/interactions.csv"
N_WALL=$T_WALL; N_CPU=$T_CPU; N_RSS=$T_RSS
[ "$T_RC" = 0 ] || echo "inspect exited $T_RC (problems reported)"
sed -n '1,12p' "$WORK/inspect.out"

out=$RESULTS/bounded_memory.txt
{
    echo "bounded_memory: $ROWS interactions, interactions.csv ${CSV_MB} MB, database ${DB_MB} MB"
    echo "machine: $(machine_line)"
    printf '%-24s %10s %12s %12s  %s\n' "step" "wall (s)" "user+sys (s)" "peak RSS MB" "notes"
    printf '%-24s %10s %12s %12s  %s\n' "demo --csv-dir" "$G_WALL" "" "$G_RSS" "generating the CSV"
    printf '%-24s %10s %12s %12s  %s\n' "import interactions" "$M_WALL" "$M_CPU" "$M_RSS" \
        "target < 150 MB $(verdict "$M_RSS" '<' 150); $(awk -v r="$ROWS" -v t="$M_WALL" 'BEGIN { printf "%.0f", r / t }') rows/s"
    printf '%-24s %10s %12s %12s  %s\n' "inspect (plain)" "$N_WALL" "$N_CPU" "$N_RSS" \
        "target < 150 MB $(verdict "$N_RSS" '<' 150)"
} | tee "$out"

if [ "${FB_BENCH_KEEP:-0}" != 1 ]; then
    rm -rf "$WORK"
fi
