"""One background worker for all database, Excel and PDF work (Anki's taskman idea).

    runner = TaskRunner(parent)
    task = runner.run(lambda progress: ws.compute_pay_run(q),
                      on_done=show_result, on_error=show_error, on_progress=bar.update)
    task.cancel()   # the function sees progress.cancelled and may stop early

`fn` runs on the single worker thread (so the SQLite connection is only ever used there);
`on_done(result)`, `on_error(exc)`, `on_progress(i, n, text)` and `on_partial(value)` (what
`fn` hands to `progress.partial` before it is done) run on the UI thread.

    runner.run(fn, ..., beside=True)

runs `fn` on a second worker thread instead, with a connection of its own: for long, read-only
work whose result is kept (the home page's limitation summary on a county database, issue 22),
so the clerk's clicks never queue behind it. `busy()` and `wait()` cover both threads.
"""
from __future__ import annotations

import logging
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("ruralperf.ui")


class Progress:
    """Handed to the background function: call it to report, read `.cancelled` to stop."""

    def __init__(self, signals: "_Signals"):
        self._signals = signals
        self.cancelled = False

    def __call__(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(int(done), int(total), str(text))

    def partial(self, value: Any) -> None:
        """A first part of the result, for `on_partial` on the UI thread (rows shown while
        the rest is computed)."""
        self._signals.partial.emit(value)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)
    partial = Signal(object)


class Task(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any]):
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self.progress = Progress(self.signals)
        self._fn = fn

    def cancel(self) -> None:
        self.progress.cancelled = True

    def run(self) -> None:  # worker thread
        try:
            result = self._fn(self.progress)
        except BaseException as exc:  # delivered to the UI thread, never lost
            log.error("background task failed\n%s", traceback.format_exc())
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs tasks one at a time, in order, on one worker thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)
        self._beside = QThreadPool(self)
        self._beside.setMaxThreadCount(1)
        self._active: set[Task] = set()

    def run(self, fn: Callable[[Progress], Any], *, on_done: Callable[[Any], None] | None = None,
           on_error: Callable[[BaseException], None] | None = None,
           on_progress: Callable[[int, int, str], None] | None = None,
           beside: bool = False, on_partial: Callable[[Any], None] | None = None) -> Task:
        task = Task(fn)
        self._active.add(task)
        if on_progress:
            task.signals.progress.connect(on_progress)
        if on_partial:
            task.signals.partial.connect(on_partial)

        def finished(callback, value):
            self._active.discard(task)
            if not self._active:
                self.busy_changed.emit(False)
            if callback:
                callback(value)

        task.signals.done.connect(lambda r: finished(on_done, r))
        task.signals.failed.connect(lambda e: finished(on_error or _report, e))
        if len(self._active) == 1:
            self.busy_changed.emit(True)
        (self._beside if beside else self._pool).start(task)
        return task

    def busy(self) -> bool:
        return bool(self._active)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until idle (tests and shutdown only)."""
        return self._pool.waitForDone(msecs) and self._beside.waitForDone(msecs)


def _report(exc: BaseException) -> None:
    log.error("unhandled background error: %r", exc)
