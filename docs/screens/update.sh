#!/bin/sh
# Screenshots of every page of the desktop application, on a fresh demo database, for the
# README. Renders offscreen at 1366x768 (the branches' most common screen) and again at 150 %
# scaling into scaled150/ (a 1920x1080 screen at 150 %: 1280x720 logical pixels):
#   docs/screens/update.sh  (uses $PYTHON, else python3)
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
pages="home staff households loans snapshots deposits items recoveries limitation targets \
       adjustments parameters holidays payrun deferral_ledger simulation import audit backups"
for page in $pages; do
    "$py" -m ruralperf --db "$db" gui --screenshot "$here/$page.png" --page "$page"
done
"$py" -m ruralperf --lang en --db "$db" gui --screenshot "$here/payrun_en.png" --page payrun
"$py" -m ruralperf --lang en --db "$db" gui --screenshot "$here/loans_en.png" --page loans
mkdir -p "$here/scaled150"
for page in $pages; do
    QT_SCALE_FACTOR=1.5 RURALPERF_SCREENSHOT_SIZE=1280x720 \
        "$py" -m ruralperf --db "$db" gui --screenshot "$here/scaled150/$page.png" --page "$page"
done
echo "screenshots of $quarter written to $here"
