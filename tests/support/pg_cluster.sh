#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests that run against the site
# server's engine: CTest starts it before them and stops it after them
# (fixture "postgresql", tests/CMakeLists.txt).
#
#   pg_cluster.sh start STATE   initdb in a new temporary folder, start the
#                               server on a Unix socket only, and write
#                               "conninfo=…" and "dir=…" to STATE
#   pg_cluster.sh stop STATE    stop it and remove the folder
#
# Without PostgreSQL's server programs, start writes "unavailable=why" to
# STATE and succeeds: the tests then report themselves skipped with that
# reason, never passed. PostgreSQL refuses to run as root, so under root the
# cluster runs as the "postgres" user that Debian's package creates.
set -euo pipefail

action=${1:?start or stop}
state=${2:?state file}

stop_cluster() {
  [ -f "$state" ] || return 0
  local dir
  dir=$(sed -n 's/^dir=//p' "$state")
  if [ -n "$dir" ] && [ -d "$dir" ]; then
    as_owner "$dir" "$(pg_bin pg_ctl)" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf --one-file-system "$dir"
  fi
  rm -f "$state"
}

# The newest installed server's program: Debian keeps them off PATH, in
# /usr/lib/postgresql/<version>/bin.
pg_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -n 1)
  [ -n "$found" ] || found=$(command -v "$1" 2>/dev/null) || true
  echo "$found"
}

# Runs a command as the folder's owner when that is not us (root running the
# cluster as postgres).
as_owner() {
  local dir=$1
  shift
  if [ "$(id -u)" -eq 0 ] && [ "$(stat -c %U "$dir")" != root ]; then
    runuser -u "$(stat -c %U "$dir")" -- "$@"
  else
    "$@"
  fi
}

unavailable() {
  echo "unavailable=$1" >"$state"
  echo "pg_cluster: $1" >&2
  exit 0
}

case "$action" in
stop)
  stop_cluster
  ;;
start)
  stop_cluster # a cluster left by an interrupted run
  initdb=$(pg_bin initdb)
  pg_ctl=$(pg_bin pg_ctl)
  [ -n "$initdb" ] && [ -n "$pg_ctl" ] ||
    unavailable "PostgreSQL's server programs (initdb, pg_ctl) are not installed; scripts/install-deps.sh installs them (postgresql-15)"
  dir=$(mktemp -d "${TMPDIR:-/tmp}/floorboard-pg.XXXXXX")
  chmod 755 "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 ||
      { rm -rf "$dir"; unavailable "running as root, and there is no 'postgres' user to run the server as"; }
    chown postgres: "$dir"
  fi
  echo "dir=$dir" >"$state"
  # C collation: text sorts by bytes, as in SQLite (docs/architecture.md).
  # No fsync: the cluster is thrown away, and the tests do not measure it.
  as_owner "$dir" "$initdb" -D "$dir/data" -U floorboard --auth=trust --encoding=UTF8 --locale=C --no-sync \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$dir" "$pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $dir -c fsync=off -c full_page_writes=off" start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  echo "conninfo=host=$dir port=5432 user=floorboard dbname=postgres" >>"$state"
  echo "pg_cluster: PostgreSQL $("$(pg_bin postgres)" --version | awk '{print $3}') on $dir"
  ;;
*)
  echo "pg_cluster: unknown action '$action' (start or stop)" >&2
  exit 2
  ;;
esac
