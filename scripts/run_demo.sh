#!/usr/bin/env bash
# One command: set everything up, create a demo branch database, open the application on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup_env.sh
DB=${RURALPERF_DEMO_DB:-demo.db}
if [ ! -f "$DB" ]; then
  echo "creating the demo branch: $DB"
  .venv/bin/ruralperf --db "$DB" demo >/dev/null
fi
echo "opening the application on $DB"
exec .venv/bin/ruralperf --db "$DB" gui "$@"
