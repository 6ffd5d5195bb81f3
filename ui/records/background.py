"""Running work on the background worker for a widget: the callbacks are dropped when Qt has
already deleted the widget (a form closed, a page torn down) before the result arrived."""
from __future__ import annotations

from typing import Any, Callable

import shiboken6


def alive(obj) -> bool:
    return obj is not None and shiboken6.isValid(obj)


def _guard(owner, callback: Callable | None) -> Callable | None:
    if callback is None:
        return None

    def call(*args: Any) -> None:
        if alive(owner):
            callback(*args)

    return call


def run_for(owner, fn: Callable, *, on_done: Callable | None = None,
            on_error: Callable | None = None, on_progress: Callable | None = None):
    """`owner.ctx.run(fn, ...)` with callbacks that only run while `owner` exists."""
    return owner.ctx.run(fn, on_done=_guard(owner, on_done), on_error=_guard(owner, on_error),
                         on_progress=_guard(owner, on_progress))
