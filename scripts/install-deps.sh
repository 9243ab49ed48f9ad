#!/usr/bin/env bash
# Installs the Debian 12 packages Floorboard builds, tests, packages and runs
# with, only those that are missing. Runs apt-get as root, or through sudo.
# Proven on a minimal Debian 12 root by scripts/check-fresh-debian.sh.
set -euo pipefail

packages=(
  # build
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6opengl6-dev # Qt6Charts' CMake package needs Qt6OpenGL's; only a Recommends of qt6-base-dev
  libgl-dev
  libfmt-dev libsqlite3-dev libsqlitecpp-dev libboost-math-dev
  libxlsxwriter-dev # XLSX export (core/export/XlsxWorkbook)
  zlib1g-dev # xlsxwriter.pc links -lz, and libxlsxwriter-dev does not pull it in (a fresh machine failed without it)
  libpq-dev # the PostgreSQL site server's client library (core/store/PgSql.cpp)
  # run: the fonts the window and the reports are drawn with
  fonts-dejavu-core # the X11 (xcb) and offscreen platform plugins come with libqt6gui6
  qt6-translations-l10n # Qt's own texts (Cancel, Yes, file dialogs) in German: qtbase_de.qm
  # tests: the benchmark baseline, and the validators of the desktop, AppStream and MIME files
  sqlite3 desktop-file-utils appstream shared-mime-info
  python3-openpyxl # tests: reads exported XLSX files back (tests/support/xlsx_dump.py)
  postgresql-15 # tests: the server of the throwaway cluster the store's tests also run against (tests/support/pg_cluster.sh)
  # packaging: cpack -G DEB computes dependencies with dpkg-shlibdeps, which needs file
  dpkg-dev file
)
# --fuzz: also what the fuzz preset builds with (clang and libFuzzer; tests/fuzz/README.md).
# Not for the default build, so a fresh machine does not download a second compiler.
if [ "${1:-}" = "--fuzz" ]; then
  packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "install-deps: these Debian packages are missing and installing them needs root: ${missing[*]}" >&2
    echo "install-deps: run this script as root, or install sudo." >&2
    exit 1
  fi
  sudo=(sudo)
fi
# Debian's PostgreSQL package creates and starts a system-wide cluster unless
# told not to. The tests start their own throwaway cluster, so a machine that
# gets PostgreSQL from this script gets no server running in the background:
# createcluster.conf says so before the package is installed. postgresql-common
# installs that file through ucf, which keeps an existing one when apt runs
# noninteractive (a fresh Debian 12 root created no cluster); --force-confold
# does the same for any dpkg conffile the packages bring.
createcluster=/etc/postgresql-common/createcluster.conf
confold=()
if [[ " ${missing[*]} " == *" postgresql-15 "* ]] && [ ! -e "$createcluster" ]; then
  "${sudo[@]}" mkdir -p "$(dirname "$createcluster")"
  echo "create_main_cluster = false # scripts/install-deps.sh: Floorboard's tests start their own" |
    "${sudo[@]}" tee "$createcluster" >/dev/null
  confold=(-o Dpkg::Options::=--force-confold)
fi
"${sudo[@]}" apt-get update -qq
# env: sudo resets the environment, and a prompt would stall a scripted install.
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${confold[@]}" "${missing[@]}"
