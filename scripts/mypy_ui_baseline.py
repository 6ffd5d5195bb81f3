"""mypy on the window (`ui/`) against its recorded baseline: per file, at most the errors it had
when mypy joined CI (issue 15). The baseline only shrinks: a file over its count, or a file with
errors and no count, fails; `--update` writes the counts anew after a file was fixed (and
refuses to raise any); `--init` records the counts as they are (once, when it was set up).

usage: python scripts/mypy_ui_baseline.py [--update | --init]"""
from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / ".ci" / "mypy_ui_baseline.txt"
ERROR = re.compile(r"^(ui/[^:]+):\d+: error:")


def current() -> Counter[str]:
    out = subprocess.run([sys.executable, "-m", "mypy", "ui"], cwd=ROOT, capture_output=True,
                         text=True).stdout
    return Counter(m.group(1) for line in out.splitlines() if (m := ERROR.match(line)))


def recorded() -> Counter[str]:
    counts: Counter[str] = Counter()
    for line in BASELINE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            count, path = line.split(maxsplit=1)
            counts[path] = int(count)
    return counts


def main(argv: list[str]) -> int:
    now, before = current(), recorded()
    worse = [] if "--init" in argv else sorted(p for p in now if now[p] > before.get(p, 0))
    for path in worse:
        print(f"{path}: {now[path]} mypy errors, baseline {before.get(path, 0)}")
    if worse:
        print(f"mypy (ui): over the baseline in {len(worse)} files; run `mypy ui` and fix them")
        return 1
    if "--update" in argv or "--init" in argv:
        lines = ["# mypy errors per file of ui/ (scripts/mypy_ui_baseline.py); only shrinks"]
        lines += [f"{now[p]} {p}" for p in sorted(now)]
        BASELINE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"mypy (ui): {sum(now.values())} errors, baseline {sum(before.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
