#!/usr/bin/env bash
# Set up everything ruralperf needs on a fresh Debian/Ubuntu machine (idempotent): the system
# packages of scripts/system_packages.sh (Qt's libraries, CUPS, poppler for the PDF checks),
# then a virtualenv in .venv with the application and its test tools. Run by run_demo.sh and
# run_tests.sh. One progress line per step. Without root (and without password-less sudo) it
# stops at the first step with the exact `sudo apt-get install` command to run.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/system_packages.sh

PY=${PYTHON:-python3}
echo "[1/3] system packages"
command -v "$PY" >/dev/null 2>&1 || { echo "ruralperf: $PY not found: install Python 3.11 or later" >&2; exit 1; }
"$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "ruralperf: Python 3.11 or later is needed ($("$PY" --version 2>&1))" >&2; exit 1; }
packages="$QT_PACKAGES $TEST_PACKAGES"
if [ ! -x .venv/bin/python ] && ! "$PY" -c 'import ensurepip' 2>/dev/null; then
  packages="$packages python3-venv"  # Debian splits `python3 -m venv` into its own package
fi
require_packages "Qt, printing, PDF tools" $packages

echo "[2/3] Python environment .venv"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi

echo "[3/3] Python packages (pyproject.toml)"
stamp=.venv/.ruralperf-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  export PIP_DISABLE_PIP_VERSION_CHECK=1
  log=.venv/pip-install.log
  # pip's and setuptools' own chatter (the editable-install notice) goes to the log; on a
  # failure the end of the log is shown.
  if ! { .venv/bin/python -m pip install -q --upgrade pip \
         && .venv/bin/python -m pip install -q -e ".[dev]"; } >"$log" 2>&1; then
    tail -30 "$log" >&2
    echo "ruralperf: installing the Python packages failed (whole log: $log)" >&2
    exit 1
  fi
  touch "$stamp"
fi
echo "ready: .venv with ruralperf $(.venv/bin/python -c 'import ruralperf; print(ruralperf.__version__)') on $(.venv/bin/python --version)"
