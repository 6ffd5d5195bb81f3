"""Base class of a main-window page."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class Page(QWidget):
    """A screen of the main window.

    `key` is stable (used by `ruralperf gui --page KEY` and navigation); the title is shown in
    the navigation list. `refresh()` is called when the page is shown and after
    `ctx.data_changed`; it must start its loading on `ctx.tasks` (never query on the UI thread).
    `show_record(key)` focuses one record when another page links to it.
    """

    key: str = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        pass

    def show_record(self, record_key: str) -> None:
        pass
