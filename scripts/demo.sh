#!/usr/bin/env bash
# Installs what is missing, builds (release preset) and opens Floorboard on the demo site.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
exec build/release/app/floorboard --demo "$@"
