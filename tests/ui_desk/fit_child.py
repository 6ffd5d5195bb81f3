"""Run in a child process on a configured offscreen screen (and QT_SCALE_FACTOR): open the
main window as a clerk would, visit every page through the navigation with the keyboard and
report what does not fit. Prints one line per problem and "ok" at the end."""
from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def main(db: str, settings_path: str, lang: str) -> int:
    app = QApplication([])
    from ruralperf.workspace import Workspace
    from ui.context import AppContext
    from ui.i18n import install_language
    from ui.main_window import MainWindow

    translators = install_language(app, lang)  # noqa: F841 (kept alive)
    ctx = AppContext(Workspace.open(db), QSettings(settings_path, QSettings.IniFormat))
    window = MainWindow(ctx)
    window.show()
    QTest.qWaitForWindowExposed(window)
    area = window.screen().availableGeometry()
    problems = []
    frame = window.frameGeometry()
    if not area.contains(frame):
        problems.append(f"window {frame.getRect()} outside {area.getRect()}")
    window.nav.setFocus()
    for key in window.pages:
        window.show_page(key)
        app.processEvents()
        hint = window.minimumSizeHint()
        if hint.width() > area.width() or hint.height() > area.height():
            problems.append(f"{key}: minimum {hint.width()}x{hint.height()}")
    bar = window.statusBar()
    bottom = bar.mapTo(window, bar.rect().bottomLeft()).y()
    if not bar.isVisible() or bottom >= window.height():
        problems.append("status bar off the window")
    window.close()
    ctx.tasks.wait()
    ctx.workspace.close()
    for p in problems:
        print(p)
    print("ok" if not problems else "problems")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
