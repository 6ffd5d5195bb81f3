"""What every page and dialog shares: the facade, the background runner, settings, and a
signal that data changed (so pages refresh). Passed explicitly; no global singletons."""
from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

from ruralperf.workspace import Workspace
from ui.tasks import TaskRunner


class AppContext(QObject):
    # Emitted on the UI thread after a write: the names of what changed ("loans", "staff",
    # "payrun", "*" for everything) so pages can refresh what they show.
    data_changed = Signal(str)
    # Ask the main window to show a page, optionally focused on a record: (page key, record key)
    navigate = Signal(str, str)

    def __init__(self, workspace: Workspace, settings: QSettings | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = TaskRunner(self)
        self.settings = settings or QSettings("ruralperf", "ruralperf")

    def run(self, fn, **callbacks):
        """Shorthand: run `fn(progress)` on the worker; see ui.tasks.TaskRunner.run."""
        return self.tasks.run(fn, **callbacks)
