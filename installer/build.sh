#!/usr/bin/env bash
# Build the one-folder bundle dist/ruralperf/ on Linux (30-50 s once the packages are cached;
# ~230 MB). The bundle is built in its own virtualenv, build/venv, from the exact versions of
# installer/requirements-frozen.txt (not from the development .venv, whose versions float), with
# $PYTHON or python3. The Debian packages PyInstaller needs (binutils for objdump, the
# interpreter's libpython3.X, libcups2 for Qt's print-support plugin, Qt's libraries) are
# installed when missing (as root), else the build stops with the command to run.
# Intermediate files go to build/, the bundle to dist/.
#   bash installer/build.sh            -> dist/ruralperf/ruralperf (GUI and command line)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/system_packages.sh

PY=${PYTHON:-python3}
REQUIREMENTS=installer/requirements-frozen.txt
VENV=build/venv
echo "[build 1/3] system packages"
if ! dpkg-query -S "$("$PY" -c 'import os, sys; print(os.path.realpath(sys._base_executable))')" \
     >/dev/null 2>&1 \
   && [ "$("$PY" -c 'import sysconfig; print(sysconfig.get_config_var("Py_ENABLE_SHARED"))')" != 1 ]
then  # not Debian's python3 (whose libpython3.X package is installed below): it needs its own
  echo "build: $PY was built without --enable-shared; PyInstaller needs the shared libpython." >&2
  echo "       Use Debian's python3 (PYTHON=/usr/bin/python3) or a Python built with --enable-shared." >&2
  exit 1
fi
require_packages "bundle build" $(bundle_build_packages "$PY") $QT_PACKAGES
echo "[build 2/3] build environment $VENV ($REQUIREMENTS)"
if [ -x "$VENV/bin/python" ] && \
   [ "$(readlink -f "$VENV/bin/python")" != "$("$PY" -c 'import os, sys; print(os.path.realpath(sys.executable))')" ]; then
  rm -rf "$VENV"  # made with another interpreter
fi
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
stamp=$VENV/.requirements
if ! cmp -s "$REQUIREMENTS" "$stamp"; then
  if ! PIP_DISABLE_PIP_VERSION_CHECK=1 "$VENV/bin/python" -m pip install -q \
       -r "$REQUIREMENTS" >"$VENV/pip.log" 2>&1; then
    tail -20 "$VENV/pip.log" >&2; echo "build: pip install failed ($VENV/pip.log)" >&2; exit 1
  fi
  cp "$REQUIREMENTS" "$stamp"
fi
echo "[build 3/3] PyInstaller"
log=build/pyinstaller.log
mkdir -p build
if ! "$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
     --distpath dist --workpath build installer/ruralperf.spec >"$log" 2>&1; then
  cat "$log" >&2; echo "build: PyInstaller failed" >&2; exit 1
fi
# A library PyInstaller could not find is left out of the bundle silently (the program then
# fails on a machine without it): a missing system package must fail the build. (Qt's GTK 3
# theme plugin, which needs GTK, is left out of the bundle on purpose: ruralperf.spec.)
if grep -E "Library not found|could not resolve" "$log" | grep -v "platformthemes/libqgtk3" >&2
then
  echo "build: libraries missing from the bundle (above): a system package is not installed" >&2
  exit 1
fi
echo "built dist/ruralperf ($(du -sm dist/ruralperf | cut -f1) MB)"
