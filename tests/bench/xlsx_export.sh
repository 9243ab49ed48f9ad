#!/usr/bin/env bash
# XLSX export of 1,000,000 interactions: time and peak memory.
#
#   tests/bench/xlsx_export.sh [BUILD_DIR]
#
# Makes a demo database of about a million interactions (default `demo
# --agents 200 --weeks 50 --contacts-per-week 100 --seed 7`, as
# import_vs_sqlite.sh), then exports the interactions as CSV and as an Excel
# workbook (`export interactions FILE.xlsx`, libxlsxwriter's constant_memory
# mode) RUNS times each (default 3), interleaved, and reports the medians of
# wall time, user+sys CPU and peak RSS, and the file sizes. Target: the
# workbook's peak RSS stays bounded (well under 150 MB, as import), whatever
# the number of rows. A few minutes on 2 cores.
#
# Environment: AGENTS (200), WEEKS (50), CONTACTS (100), SEED (7), RUNS (3),
# FB_BENCH_TMP (/tmp/floorboard-bench), FB_BENCH_KEEP (0; 1 keeps the files).
. "$(dirname "$0")/lib.sh"

BUILD_DIR=${1:-$REPO_DIR/build/bench}
AGENTS=${AGENTS:-200}
WEEKS=${WEEKS:-50}
CONTACTS=${CONTACTS:-100}
SEED=${SEED:-7}
RUNS=${RUNS:-3}
find_cli "$BUILD_DIR"

WORK=$BENCH_TMP/xlsx_export
RESULTS=$BENCH_TMP/results
mkdir -p "$WORK" "$RESULTS"
DB=$WORK/demo.db
echo "machine: $(machine_line)"
echo "cli:     $CLI"

stamp="$AGENTS $WEEKS $CONTACTS $SEED"
if [ ! -f "$DB" ] || [ "$(cat "$WORK/.params" 2>/dev/null)" != "$stamp" ]; then
    rm -f "$DB" "$DB-wal" "$DB-shm"
    echo "generating the demo database ($AGENTS agents x $WEEKS weeks x $CONTACTS contacts/week)..."
    "$CLI" --db "$DB" demo --agents "$AGENTS" --weeks "$WEEKS" --contacts-per-week "$CONTACTS" \
        --seed "$SEED" >"$WORK/demo.out" 2>&1 || { cat "$WORK/demo.out" >&2; die "demo failed"; }
    echo "$stamp" >"$WORK/.params"
fi
ROWS=$(sqlite3 "$DB" 'SELECT count(*) FROM interactions')
echo "interactions: $ROWS"

csv_wall=(); csv_cpu=(); csv_rss=(); x_wall=(); x_cpu=(); x_rss=()
for run in $(seq 1 "$RUNS"); do
    measure "csv_$run" "$CLI" --db "$DB" export interactions "$WORK/out.csv"
    csv_wall+=("$T_WALL"); csv_cpu+=("$T_CPU"); csv_rss+=("$T_RSS")
    echo "  run $run csv:  ${T_WALL}s wall, ${T_CPU}s cpu, ${T_RSS} MB peak"
    measure "xlsx_$run" "$CLI" --db "$DB" export interactions "$WORK/out.xlsx"
    x_wall+=("$T_WALL"); x_cpu+=("$T_CPU"); x_rss+=("$T_RSS")
    echo "  run $run xlsx: ${T_WALL}s wall, ${T_CPU}s cpu, ${T_RSS} MB peak"
    grep -q "^$ROWS interactions rows written" "$WORK/xlsx_$run.out" || die "the workbook does not hold $ROWS rows"
done
CSV_MB=$(size_mb "$WORK/out.csv")
XLSX_MB=$(size_mb "$WORK/out.xlsx")
X_RSS=$(median "${x_rss[@]}")

{
    echo "XLSX export, $(date -u +%Y-%m-%d), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "machine: $(machine_line)"
    echo "rows: $ROWS interactions; medians of $RUNS runs"
    echo "| export | wall s | cpu s | peak RSS MB | file MB |"
    echo "| --- | --- | --- | --- | --- |"
    echo "| CSV | $(median "${csv_wall[@]}") | $(median "${csv_cpu[@]}") | $(median "${csv_rss[@]}") | $CSV_MB |"
    echo "| XLSX | $(median "${x_wall[@]}") | $(median "${x_cpu[@]}") | $X_RSS | $XLSX_MB |"
    echo "XLSX peak RSS < 150 MB: $(verdict "$X_RSS" "<" 150)"
} | tee "$RESULTS/xlsx_export.txt"

[ "${FB_BENCH_KEEP:-0}" = 1 ] || rm -f "$WORK/out.csv" "$WORK/out.xlsx"
