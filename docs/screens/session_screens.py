"""Screenshots of the start-up and session dialogs (first-run wizard, login, lock screen,
About) for the README, rendered offscreen:

    python docs/screens/session_screens.py [--lang en] [OUT_DIR]

The wizard is walked on a fresh database in a temporary folder (demo data, scheme values),
then the login dialog, the lock screen and the About dialog are shown for its administrator."""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("out", nargs="?", default=str(HERE))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="ruralperf-"))
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    os.environ["RURALPERF_LOG"] = str(folder / "data" / "ruralperf" / "ruralperf.log")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWizard

    from ruralperf.workspace import Workspace
    from ui.context import AppContext
    from ui.fonts import load_bundled_font
    from ui.i18n import install_language
    from ui.session.controller import Session

    app = QApplication(sys.argv[:1])
    load_bundled_font(app)
    app.translators = install_language(app, args.lang)  # kept alive while the app runs
    suffix = "" if args.lang == "zh_CN" else "_en"
    out = Path(args.out)

    def wait(condition, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError
            app.processEvents()
            time.sleep(0.01)

    def settle(seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def save(widget, name: str) -> None:
        settle()
        widget.grab().save(str(out / f"{name}{suffix}.png"))

    ws = Workspace.open(folder / "ruralperf.db", exclusive=True)
    ctx = AppContext(ws, QSettings(str(folder / "settings.ini"), QSettings.IniFormat))
    session = Session(ctx, args.lang, remember_geometry=False)
    session.start()
    wizard = session.wizard
    wizard.branch_page.name.setText("青山信用社营业部")
    wizard.branch_page.code.setText("3301")
    save(wizard, "first_run_1")
    wizard.next()
    page = wizard.admin_page
    page.display_name.setText("张会计")
    page.password.setText("secret12")
    page.confirm.setText("secret12")
    save(wizard, "first_run_2")
    wizard.next()
    wait(lambda: wizard.currentId() == wizard.PAGE_DATA)
    wait(lambda: wizard.data_page.demo.isEnabled())  # the database is empty
    wizard.data_page.demo.setChecked(True)
    save(wizard, "first_run_3")
    wizard.next()
    wait(lambda: wizard.currentId() == wizard.PAGE_SCHEME)
    wait(lambda: wizard.scheme_page.scheme is not None)
    wizard.scheme_page.base.setText("1800.00")
    wizard.scheme_page.rate.setText("2.5")
    save(wizard, "first_run_4")
    wizard.button(QWizard.FinishButton).click()
    wait(lambda: session.window is not None)
    window = session.window
    wait(lambda: window.ready and not ctx.tasks.busy())
    about = window.about()
    save(about, "about")
    about.close()
    screen = session.lock()
    save(screen, "lock")
    screen.password.setText("secret12")
    screen.try_login()
    wait(lambda: session.lock_screen is None)
    login = session.switch_user()
    save(login, "login")
    session.shutdown(backup=False)
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
