#!/usr/bin/env bash
# Proves the README's Quick start on a fresh Debian 12 machine, as a new user
# would meet it:
#   1. a minimal Debian 12 root (debootstrap --variant=minbase bookworm, built
#      once and kept in a cache folder outside the checkout) is copied, the
#      current commit is cloned into it with nothing beside it, and the README's
#      test command (scripts/test.sh) runs there: it must install every package
#      it needs by itself;
#   2. the .deb built in that root is installed with apt-get into a second,
#      untouched copy of the minimal root, where the installed programs run.
# Needs root (debootstrap, chroot, mounts) and takes about 20 minutes on 2 cores.
#
#   scripts/check-fresh-debian.sh [--keep]
#
# FLOORBOARD_FRESH_CACHE (default /var/cache/floorboard-fresh-debian) holds the
# minimal root; FLOORBOARD_DEBIAN_MIRROR (default http://deb.debian.org/debian)
# is where debootstrap and apt fetch from. --keep leaves the two roots behind
# for a look (their paths are printed).
set -euo pipefail
cd "$(dirname "$0")/.."

keep=0
[ "${1:-}" = "--keep" ] && keep=1
if [ "$(id -u)" -ne 0 ]; then
  echo "check-fresh-debian: needs root (debootstrap, chroot and bind mounts); run it with sudo." >&2
  exit 2
fi
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
  echo "check-fresh-debian: note: uncommitted changes are not part of the check (it clones HEAD)." >&2
fi

cache=${FLOORBOARD_FRESH_CACHE:-/var/cache/floorboard-fresh-debian}
mirror=${FLOORBOARD_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${mirror%/debian}/debian-security
commit=$(git rev-parse HEAD)
work=$(mktemp -d /var/tmp/floorboard-fresh.XXXXXX)
mounted=()

say() { printf '\n== %s (%s)\n' "$*" "$(date +%H:%M:%S)"; }

unmount_all() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
  mounted=()
}
# The roots bind-mount the host's /dev, /proc and /sys: a removal must never
# reach through a mount left behind (a plain rm -rf of a killed run's folder
# deletes the host's /dev/null), so it stays on one file system and only runs
# once nothing is mounted below the folder.
mounts_below() { awk -v p="$1/" 'index($2, p) == 1 {print $2}' /proc/mounts | sort -r; }
remove_root_folder() {
  local m
  for m in $(mounts_below "$1"); do umount -l "$m" 2>/dev/null || true; done
  if [ -n "$(mounts_below "$1")" ]; then
    echo "check-fresh-debian: $1 still has mounts below it; left in place." >&2
    return 0
  fi
  rm -rf --one-file-system "$1"
}
cleanup() {
  unmount_all
  if [ "$keep" -eq 1 ]; then echo "Roots kept in $work"; else remove_root_folder "$work"; fi
}
trap cleanup EXIT

# A run killed with SIGKILL cannot clean up: its folders and mounts are
# removed here, safely, before this run starts.
for stale in /var/tmp/floorboard-fresh.*; do
  [ -d "$stale" ] && [ "$stale" != "$work" ] && remove_root_folder "$stale"
done

# The minimal root, made once. debootstrap writes into a .partial folder so an
# interrupted run never leaves a half-made cache behind.
if [ ! -f "$cache/rootfs/etc/debian_version" ]; then
  command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap; }
  say "Making the minimal Debian 12 root in $cache (once)"
  [ -d "$cache/rootfs.partial" ] && remove_root_folder "$cache/rootfs.partial"
  mkdir -p "$cache"
  debootstrap --variant=minbase bookworm "$cache/rootfs.partial" "$mirror"
  cat >"$cache/rootfs.partial/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
EOF
  mv "$cache/rootfs.partial" "$cache/rootfs"
fi

# A fresh copy of the cached root with the host's name resolution and the
# kernel file systems a build and its tests use.
new_root() {
  local root=$1
  cp -a "$cache/rootfs" "$root"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  local fs
  for fs in proc sys dev dev/pts; do
    mount --bind "/$fs" "$root/$fs"
    mounted+=("$root/$fs")
  done
  mkdir -p "$root/dev/shm"
  mount -t tmpfs tmpfs "$root/dev/shm"
  mounted+=("$root/dev/shm")
}

in_root() {
  local root=$1
  shift
  chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/bash -c "$*"
}

# 1. The README's test command on a clean clone of HEAD, alone in its folder.
say "Step 1: clean clone of $commit, README test command (scripts/test.sh)"
build_root="$work/build-root"
new_root "$build_root"
mkdir -p "$build_root/home/lead"
git clone --quiet --no-local --no-checkout "$(pwd)" "$build_root/home/lead/floorboard"
git -C "$build_root/home/lead/floorboard" checkout --quiet --detach "$commit"
ls -A "$build_root/home/lead"
start=$(date +%s)
status=0
in_root "$build_root" "cd /home/lead/floorboard && scripts/test.sh" 2>&1 | tee "$work/step1.log" || status=$?
step1=$(($(date +%s) - start))
[ "$status" -eq 0 ] || { echo "Step 1 FAILED (exit $status) after ${step1} s; log: $work/step1.log"; keep=1; exit 1; }
echo "Step 1 passed in ${step1} s"

say "Step 1b: package (cpack -G DEB)"
in_root "$build_root" "cd /home/lead/floorboard/build/release && cpack -G DEB" | tail -n 3
deb=$(ls "$build_root"/home/lead/floorboard/build/release/floorboard_*.deb)
cp "$deb" "$work/"
deb="$work/$(basename "$deb")"
dpkg-deb --field "$deb"
unmount_all

# 2. The package on another fresh root: apt-get resolves its computed
# dependencies, then the installed programs run there.
say "Step 2: apt-get install ./$(basename "$deb") on a second fresh root"
install_root="$work/install-root"
new_root "$install_root"
cp "$deb" "$install_root/tmp/"
start=$(date +%s)
in_root "$install_root" "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/$(basename "$deb") >/tmp/apt.log 2>&1 || { tail -n 30 /tmp/apt.log; exit 1; }"
in_root "$install_root" 'set -e
  cd /tmp
  echo "\$ floorboard-cli --version"; floorboard-cli --version
  echo "\$ floorboard-cli --db x.db demo"; floorboard-cli --db x.db demo
  echo "\$ floorboard-cli --db x.db info"; floorboard-cli --db x.db info | head -n 5
  echo "\$ QT_QPA_PLATFORM=offscreen floorboard --version"; QT_QPA_PLATFORM=offscreen floorboard --version
  echo "\$ floorboard --version   (no display)"; floorboard --version
  echo "\$ QT_QPA_PLATFORM=offscreen floorboard --screenshot shot.png x.db"
  QT_QPA_PLATFORM=offscreen floorboard --screenshot shot.png x.db
  echo "\$ dpkg -L floorboard"; dpkg -L floorboard | grep -v "/$" | grep -E "bin/|applications|icons|mime|metainfo|translations"'
step2=$(($(date +%s) - start))
echo "Step 2 passed in ${step2} s"

say "Fresh Debian 12: README test command passed in ${step1} s; $(basename "$deb") installed and ran in ${step2} s"
