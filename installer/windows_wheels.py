"""CI check (issue 21): every Python package of the Windows bundle exists as a wheel for
64-bit Windows and CPython 3.11, so that the Windows build (.github/workflows/windows.yml,
installer/README.md) never needs a compiler. Run on Linux:

    .venv/bin/python installer/windows_wheels.py [--dest DIR]

Checks, from pyproject.toml and installer/requirements-frozen.txt:
1. every dependency of pyproject.toml is pinned in requirements-frozen.txt, and the pin
   satisfies pyproject's specifier (the bundle ships what the project allows);
2. every pinned line that applies on Windows downloads as a win_amd64 / cp311 wheel
   (`pip download --only-binary=:all: --platform win_amd64 --python-version 3.11 --no-deps`);
3. the pins are complete: pip resolves them together for that platform, with their
   dependencies, and needs nothing that is not pinned. (pip evaluates environment markers for
   the machine it runs on, so Windows-only dependencies are pinned with a marker by hand.)
Exit 0 when all hold. Needs the network to the package index (the pip cache makes reruns quick).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "installer" / "requirements-frozen.txt"
PLATFORM = ["--platform", "win_amd64", "--python-version", "3.11", "--implementation", "cp",
            "--only-binary=:all:"]
WINDOWS = {**default_environment(), "sys_platform": "win32", "platform_system": "Windows",
           "os_name": "nt", "platform_machine": "AMD64", "python_version": "3.11",
           "python_full_version": "3.11.9", "implementation_name": "cpython",
           "platform_python_implementation": "CPython"}


def frozen_pins(path: Path = FROZEN) -> list[Requirement]:
    pins = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            pins.append(Requirement(line))
    return pins


def project_dependencies(path: Path = ROOT / "pyproject.toml") -> list[Requirement]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [Requirement(text) for text in data["project"]["dependencies"]]


def pinned_version(req: Requirement) -> str | None:
    specs = list(req.specifier)
    if len(specs) == 1 and specs[0].operator == "==":
        return specs[0].version
    return None


def on_windows(req: Requirement) -> bool:
    return req.marker is None or req.marker.evaluate(WINDOWS)


def consistency_problems(pins: list[Requirement], deps: list[Requirement]) -> list[str]:
    """Check 1: pyproject's dependencies, each pinned exactly and within its specifier."""
    problems = []
    by_name = {canonicalize_name(p.name): p for p in pins}
    for pin in pins:
        if pinned_version(pin) is None:
            problems.append(f"{pin}: not an exact pin (name==version)")
    for dep in deps:
        pin = by_name.get(canonicalize_name(dep.name))
        if pin is None:
            problems.append(f"{dep}: not pinned in {FROZEN.name}")
        elif pinned_version(pin) and not dep.specifier.contains(pinned_version(pin),
                                                                  prereleases=True):
            problems.append(f"{pin}: outside pyproject's {dep}")
    return problems


def pip(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args],
                          capture_output=True, text=True)


def download(pin: Requirement, dest: Path) -> tuple[bool, str]:
    """Check 2 for one pin: (ok, the wheel's file name or pip's last error line)."""
    before = set(dest.iterdir())
    done = pip("download", "-q", "--no-deps", *PLATFORM, "-d", str(dest),
               f"{pin.name}=={pinned_version(pin)}")
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        return False, lines[-1] if lines else f"pip exited {done.returncode}"
    new = sorted(p.name for p in set(dest.iterdir()) - before)
    wheel = next((n for n in new if n.endswith(".whl")), None)
    if wheel is None:  # already there from an earlier pin of the same run
        wheel = next((p.name for p in dest.iterdir()
                      if canonicalize_name(p.name.split("-")[0]) == canonicalize_name(pin.name)),
                     "?")
    return wheel.endswith(".whl"), wheel


def unpinned_dependencies(pins: list[Requirement], work: Path) -> list[str]:
    """Check 3: what resolving the pins together for Windows adds that is not pinned."""
    reqs = work / "windows-pins.txt"
    reqs.write_text("".join(f"{p.name}=={pinned_version(p)}\n" for p in pins), encoding="utf-8")
    report = work / "report.json"
    done = pip("install", "-q", "--dry-run", "--ignore-installed", *PLATFORM,
               "--target", str(work / "target"), "--report", str(report), "-r", str(reqs))
    if done.returncode != 0:
        return [f"resolving the pins failed: {done.stderr.strip().splitlines()[-1:]}"]
    pinned = {canonicalize_name(p.name) for p in pins}
    resolved = json.loads(report.read_text(encoding="utf-8"))["install"]
    return sorted(f"{item['metadata']['name']}=={item['metadata']['version']}"
                  for item in resolved if canonicalize_name(item["metadata"]["name"]) not in pinned)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dest", help="keep the wheels in this folder (default: a temporary one)")
    args = parser.parse_args(argv)
    pins = frozen_pins()
    windows_pins = [p for p in pins if on_windows(p)]
    failures = 0
    for problem in consistency_problems(pins, project_dependencies()):
        print(f"FAIL  {problem}")
        failures += 1
    with tempfile.TemporaryDirectory(prefix="ruralperf-win-") as tmp:
        dest = Path(args.dest) if args.dest else Path(tmp) / "wheels"
        dest.mkdir(parents=True, exist_ok=True)
        wheels = 0
        for pin in windows_pins:
            ok, what = download(pin, dest)
            print(f"{'ok  ' if ok else 'FAIL'}  {pin.name}=={pinned_version(pin)}  {what}")
            wheels += ok
            failures += not ok
        for extra in unpinned_dependencies(windows_pins, Path(tmp)):
            print(f"FAIL  {extra}: needed on Windows but not pinned in {FROZEN.name}")
            failures += 1
    print(f"windows wheels: {wheels} of {len(windows_pins)} packages resolve to win_amd64 / "
          f"CPython 3.11 wheels; {failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
