"""The main window: grouped navigation on the left, the pages on the right, a status bar with
the database, the logged-in user, the current quarter and a busy indicator, and the menus.

The session (ui.session.controller) listens to `lock_requested`, `switch_user_requested` and
`closed`, and hands the window its idle lock (`idle_lock`) so the settings can change it."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMainWindow, QMessageBox, QProgressBar,
                               QSplitter, QStackedWidget, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ruralperf.domain.periods import Quarter
from ui.context import AppContext
from ui.session.idle import IdleLock
from ui.navigation import NAVIGATION, SELF_REFRESHING, build_pages, extra_keys, nav_label
from ui.trust.backup_watch import BackupWatch
from ui.trust.file_check_watch import FileCheckWatch
from ui.trust.integrity_watch import IntegrityWatch
from ui.widgets.quarter_combo import QuarterCombo
from ui.window_fit import fit_window, geometry_key
from ui.workflow.quarter import QuarterState

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
GEOMETRY_KEY, SPLITTER_KEY = "ui/geometry", "ui/splitter"


class MainWindow(QMainWindow):
    lock_requested = Signal()
    switch_user_requested = Signal()
    open_database_requested = Signal(str)  # a path: the session opens it (ui.session.desk)
    closed = Signal()

    def __init__(self, ctx: AppContext, lang: str = "zh_CN", remember_geometry: bool = True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.lang = ctx, lang
        self._remember = remember_geometry
        self.quarter = QuarterState(parent=self)
        self.ready = False  # the default quarter is known; pages may load
        self._default: Quarter | None = None
        self._stale: set[str] = set()
        self.idle_lock: IdleLock | None = None  # set by the session
        self.pages = build_pages(ctx, self.quarter)
        self.setWindowTitle(self.tr("农信社绩效考核与诉讼时效管理"))
        self._build_body()
        self._build_status_bar()
        self._build_menus()
        ctx.navigate.connect(self.show_page)
        ctx.data_changed.connect(self._data_changed)
        ctx.tasks.busy_changed.connect(self._busy)
        self.quarter.changed.connect(self._quarter_changed)
        # built pages whose refresh() this window calls: when first shown and after a change
        self._managed: set[str] = set()
        saved = ctx.settings.value(self._geometry_key()) if remember_geometry else None
        fit_window(self, saved)
        if saved and ctx.settings.value(self._geometry_key(SPLITTER_KEY)):
            self.splitter.restoreState(ctx.settings.value(self._geometry_key(SPLITTER_KEY)))
        self.show_page("home")
        self._find_default_quarter()
        self.backup_watch = BackupWatch(ctx, self)
        self.integrity_watch = IntegrityWatch(ctx, self)
        self.file_check_watch = FileCheckWatch(ctx, self)

    def _geometry_key(self, base: str = GEOMETRY_KEY) -> str:
        user = self.ctx.workspace.user
        return geometry_key(base, user.username if user else None)

    # -- layout ------------------------------------------------------------------------------
    def _build_body(self) -> None:
        self.nav = QTreeWidget(self)
        self.nav.setHeaderHidden(True)
        self.nav.setRootIsDecorated(False)
        self.nav.setIndentation(14)
        self.nav.setMinimumWidth(120)
        self.nav.setStyleSheet("QTreeWidget::item { padding: 3px; }")
        self._nav_items: dict[str, QTreeWidgetItem] = {}
        for group, children in NAVIGATION:
            item = QTreeWidgetItem([nav_label(group)])
            self.nav.addTopLevelItem(item)
            if not children:
                item.setData(0, KEY_ROLE, group)
                self._nav_items[group] = item
                continue
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            keys = list(children)
            if group == "data":
                keys += extra_keys(self.pages)
            for key in keys:
                label = nav_label(key) if nav_label(key) != key else self.pages[key].title()
                child = QTreeWidgetItem(item, [label])
                child.setData(0, KEY_ROLE, key)
                self._nav_items[key] = child
        self.nav.expandAll()
        self.nav.currentItemChanged.connect(self._nav_clicked)

        self.page_title = QLabel(self)
        self.page_title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.quarter_combo = QuarterCombo(self)
        self.quarter_combo.set_quarter(self.quarter.quarter)
        self.quarter_combo.quarter_changed.connect(self.quarter.set)
        self.quarter.changed.connect(self.quarter_combo.set_quarter)
        self.quarter_caption = QLabel(self.tr("考核季度"), self)
        header = QHBoxLayout()
        header.addWidget(self.page_title, 1)
        header.addWidget(self.quarter_caption)
        header.addWidget(self.quarter_combo)
        self.stack = QStackedWidget(self)
        self.pages.on_built = self._page_built  # each page joins the stack when first shown
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 6, 8, 0)
        right_layout.addLayout(header)
        right_layout.addWidget(self.stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([160, 1120])
        self.setCentralWidget(self.splitter)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = QLabel(self.tr("数据库：%1").replace("%1", self.ctx.workspace.db), self)
        self.db_label.setToolTip(self.ctx.workspace.db)
        self.db_label.setMinimumWidth(60)  # a long path is cut, not the window made wider
        self.quarter_label = QLabel(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.user_label = QLabel(self)
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.quarter_label)
        self._show_quarter(self.quarter.quarter)
        self.show_user()

    def show_user(self) -> None:
        """The logged-in user and role in the status bar (no database work)."""
        from ui.session.labels import role_label

        user = self.ctx.workspace.user
        if user is None:
            self.user_label.clear()
            return
        self.user_label.setText(self.tr("用户：%1（%2）").replace(
            "%1", user.display_name or user.username).replace("%2", role_label(user.role)))
        self.user_label.setToolTip(user.username)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.import_action = QAction(self.tr("导入工作簿…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.show_page("import", "open"))
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        self.open_db_action = QAction(self.tr("打开数据库…"), self)
        self.open_db_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_db_action.triggered.connect(lambda: self.choose_database())
        file_menu.addAction(self.open_db_action)
        self.recent_menu = file_menu.addMenu(self.tr("最近打开的数据库"))
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.fill_recent_menu()
        file_menu.addSeparator()
        self.lock_action = QAction(self.tr("锁定屏幕"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        file_menu.addAction(self.lock_action)
        self.switch_user_action = QAction(self.tr("切换用户…"), self)
        self.switch_user_action.triggered.connect(self.switch_user_requested)
        file_menu.addAction(self.switch_user_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        settings_menu = self.menuBar().addMenu(self.tr("设置(&S)"))
        self.settings_action = QAction(self.tr("语言与设置…"), self)
        self.settings_action.triggered.connect(self.open_settings)
        settings_menu.addAction(self.settings_action)
        self.users_action = QAction(self.tr("用户管理…"), self)
        self.users_action.triggered.connect(self.open_users)
        self.users_action.setEnabled(self.ctx.workspace.can("manage_users"))
        settings_menu.addAction(self.users_action)
        self.password_action = QAction(self.tr("修改密码…"), self)
        self.password_action.triggered.connect(self.open_password)
        self.password_action.setEnabled(self.ctx.workspace.has_users())
        settings_menu.addAction(self.password_action)
        self.pending_action = QAction(self.tr("待确认录入…"), self)
        self.pending_action.triggered.connect(self.open_pending)
        self.pending_action.setEnabled(self.ctx.workspace.can("statements"))
        settings_menu.addAction(self.pending_action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        self.about_action = QAction(self.tr("关于"), self)
        self.about_action.triggered.connect(self.about)
        help_menu.addAction(self.about_action)

    # -- databases ---------------------------------------------------------------------------
    def choose_database(self) -> str:
        """Pick a database file (the dialog opens in the current database's folder)."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        start = str(Path(self.ctx.workspace.db).parent) if self.ctx.workspace.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开数据库"), start,
            self.tr("ruralperf 数据库 (*.db *.sqlite);;所有文件 (*)"))
        if path:
            self.open_database_requested.emit(path)
        return path

    def fill_recent_menu(self) -> None:
        """The databases opened last (newest first), without the one open now."""
        from ui.session.desk import recent_databases

        self.recent_menu.clear()
        current = str(self.ctx.workspace.path) if self.ctx.workspace.path else ""
        paths = [p for p in recent_databases(self.ctx.settings) if p != current]
        for number, path in enumerate(paths, 1):
            action = self.recent_menu.addAction(f"&{number} {path}")
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_database_requested.emit(p))
        if not paths:
            self.recent_menu.addAction(self.tr("（无）")).setEnabled(False)

    # -- pages -------------------------------------------------------------------------------
    def current_key(self) -> str:
        return getattr(self.stack.currentWidget(), "key", "")

    def _page_built(self, key: str, page) -> None:
        self.stack.addWidget(page)
        if not page.property(SELF_REFRESHING):
            self._managed.add(key)
            self._stale.add(key)

    def show_page(self, key: str, record: str = "") -> None:
        if key not in self.pages:
            return
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        self.page_title.setText(nav_label(key) if nav_label(key) != key else page.title())
        # the quarter picker of the header, for pages that follow the quarter but have none
        header_quarter = getattr(page, "uses_quarter", False) and not hasattr(page, "quarter_combo")
        self.quarter_caption.setVisible(header_quarter)
        self.quarter_combo.setVisible(header_quarter)
        item = self._nav_items.get(key)
        if item is not None and self.nav.currentItem() is not item:
            self.nav.blockSignals(True)
            self.nav.setCurrentItem(item)
            self.nav.blockSignals(False)
        self._refresh_if_stale(key)
        if record:
            page.show_record(record)

    def _nav_clicked(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        key = item.data(0, KEY_ROLE) if item is not None else None
        if key:
            self.show_page(key)

    def _refresh_if_stale(self, key: str) -> None:
        if self.ready and key in self._stale:
            self._stale.discard(key)
            self.pages[key].refresh()

    def _data_changed(self, what: str) -> None:
        self._stale.update(self._managed)
        self._refresh_if_stale(self.current_key())
        if what == "*":
            self._find_default_quarter()

    def _quarter_changed(self, quarter: Quarter) -> None:
        self._show_quarter(quarter)
        uses = [k for k in self._managed if getattr(self.pages[k], "uses_quarter", False)]
        self._stale.update(uses)
        self._refresh_if_stale(self.current_key())

    def _show_quarter(self, quarter: Quarter) -> None:
        self.quarter_label.setText(self.tr("当前季度：%1").replace("%1", str(quarter)))

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def _find_default_quarter(self) -> None:
        """The last complete quarter, or the newest one with data; the pages wait for it."""
        ws, today = self.ctx.workspace, date.today()
        self.ctx.run(lambda progress: ws.overview.default_quarter(today),
                     on_done=self._default_found, on_error=lambda _e: self._default_found(None))

    def _default_found(self, quarter: Quarter | None) -> None:
        previous, self._default = self._default, quarter
        if quarter is not None and (previous is None or self.quarter.quarter == previous):
            self.quarter.set(quarter)  # follow the data unless the user picked another
        self.ready = True
        self._refresh_if_stale(self.current_key())

    # -- dialogs -----------------------------------------------------------------------------
    def open_settings(self):
        from ui.workflow.settings_dialog import SettingsDialog

        idle = self.idle_lock.minutes if self.idle_lock is not None else None
        dialog = SettingsDialog(self.ctx.settings, self.lang, self, idle_minutes=idle,
                                may_set_lock=self.ctx.workspace.can("manage_users"))
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_idle_minutes(dialog.chosen_idle_minutes()))
        dialog.open()
        return dialog

    def _save_idle_minutes(self, minutes: int | None) -> None:
        lock = self.idle_lock
        if minutes is None or lock is None or minutes == lock.minutes:
            return
        from ui.session.idle import SETTING_KEY

        ws = self.ctx.workspace
        self.ctx.run(lambda _p: ws.set_setting(SETTING_KEY, str(minutes)),
                     on_done=lambda _r: lock.set_minutes(minutes), on_error=self._show_error)

    def _show_error(self, exc: BaseException) -> None:
        from ruralperf.errors import describe

        QMessageBox.warning(self, self.windowTitle(), describe(exc, self.lang)[1])

    def open_users(self):
        from ui.session.users_dialog import UsersDialog

        dialog = UsersDialog(self.ctx, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_password(self):
        from ui.session.password_dialog import PasswordDialog

        dialog = PasswordDialog(self.ctx, None, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_pending(self):
        from ui.trust.pending_dialog import PendingDialog

        dialog = PendingDialog(self.ctx, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def about(self):
        from ui.session.about import AboutDialog

        ws = self.ctx.workspace
        dialog = AboutDialog(ws.db, ws.path, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def closeEvent(self, event) -> None:  # noqa: N802
        if self._remember:
            self.ctx.settings.setValue(self._geometry_key(), self.saveGeometry())
            self.ctx.settings.setValue(self._geometry_key(SPLITTER_KEY), self.splitter.saveState())
        super().closeEvent(event)
        self.closed.emit()
