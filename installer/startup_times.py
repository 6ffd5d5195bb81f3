"""Start-up times of the frozen program: the median of several runs of `--help` (the bundle
unpacks nothing in one-folder mode, so this is Python + imports), `init` on a new database
(migrations) and `gui --screenshot` (Qt, fonts, translations, the home page).

    python installer/startup_times.py dist/ruralperf/ruralperf [RUNS]

The first run of each command is reported separately (closest to a cold start after a
reboot; later runs find the files in the page cache). Runs in a temporary folder; prints one
line per command; exit 1 if any run fails."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr}")
    return elapsed


def main(argv: list[str]) -> int:
    exe = str(Path(argv[1]).resolve())
    runs = int(argv[2]) if len(argv) > 2 else 5
    with tempfile.TemporaryDirectory(prefix="ruralperf-times-") as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("RURALPERF_")}
        env.update(QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
                   RURALPERF_LOG=os.path.join(tmp, "ruralperf.log"),
                   XDG_DATA_HOME=os.path.join(tmp, "data"),
                   XDG_CONFIG_HOME=os.path.join(tmp, "config"))
        shared_db = os.path.join(tmp, "gui.db")
        timed([exe, "--db", shared_db, "init"], env)
        commands = {
            "--help": lambda i: [exe, "--help"],
            "init (new database)": lambda i: [exe, "--db", os.path.join(tmp, f"new{i}.db"),
                                              "init"],
            "gui --screenshot": lambda i: [exe, "--db", shared_db, "gui", "--screenshot",
                                           os.path.join(tmp, f"shot{i}.png")],
        }
        for label, make in commands.items():
            times = [timed(make(i), env) for i in range(runs)]
            print(f"  {label:<22} median {statistics.median(times):5.2f} s over {runs} runs "
                  f"(first {times[0]:.2f} s, min {min(times):.2f} s, max {max(times):.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
