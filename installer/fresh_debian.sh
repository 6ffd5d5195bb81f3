#!/usr/bin/env bash
# Run a command of this repository on a truly fresh Debian 12 (bookworm): a debootstrap chroot
# with only python3, python3-venv, git and ca-certificates added, a clone of this repository
# and a copy of ../shared beside it, as root (or, with --user, as a user without root).
# This is how issue 21 checked that `.ci/run` installs every system package it needs.
#   sudo bash installer/fresh_debian.sh [--keep] [--user] [COMMAND...]   (default: bash .ci/run)
# Needs root and debootstrap (apt-get install debootstrap). The pristine base system is made
# once in $RURALPERF_CHROOT_BASE (default /work/chroot/bookworm, ~400 MB, ~1 min); each run
# works in a fresh copy of it ($RURALPERF_CHROOT_RUN, default /work/chroot/run), removed at the
# end unless --keep. The mirror is the one of this machine's apt sources (else deb.debian.org).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
BASE=${RURALPERF_CHROOT_BASE:-/work/chroot/bookworm}
RUN=${RURALPERF_CHROOT_RUN:-/work/chroot/run}
SHARED=${RURALPERF_SHARED:-$REPO/../shared}
keep=0; as_user=0
while [ $# -gt 0 ]; do
  case $1 in
    --keep) keep=1; shift ;;
    --user) as_user=1; shift ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || set -- bash .ci/run
[ "$(id -u)" = 0 ] || { echo "fresh_debian: run as root (debootstrap, chroot, mount)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "fresh_debian: sudo apt-get install -y debootstrap" >&2; exit 2; }

mirror() {  # the first Debian mirror of this machine's apt sources
  grep -hoE '(URIs:|deb) +https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list \
    /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list 2>/dev/null \
    | awk '{print $2}' | head -1 || true  # a missing sources file is no mirror, not an error
}
if [ ! -x "$BASE/usr/bin/python3" ]; then
  url=$(mirror); url=${url:-http://deb.debian.org/debian}
  echo "== debootstrap bookworm from $url into $BASE"
  mkdir -p "$(dirname "$BASE")"
  t=$(date +%s)
  debootstrap --variant=minbase --include=python3,python3-venv,git,ca-certificates \
    bookworm "$BASE" "$url" >"$BASE.log" 2>&1 || { tail -20 "$BASE.log"; exit 1; }
  cp /etc/apt/sources.list.d/debian.sources "$BASE/etc/apt/sources.list.d/" 2>/dev/null || true
  echo "   base system in $(( $(date +%s) - t )) s"
fi

unmount() {
  for m in dev/pts dev sys proc; do umount -l "$RUN/$m" 2>/dev/null || true; done
}
unmount
rm -rf "$RUN"
echo "== fresh copy of the base system: $RUN"
cp -a "$BASE" "$RUN"
cp /etc/resolv.conf "$RUN/etc/resolv.conf"
# This machine's local certificate authorities (a proxy's), so that pip reaches the registry.
if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
  cp /usr/local/share/ca-certificates/*.crt "$RUN/usr/local/share/ca-certificates/"
  chroot "$RUN" update-ca-certificates >/dev/null 2>&1
fi
mkdir -p "$RUN/ci"
git clone -q "$REPO" "$RUN/ci/repo"
cp -rL "$SHARED" "$RUN/ci/shared"  # -L: ../shared may be a symbolic link
chmod -R a-w "$RUN/ci/shared"
mount -t proc proc "$RUN/proc"
mount -t sysfs sys "$RUN/sys"
mount --bind /dev "$RUN/dev"
mount --bind /dev/pts "$RUN/dev/pts"
cleanup() { unmount; [ "$keep" = 1 ] || rm -rf "$RUN"; }
trap cleanup EXIT

start=$(date +%s)
rc=0
cmd=$(printf '%q ' "$@")
if [ "$as_user" = 1 ]; then
  chroot "$RUN" sh -c 'id clerk >/dev/null 2>&1 || useradd -m clerk; chown -R clerk /ci/repo'
  chroot "$RUN" su clerk -s /bin/bash -c "cd /ci/repo && env -i HOME=/home/clerk \
    PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 CI=true $cmd" </dev/null || rc=$?
else
  chroot "$RUN" /bin/bash -c "cd /ci/repo && env -i HOME=/root \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 CI=true $cmd" \
    </dev/null || rc=$?
fi
echo "fresh_debian: '$cmd' exited $rc after $(( $(date +%s) - start )) s"
exit $rc
