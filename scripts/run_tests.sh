#!/usr/bin/env bash
# One command: set everything up and run the whole test suite (offscreen, no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup_env.sh
echo "running the tests (pytest $*)"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
