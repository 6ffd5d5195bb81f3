#!/bin/sh
# Refresh the English translation of the user interface:
#   1. pyside6-lupdate collects every tr()/translate() string of ui/ into ruralperf_en.ts
#      (existing translations are kept; strings no longer in the code become "vanished");
#   2. fill_ts.py fills in the English of en.tsv (context, Chinese source, English);
#   3. pyside6-lrelease compiles ruralperf_en.qm, which the application loads.
# Run from anywhere: resources/translations/update.sh   (uses $PYTHON or the venv's tools)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${PYSIDE_BIN:-$(dirname "$(command -v "${PYTHON:-python3}")")}
lupdate=${LUPDATE:-$bin/pyside6-lupdate}
lrelease=${LRELEASE:-$bin/pyside6-lrelease}
cd "$root"
files=$(find ui -name '*.py' -not -path '*/__pycache__/*' | sort)
# shellcheck disable=SC2086
"$lupdate" -no-obsolete -locations none -source-language zh_CN -target-language en \
    $files -ts "$here/ruralperf_en.ts"
"${PYTHON:-python3}" "$here/fill_ts.py" "$here/ruralperf_en.ts" "$here/en.tsv"
"$lrelease" "$here/ruralperf_en.ts" -qm "$here/ruralperf_en.qm"
# 4. Qt's own words missing from the qtbase_zh_CN.qm shipped with PySide6 (file dialog labels)
"$lrelease" "$here/qtbase_extra_zh_CN.ts" -qm "$here/qtbase_extra_zh_CN.qm"
