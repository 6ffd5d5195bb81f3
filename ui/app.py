"""Starting the desktop application (`ruralperf gui`), or rendering one page to a PNG
(`ruralperf gui --screenshot OUT.png --page KEY`) for documentation and checks."""
from __future__ import annotations

import logging
import os
import sys
import time

log = logging.getLogger("ruralperf.ui")
SCREENSHOT_SIZE = (1366, 768)  # the most common screen at the branches


def screenshot_size() -> tuple[int, int]:
    """$RURALPERF_SCREENSHOT_SIZE (e.g. 1280x720, logical pixels) or 1366x768."""
    text = os.environ.get("RURALPERF_SCREENSHOT_SIZE", "")
    try:
        width, height = (int(x) for x in text.lower().split("x"))
        return width, height
    except ValueError:
        return SCREENSHOT_SIZE
SCREENSHOT_TIMEOUT_S = 60
SETTLE_S = 0.4  # idle this long before the picture is taken (chained loads)


def _needs_offscreen() -> bool:
    if sys.platform.startswith(("win", "darwin")):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(db: str | None = None, lang: str | None = None, screenshot: str | None = None,
        page: str | None = None) -> int:
    """Open the database (exclusively, checked), then the first-run wizard or the login, then
    the main window; on exit the backup on close. With `screenshot`, render one page instead
    (no wizard or login: the built-in administrator of a database without accounts, or the
    account of $RURALPERF_USER / $RURALPERF_PASSWORD)."""
    if screenshot and _needs_offscreen():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ruralperf.logsetup import configure_logging, enable_crash_log, log_path

    configure_logging()
    enable_crash_log()
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from ui.qt_messages import quiet_qt_messages

    quiet_qt_messages()

    from ruralperf import __version__
    from ruralperf.paths import default_db
    from ui.context import AppContext
    from ui.fonts import load_bundled_font
    from ui.i18n import install_language, remove_language, resolve_language
    from ui.session.startup import open_workspace

    existing = QApplication.instance()  # (typed as the core application it may be)
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName("ruralperf")
    app.setApplicationName("ruralperf")
    app.setDesktopFileName("ruralperf")  # matches resources/ruralperf.desktop
    from PySide6.QtGui import QIcon

    from ruralperf.paths import RESOURCES

    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "ruralperf.ico")))
    load_bundled_font(app)
    settings = QSettings()
    lang = resolve_language(lang, settings)
    translators = install_language(app, lang)
    path = db or default_db()
    log.info("ruralperf %s starting on %s (log %s)", __version__, path, log_path())
    try:
        workspace, code = open_workspace(path, lang, quiet=bool(screenshot))
        if workspace is None:
            return code
        if screenshot:
            return _screenshot(app, AppContext(workspace, settings), lang, screenshot,
                               page or "home")
        from ui.session.desk import Desk

        desk = Desk(settings, lang)  # 文件 > 打开数据库 moves it to another database
        desk.quit_requested.connect(app.exit, Qt.ConnectionType.QueuedConnection)
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # the session decides (wizard -> window, ...)
        try:
            desk.start(workspace)
            return app.exec()
        finally:
            desk.shutdown()  # no backup when nobody logged in
            app.setQuitOnLastWindowClosed(quit_on_close)
            log.info("ruralperf closed")
    finally:
        remove_language(app, translators)


def _screenshot(app, ctx, lang: str, out: str, page: str) -> int:
    from ruralperf.errors import UserError
    from ruralperf.i18n import tr as core_message
    from ui.main_window import MainWindow

    ws = ctx.workspace
    try:
        if ws.user is None:  # accounts exist: only the named one may be shown
            name = os.environ.get("RURALPERF_USER", "")
            password = os.environ.get("RURALPERF_PASSWORD", "")
            if not name or not password:
                print(core_message("login_required", lang), file=sys.stderr)
                return 1
            try:
                ws.login(name, password)
            except UserError as exc:
                print(exc.message(lang), file=sys.stderr)
                return 1
        window = MainWindow(ctx, lang, remember_geometry=False)
        return take_screenshot(app, window, out, page)
    finally:
        ctx.tasks.wait()
        ws.close()


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
    window.resize(*screenshot_size())
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
