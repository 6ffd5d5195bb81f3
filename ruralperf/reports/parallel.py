"""Writing many statement files, on several processes when that is safe and worth it.

Laying out a statement costs tens of milliseconds of pure-Python work, so a branch of a few
hundred staff is faster on several processes. Processes are used:

- when the caller asks (`workers=N`), or
- automatically (`workers=None`) for 40 or more statements, on a platform that can fork, from the
  main thread of a process that is not a frozen (PyInstaller) build. That is the command line;
  the desktop app calls from a worker thread and so writes serially unless it passes `workers`.

`RURALPERF_REPORT_WORKERS` overrides the automatic choice (1 = always serial). If the pool cannot
start or breaks, the remaining statements are written serially: the result is the same files.

Spawned workers (Windows, or `workers` given where fork is unavailable) re-import the main
module: the entry point must be guarded by `if __name__ == "__main__":` and, in a frozen build,
call `multiprocessing.freeze_support()` first.
"""
from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import os
import sys
import threading
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any, Callable, Sequence

from ruralperf.reports import fonts
from ruralperf.reports.files import safe_filename, write_bytes
from ruralperf.reports.labels import file_name
from ruralperf.reports.statement_pdf import statement_pdf

log = logging.getLogger("ruralperf")

Progress = Callable[[int, int, str], None]
AUTO_MIN_STATEMENTS = 40
MAX_WORKERS = 4


def statement_filename(run, staff_no: str, name: str, lang: str = "zh_CN") -> str:
    """`2025Q3-v1_绩效工资单_E001_张伟.pdf` (English: `statement_2025Q3-v1_E001_Zhang.pdf`)."""
    return file_name("statement", lang, label=safe_filename(run.label),
                     staff_no=safe_filename(staff_no), name=safe_filename(name, 20))


def auto_workers(count: int) -> int:
    """How many processes to use for `count` statements when the caller does not say."""
    override = os.environ.get("RURALPERF_REPORT_WORKERS", "").strip()
    if override.isdigit():
        return max(1, int(override))
    if (count < AUTO_MIN_STATEMENTS or getattr(sys, "frozen", False)
            or threading.current_thread() is not threading.main_thread()
            or "fork" not in multiprocessing.get_all_start_methods()):
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS, count // 20))


def _write_one(run, s, branch, out: Path, lang: str, extras=None) -> Path:
    return write_bytes(out / statement_filename(run, s.staff_no, s.name, lang),
                       statement_pdf(run, s.staff_no, branch, lang, extras))


def _write_chunk(run, branch, out: str, lang: str, extras=None) -> list[str]:
    """Worker: every statement of `run` (a run cut down to a few staff members)."""
    return [str(_write_one(run, s, branch, Path(out), lang, extras)) for s in run.result.staff]


def _chunks(run, parts: int) -> list:
    staff = run.result.staff
    size = max(1, -(-len(staff) // parts))
    return [dataclasses.replace(run, result=dataclasses.replace(run.result,
                                                                 staff=staff[i:i + size]))
            for i in range(0, len(staff), size)]


def _write_job(path: str, fn, args) -> str:
    """Worker: one whole-run file (summary PDF or workbook)."""
    return str(write_bytes(Path(path), fn(*args)))


def write_statement_files(run, branch: tuple[str, str], out_dir: str | Path,
                          lang: str = "zh_CN", workers: int | None = None,
                          progress: Progress | None = None, total: int | None = None,
                          extra: Sequence[tuple[Path, Callable[..., bytes], tuple]] = (),
                          extras=None) -> list[Path]:
    """One PDF per staff member of `run`, in staff order, then the `extra` files: each a
    (path, function, arguments) whose function returns the file's bytes (module-level
    functions, so that a worker process can run them). Returns the paths in that order."""
    out = Path(out_dir)
    staff = run.result.staff
    for s in staff:  # a name no font can print stops the batch before its first file
        try:
            fonts.check(s.name)
        except fonts.MissingGlyph as exc:
            raise exc.for_person(s.staff_no, s.name) from None
    out.mkdir(parents=True, exist_ok=True)
    total = total or len(staff) + len(extra)
    workers = auto_workers(len(staff)) if workers is None else max(1, workers)
    written: dict[str, Path] = {}
    if workers > 1:
        try:
            written = _pooled(run, branch, out, lang, workers, progress, total, extra,
                              extras)
        except Exception:  # a pool that cannot start or breaks: finish serially
            log.warning("parallel statement writing failed; writing serially", exc_info=True)

    def done(key: str, path: Path, what: str) -> None:
        written[key] = path
        if progress:
            progress(len(written), total, what)

    for s in staff:
        if s.staff_no not in written:
            done(s.staff_no, _write_one(run, s, branch, out, lang, extras), s.staff_no)
    for path, fn, args in extra:
        if str(path) not in written:
            done(str(path), write_bytes(path, fn(*args)), Path(path).name)
    return [written[s.staff_no] for s in staff] + [written[str(p)] for p, _f, _a in extra]


def _pooled(run, branch, out: Path, lang, workers, progress, total, extra,
            extras=None) -> dict[str, Path]:
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    written: dict[str, Path] = {}
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        # the whole-run files are the longest single jobs: start them first
        # future (of a path, or of a part's paths: told apart below) -> the keys it writes
        futures: dict[Future[Any], list[str]] = {
            pool.submit(_write_job, str(path), fn, args): [str(path)] for path, fn, args in extra}
        for part in _chunks(run, workers * 4):  # small parts balance the load
            futures[pool.submit(_write_chunk, part, branch, str(out), lang, extras)] = \
                [s.staff_no for s in part.result.staff]
        for future in as_completed(futures):
            result = future.result()
            keys = futures[future]
            for key, path in zip(keys, result if isinstance(result, list) else [result]):
                written[key] = Path(path)
            if progress:
                progress(len(written), total, keys[-1])
    return written
