#!/usr/bin/env bash
# CI check of the packaged application (issue 8): build the one-folder bundle, then run the
# frozen program the way a branch's first quarter goes: create a database, import the golden
# workbook, compute 2025Q3 (JSON compared with the golden expectation), the limitation list,
# write the statements (PDFs), render the main window offscreen (PNG). Prints the bundle size
# and start-up times; prints a statement through Qt's printing path into a PDF printer. On a
# fresh Debian as root it installs every system package it needs (scripts/system_packages.sh;
# installer/fresh_debian.sh runs CI in such a chroot) and then asserts them with dpkg, so that
# nothing is taken from the host by chance. Exit 0 only if every step passed.
#   bash installer/ci_check.sh          (golden files: ../shared, or $RURALPERF_SHARED)
set -euo pipefail
cd "$(dirname "$0")/.."

SHARED=${RURALPERF_SHARED:-../shared}
WORKBOOK=$SHARED/golden2/branch_2025q3.xlsx
EXPECTED_PAYRUN=$SHARED/golden2/expected_payrun_2025Q3.json  # second edition (issue 16)
EXPECTED_LIMITATION=$SHARED/golden2/expected_limitation_2025-09-30.json  # second edition (issue 17)
GOLDEN_DIFF=$SHARED/tools/golden_diff.py
for f in "$WORKBOOK" "$EXPECTED_PAYRUN" "$EXPECTED_LIMITATION" "$GOLDEN_DIFF"; do
  [ -f "$f" ] || { echo "ci_check: missing $f" >&2; exit 1; }
done

bash scripts/setup_env.sh  # idempotent: system packages when missing, .venv
PY=.venv/bin/python
. scripts/system_packages.sh

echo "== build"
start=$(date +%s)
bash installer/build.sh
BUILD_S=$(( $(date +%s) - start ))
EXE=$PWD/dist/ruralperf/ruralperf
[ -x "$EXE" ] || { echo "ci_check: $EXE was not built" >&2; exit 1; }
echo "== system packages (dpkg)"
assert_packages $QT_PACKAGES $TEST_PACKAGES $(bundle_build_packages "${PYTHON:-python3}")

# A clean user: no saved settings, language, database or log from the machine.
WORK=$(mktemp -d -t ruralperf-ci-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
unset RURALPERF_DB RURALPERF_USER RURALPERF_PASSWORD RURALPERF_LANG
export QT_QPA_PLATFORM=offscreen RURALPERF_LOG=$WORK/ruralperf.log \
  XDG_DATA_HOME=$WORK/data XDG_CONFIG_HOME=$WORK/config
DB=$WORK/branch.db
failures=0

step() {  # step NAME CMD...: run from $WORK, stdout to $WORK/NAME.out; report the exit status
  local name=$1; shift
  local rc=0
  (cd "$WORK" && "$@" >"$WORK/$name.out" 2>"$WORK/$name.err") || rc=$?
  if [ "$rc" = 0 ]; then
    echo "ok    $name"
  else
    echo "FAIL  $name (exit $rc)"; sed 's/^/      /' "$WORK/$name.err" | tail -20
    failures=$((failures + 1))
  fi
  return 0
}

check() {  # check DESCRIPTION TEST...
  local what=$1; shift
  if "$@"; then echo "ok    $what"; else echo "FAIL  $what"; failures=$((failures + 1)); fi
}

is_pdf() { [ -s "$1" ] && [ "$(head -c 5 "$1")" = "%PDF-" ]; }

echo "== frozen program ($EXE)"
step help "$EXE" --help
step init "$EXE" --db "$DB" init
check "database created" test -s "$DB"
step import "$EXE" --db "$DB" import "$(realpath "$WORKBOOK")"
step payrun "$EXE" --db "$DB" payrun 2025Q3 --json
check "pay run equals the golden expectation" \
  python3 "$GOLDEN_DIFF" "$EXPECTED_PAYRUN" "$WORK/payrun.out"
step limitation "$EXE" --db "$DB" limitation --as-of 2025-09-30 --json
check "limitation list equals the golden expectation" \
  python3 "$GOLDEN_DIFF" "$EXPECTED_LIMITATION" "$WORK/limitation.out"
step statements "$EXE" --db "$DB" statements 2025Q3 --out "$WORK/statements"
statements=$(find "$WORK/statements" -name '2025Q3*_绩效工资单_*.pdf' 2>/dev/null | wc -l)
check "statement PDFs written ($statements)" test "$statements" -gt 0
check "summary PDF written" is_pdf "$(find "$WORK/statements" -name '2025Q3*_绩效工资汇总表.pdf' \
  2>/dev/null | head -1)"
bad_pdf=0
for f in "$WORK"/statements/*.pdf; do is_pdf "$f" || bad_pdf=$((bad_pdf + 1)); done
check "every PDF starts with %PDF-" test "$bad_pdf" = 0
check "summary workbook written" test -s "$(find "$WORK/statements" -name '*.xlsx' | head -1)"
first=$(find "$WORK/statements" -name '2025Q3*_绩效工资单_*.pdf' 2>/dev/null | sort | head -1)
step print "$EXE" gui --print-to-pdf "$first" "$WORK/printed.pdf"
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
check "a statement printed through Qt into a PDF printer ($(pages "$WORK/printed.pdf") pages)" \
  test "$(pages "$WORK/printed.pdf")" = "$(pages "$first")" -a -n "$(pages "$first")"
CUPS_PLUGIN=dist/ruralperf/_internal/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so
check "Qt's print-support plugin (CUPS) is in the bundle and finds its libraries" \
  sh -c "test -f '$CUPS_PLUGIN' && ! LD_LIBRARY_PATH=dist/ruralperf/_internal ldd '$CUPS_PLUGIN' | grep 'not found'"
step screenshot "$EXE" --db "$DB" gui --screenshot "$WORK/window.png"
check "screenshot is a 1366x768 PNG (ui.app.SCREENSHOT_SIZE)" python3 - "$WORK/window.png" <<'PYEOF'
import struct, sys
head = open(sys.argv[1], "rb").read(24)
ok = head[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", head[16:24]) == (1366, 768)
sys.exit(0 if ok else 1)
PYEOF
if grep -q "WARNING\|ERROR" "$WORK/ruralperf.log" 2>/dev/null; then
  echo "FAIL  the application logged warnings (missing font, translation, ...):"
  grep "WARNING\|ERROR" "$WORK/ruralperf.log" | sed 's/^/      /' | head -10
  failures=$((failures + 1))
else
  echo "ok    no warnings in the log (font, translations found)"
fi

echo "== bundle"
echo "  dist/ruralperf: $(du -sm dist/ruralperf | cut -f1) MB, $(find dist/ruralperf -type f | wc -l) files; built in ${BUILD_S} s"
echo "== start-up times"
"$PY" installer/startup_times.py "$EXE" 5 || failures=$((failures + 1))

if [ "$failures" != 0 ]; then
  echo "ci_check: $failures check(s) failed" >&2
  exit 1
fi
echo "ci_check: packaged application OK"
