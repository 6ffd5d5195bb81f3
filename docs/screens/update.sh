#!/bin/sh
# Screenshots of every page of the desktop application, on a fresh demo database, for the
# README. Renders offscreen at 1280x800:  docs/screens/update.sh  (uses $PYTHON, else python3)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
py=${PYTHON:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db="$tmp/demo.db"
"$py" -m ruralperf --db "$db" demo >/dev/null
quarter=$("$py" -c "
from datetime import date
from ruralperf.workspace import Workspace
print(Workspace.open('$db').overview.default_quarter(date.today()))")
"$py" -m ruralperf --db "$db" payrun "$quarter" >/dev/null  # a saved run to show
for page in home staff households loans snapshots deposits items recoveries limitation \
            targets adjustments parameters holidays payrun simulation import; do
    "$py" -m ruralperf --db "$db" gui --screenshot "$here/$page.png" --page "$page"
done
"$py" -m ruralperf --lang en --db "$db" gui --screenshot "$here/payrun_en.png" --page payrun
echo "screenshots of $quarter written to $here"
