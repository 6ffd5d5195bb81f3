#!/usr/bin/env bash
# Guard rails (issue 15): ruff over the repository, mypy on the core (clean, no error code
# silenced: pyproject.toml's [tool.mypy] only names the untyped libraries) and mypy on the window
# against its baseline (scripts/mypy_ui_baseline.py). Run by .ci/run before the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup_env.sh
PY=${RURALPERF_PYTHON:-.venv/bin/python}
echo "ruff"
"$PY" -m ruff check .
echo "mypy (ruralperf)"
"$PY" -m mypy
"$PY" scripts/mypy_ui_baseline.py
