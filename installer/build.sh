#!/usr/bin/env bash
# Build the one-folder bundle dist/ruralperf/ on Linux (30-50 s; ~230 MB).
# Uses the project virtualenv .venv (created by scripts/setup_env.sh when missing) or $PYTHON,
# and installs PyInstaller into it. Intermediate files go to build/, the bundle to dist/.
#   bash installer/build.sh            -> dist/ruralperf/ruralperf (GUI and command line)
set -euo pipefail
cd "$(dirname "$0")/.."

PYINSTALLER_VERSION=6.22.3
if [ -z "${PYTHON:-}" ]; then
  [ -x .venv/bin/python ] || bash scripts/setup_env.sh
  PYTHON=.venv/bin/python
fi
if [ "$("$PYTHON" -c 'import PyInstaller; print(PyInstaller.__version__)' 2>/dev/null)" \
     != "$PYINSTALLER_VERSION" ]; then
  "$PYTHON" -m pip install -q "pyinstaller==$PYINSTALLER_VERSION"
fi
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build installer/ruralperf.spec
echo "built dist/ruralperf ($(du -sm dist/ruralperf | cut -f1) MB)"
