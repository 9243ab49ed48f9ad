#!/usr/bin/env bash
# The ten-million-interaction demo site, then `info` and `check` on it.
#
#   tests/bench/demo_10m.sh [BUILD_DIR]
#
# Times `floorboard-cli --db NEW demo --agents 2000 --weeks 52
# --contacts-per-week 100` (~10.4 million interactions; target < 120 s) and
# reports wall time, user+sys CPU, peak RSS and the database size; then times
# `info` and `check` on the new database (once each, page cache warm).
#
# Environment: AGENTS (2000), WEEKS (52), CONTACTS (100),
# CHECK_TIMEOUT (1800 s; `check` is stopped after that and reported as such),
# FB_BENCH_TMP (/tmp/floorboard-bench), FB_BENCH_KEEP (0; 1 keeps the database).
. "$(dirname "$0")/lib.sh"

BUILD_DIR=${1:-$REPO_DIR/build/bench}
AGENTS=${AGENTS:-2000}
WEEKS=${WEEKS:-52}
CONTACTS=${CONTACTS:-100}
CHECK_TIMEOUT=${CHECK_TIMEOUT:-1800}
find_cli "$BUILD_DIR"

WORK=$BENCH_TMP/demo_10m
RESULTS=$BENCH_TMP/results
mkdir -p "$WORK" "$RESULTS"
DB=$WORK/demo.db
rm -f "$DB" "$DB-wal" "$DB-shm"
echo "machine: $(machine_line)"
echo "cli:     $CLI"

echo "demo: $AGENTS agents x $WEEKS weeks x $CONTACTS contacts/week into $DB..."
measure demo "$CLI" --db "$DB" demo --agents "$AGENTS" --weeks "$WEEKS" --contacts-per-week "$CONTACTS"
D_WALL=$T_WALL; D_USER=$T_USER; D_SYS=$T_SYS; D_RSS=$T_RSS
cat "$WORK/demo.out"
DB_MB=$(size_mb "$DB" "$DB-wal")
WAL_MB=$(size_mb "$DB-wal")
ROWS=$(sqlite3 "$DB" 'SELECT count(*) FROM interactions')
echo "demo: ${D_WALL}s wall, ${D_USER}s user, ${D_SYS}s sys, peak RSS ${D_RSS} MB; $ROWS interactions; database ${DB_MB} MB"

measure info "$CLI" --db "$DB" info
I_WALL=$T_WALL; I_RSS=$T_RSS; I_CPU=$T_CPU
cat "$WORK/info.out"

echo "check (may take a while; stopped after ${CHECK_TIMEOUT}s)..."
MEASURE_ALLOW_FAIL=1 measure check timeout "$CHECK_TIMEOUT" "$CLI" --db "$DB" check
C_WALL=$T_WALL; C_RSS=$T_RSS; C_CPU=$T_CPU
case $T_RC in
0) C_NOTE="all checks passed" ;;
1) C_NOTE="problems reported: $(tail -n 1 "$WORK/check.out")" ;;
124) C_NOTE="STOPPED after ${CHECK_TIMEOUT}s" ;;
*) C_NOTE="exit $T_RC: $(tail -n 1 "$WORK/check.out")" ;;
esac
cat "$WORK/check.out"

ROWS_S=$(awk -v r="$ROWS" -v t="$D_WALL" 'BEGIN { printf "%.0f", r / t }')
out=$RESULTS/demo_10m.txt
{
    echo "demo_10m: $AGENTS agents x $WEEKS weeks x $CONTACTS contacts/week = $ROWS interactions"
    echo "machine: $(machine_line)"
    printf '%-22s %10s %12s %12s  %s\n' "step" "wall (s)" "user+sys (s)" "peak RSS MB" "notes"
    printf '%-22s %10s %12s %12s  %s\n' "demo (into database)" "$D_WALL" \
        "$(awk -v u="$D_USER" -v s="$D_SYS" 'BEGIN { printf "%.2f", u + s }')" "$D_RSS" \
        "target < 120 s $(verdict "$D_WALL" '<' 120); $ROWS_S interactions/s"
    printf '%-22s %10s %12s %12s  %s\n' "info" "$I_WALL" "$I_CPU" "$I_RSS" ""
    printf '%-22s %10s %12s %12s  %s\n' "check" "$C_WALL" "$C_CPU" "$C_RSS" "$C_NOTE"
    echo "database size: ${DB_MB} MB (of which WAL ${WAL_MB} MB)"
} | tee "$out"

if [ "${FB_BENCH_KEEP:-0}" != 1 ]; then
    rm -rf "$WORK"
fi
