# Shared helpers of the Floorboard benchmark scripts (sourced, not run).
# shellcheck disable=SC2034  # variables set here are read by the scripts that source this file
# POSIX tools only, plus GNU /usr/bin/time (-v) for peak RSS.

set -eu

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/../.." && pwd)
# Large generated files live here, never in the repository.
BENCH_TMP=${FB_BENCH_TMP:-/tmp/floorboard-bench}

die() { echo "error: $*" >&2; exit 2; }

# find_cli BUILD_DIR: sets CLI to the floorboard-cli of that build tree.
find_cli() {
    CLI=
    for c in "$1/app/cli/floorboard-cli" "$1/app/floorboard-cli" "$1/floorboard-cli" "$1/bin/floorboard-cli"; do
        if [ -x "$c" ]; then CLI=$c; break; fi
    done
    [ -n "$CLI" ] || CLI=$(find "$1" -name floorboard-cli -type f -perm -u+x 2>/dev/null | head -n 1)
    [ -n "$CLI" ] || die "no floorboard-cli under $1; build it with:
  cmake -S $REPO_DIR -B $1 -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build $1 -j2 --target floorboard-cli"
    if [ -f "$1/CMakeCache.txt" ]; then
        bt=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$1/CMakeCache.txt")
        [ "$bt" = Release ] || echo "warning: $1 is a '$bt' build, not Release: figures are not comparable" >&2
    fi
}

# measure NAME CMD...: runs CMD under /usr/bin/time -v (stdout and stderr of
# CMD go to $WORK/NAME.out) and sets T_WALL, T_USER, T_SYS (seconds), T_CPU
# (user+sys), T_RSS (peak resident set, MB) and T_RC (exit status). Exits
# when CMD fails, unless MEASURE_ALLOW_FAIL=1.
measure() {
    name=$1; shift
    tf="$WORK/$name.time"
    T_RC=0
    /usr/bin/time -v -o "$tf" "$@" >"$WORK/$name.out" 2>&1 || T_RC=$?
    if [ "$T_RC" != 0 ] && [ "${MEASURE_ALLOW_FAIL:-0}" != 1 ]; then
        echo "command failed (exit $T_RC): $*" >&2
        tail -n 20 "$WORK/$name.out" >&2
        cat "$tf" >&2
        exit 1
    fi
    T_USER=$(sed -n 's/^[[:space:]]*User time (seconds): //p' "$tf")
    T_SYS=$(sed -n 's/^[[:space:]]*System time (seconds): //p' "$tf")
    RSS_KB=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$tf")
    # "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.33" or "1:02:03"
    T_WALL=$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tf" |
        awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }')
    T_CPU=$(awk -v u="$T_USER" -v s="$T_SYS" 'BEGIN { printf "%.2f", u + s }')
    T_RSS=$(awk -v k="$RSS_KB" 'BEGIN { printf "%.1f", k / 1024 }')
}

# median V1 V2 ...: prints the median (mean of the middle two for even counts).
median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
        if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# ratio A B [DIGITS]: A / B.
ratio() { awk -v a="$1" -v b="$2" -v d="${3:-2}" 'BEGIN { if (b == 0) print "n/a"; else printf "%." d "f", a / b }'; }

# verdict VALUE OP LIMIT: "ok" or "MISSED" (OP is <= or <).
verdict() {
    awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN {
        ok = (op == "<=") ? (v <= l) : (v < l); print (ok ? "ok" : "MISSED") }'
}

# size_mb FILE...: total size in MB of the files that exist.
size_mb() {
    t=0
    for f in "$@"; do
        if [ -f "$f" ]; then t=$((t + $(wc -c <"$f"))); fi
    done
    awk -v b="$t" 'BEGIN { printf "%.1f", b / 1048576 }'
}

# Machine description for docs/benchmarks.md.
machine_line() {
    cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
    mem=$(awk '/^MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)
    echo "date $(date '+%Y-%m-%d %H:%M %Z'); nproc $(nproc); CPU $cpu; RAM $mem; load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

# callgrind_ir NAME CMD...: instructions executed by CMD (all threads, all
# libraries) under callgrind; sets IR. The profile stays in $WORK/NAME.callgrind.
callgrind_ir() {
    name=$1; shift
    command -v valgrind >/dev/null || die "valgrind is not installed"
    if ! valgrind --tool=callgrind --callgrind-out-file="$WORK/$name.callgrind" "$@" \
        >"$WORK/$name.cg.out" 2>"$WORK/$name.cg.err"; then
        echo "callgrind run failed: $*" >&2
        tail -n 20 "$WORK/$name.cg.err" >&2
        exit 1
    fi
    IR=$(sed -n 's/^==[0-9]*== Collected : //p' "$WORK/$name.cg.err" | tr -d ' ')
    [ -n "$IR" ] || IR=$(sed -n 's/^summary: //p' "$WORK/$name.callgrind" | cut -d' ' -f1)
}
