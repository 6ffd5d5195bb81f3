"""Starting the desktop application (`ruralperf gui`), or rendering one page to a PNG
(`ruralperf gui --screenshot OUT.png --page KEY`) for documentation and checks."""
from __future__ import annotations

import logging
import os
import sys
import time

log = logging.getLogger("ruralperf.ui")
SCREENSHOT_SIZE = (1280, 800)
SCREENSHOT_TIMEOUT_S = 60
SETTLE_S = 0.4  # idle this long before the picture is taken (chained loads)


def _needs_offscreen() -> bool:
    if sys.platform.startswith(("win", "darwin")):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(db: str | None = None, lang: str | None = None, screenshot: str | None = None,
        page: str | None = None) -> int:
    if screenshot and _needs_offscreen():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ruralperf.errors import describe
    from ruralperf.paths import default_db
    from ruralperf.workspace import Workspace
    from ui.context import AppContext
    from ui.fonts import load_bundled_font
    from ui.i18n import install_language, remove_language, resolve_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("ruralperf")
    app.setApplicationName("ruralperf")
    load_bundled_font(app)
    settings = QSettings()
    lang = resolve_language(lang, settings)
    translators = install_language(app, lang)
    path = db or default_db()
    try:
        workspace = Workspace.open(path)  # migrations: before the window exists
    except Exception as exc:
        code, message = describe(exc, lang)
        log.error("cannot open %s: %s", path, message)
        if screenshot:
            print(message, file=sys.stderr)
        else:
            QMessageBox.critical(None, "ruralperf", message)
        return code or 1
    from ui.main_window import MainWindow

    ctx = AppContext(workspace, settings)
    window = MainWindow(ctx, lang, remember_geometry=not screenshot)
    try:
        if screenshot:
            return take_screenshot(app, window, screenshot, page or "home")
        window.show()
        return app.exec()
    finally:
        ctx.tasks.wait()
        workspace.close()
        remove_language(app, translators)


def wait_until_idle(app, window, timeout_s: float = SCREENSHOT_TIMEOUT_S) -> bool:
    """Process events until the window is ready and no background work has run for SETTLE_S."""
    deadline = time.monotonic() + timeout_s
    idle_since = None
    while time.monotonic() < deadline:
        app.processEvents()
        if window.ready and not window.ctx.tasks.busy():
            idle_since = idle_since or time.monotonic()
            if time.monotonic() - idle_since >= SETTLE_S:
                return True
        else:
            idle_since = None
        time.sleep(0.01)
    return False


def take_screenshot(app, window, out: str, page: str) -> int:
    if page not in window.pages:
        print(f"unknown page: {page} (pages: {', '.join(window.pages)})", file=sys.stderr)
        return 2
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    window.show_page(page)
    if not wait_until_idle(app, window):
        log.warning("screenshot: background work still running after %ss", SCREENSHOT_TIMEOUT_S)
    pixmap = window.grab()
    if not pixmap.save(out, "PNG"):
        print(f"cannot write {out}", file=sys.stderr)
        return 1
    window.close()
    return 0
