#!/usr/bin/env bash
# Installs what is missing, builds (release preset) and opens Floorboard on the demo site.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ] && [ "$(uname -s)" = Linux ]; then
  echo "Built, but there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set):" \
       "run scripts/demo.sh from a desktop session, or use the headless console," \
       "e.g. build/release/app/floorboard-cli --db demo.floorboard demo && build/release/app/floorboard-cli --db demo.floorboard scorecard" >&2
  exit 1
fi
exec build/release/app/floorboard --demo "$@"
