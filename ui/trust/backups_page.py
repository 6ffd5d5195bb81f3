"""数据备份: the backups of the database (newest first, with why each was taken), a backup now,
restoring a chosen backup (the current data is backed up first; the pages then reload the
restored data), and opening the backup folder. Backing up needs "backup", restoring "restore"
(administrators)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ruralperf.i18n import current_lang
from ruralperf.domain.backups import KEEP_DAYS, KEEP_LAST, KEEP_MONTHS, Backup
from ruralperf.paths import backup_dir
from ui.context import AppContext
from ui.pages.base import Page
from ui.records.background import run_for
from ui.trust.permissions import allowed, guard
from ui.trust.restore import RestoreOutcome, adopt, restore_workspace
from ui.widgets.busy_bar import BusyBar
from ui.workflow.report_files import open_folder

REASONS = {
    "manual": QT_TRANSLATE_NOOP("Backups", "手动备份"),
    "before-import": QT_TRANSLATE_NOOP("Backups", "导入前自动备份"),
    "before-approval": QT_TRANSLATE_NOOP("Backups", "审批前自动备份"),
    "before-migration": QT_TRANSLATE_NOOP("Backups", "程序升级前自动备份"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "恢复前自动备份"),
    "close": QT_TRANSLATE_NOOP("Backups", "退出时自动备份"),
}
HEADERS = (QT_TRANSLATE_NOOP("Backups", "备份时间"), QT_TRANSLATE_NOOP("Backups", "原因"),
           QT_TRANSLATE_NOOP("Backups", "大小"), QT_TRANSLATE_NOOP("Backups", "文件"))


def reason_label(reason: str) -> str:
    source = REASONS.get(reason)
    return reason if source is None else QCoreApplication.translate("Backups", str(source))


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def list_backups(ws) -> list[tuple[Backup, int]]:
    """Worker: the backups with their sizes (a file may vanish meanwhile: size 0)."""
    out = []
    for b in ws.backups():
        try:
            out.append((b, b.size))
        except OSError:
            out.append((b, 0))
    return out


class BackupsPage(Page):
    key = "backups"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.backups: list[Backup] = []
        self.confirm_box: QMessageBox | None = None
        self.message: QMessageBox | None = None
        self.restoring = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_button = QPushButton(self.tr("立即备份"), self)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("从所选备份恢复…"), self)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.folder_button = QPushButton(self.tr("打开备份文件夹"), self)
        self.folder_button.clicked.connect(self.open_backup_folder)
        self.bar = BusyBar(self)
        self.bar.setMaximumWidth(200)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.bar)
        buttons.addStretch(1)

        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([self.tr_header(h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        guard(self.backup_button, ctx, "backup", page=self)
        self._update_buttons()

    @staticmethod
    def tr_header(source: object) -> str:  # a QT_TRANSLATE_NOOP text (typed `object`)
        return QCoreApplication.translate("Backups", str(source))

    def title(self) -> str:
        return self.tr("数据备份")

    # -- listing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        ws = self.ctx.workspace
        if ws.path is None:
            self.intro.setText(self.tr("当前数据库不是本机上的文件，请使用数据库服务器的备份功能。"))
            for button in (self.backup_button, self.restore_button, self.folder_button):
                button.setEnabled(False)
            return
        self.intro.setText(self.tr(
            "备份保存在 %1。导入、审批和程序升级前会自动备份；保留最近 %2 份、最近 %3 天每天一份、"
            "最近 %4 个月每月一份。恢复前会先备份当前数据，因此恢复也可以撤销。")
            .replace("%1", str(backup_dir(ws.path))).replace("%2", str(KEEP_LAST))
            .replace("%3", str(KEEP_DAYS)).replace("%4", str(KEEP_MONTHS)))
        self.bar.start(self.tr("加载中"))
        run_for(self, lambda progress: list_backups(ws), on_done=self._listed,
                on_error=self._failed)

    def _listed(self, backups: list[tuple[Backup, int]]) -> None:
        self.bar.finish()
        chosen = self.selected()
        self.backups = [b for b, _size in backups]
        self.table.setRowCount(len(backups))
        for row, (b, size) in enumerate(backups):
            cells = (b.taken_at.strftime("%Y-%m-%d %H:%M:%S"), reason_label(b.reason),
                     size_text(size), b.path.name)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(str(b.path))
                self.table.setItem(row, column, item)
            if chosen is not None and b.path == chosen.path:
                self.table.selectRow(row)
        if not backups:
            self.status.setText(self.tr("还没有备份。"))
        self._update_buttons()

    def selected(self) -> Backup | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.backups[min(rows)] if rows and min(rows) < len(self.backups) else None

    def select(self, backup: Backup) -> None:
        for row, b in enumerate(self.backups):
            if b.path == backup.path:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        busy = self.restoring
        self.restore_button.setVisible(allowed(self.ctx, "restore"))
        self.restore_button.setEnabled(allowed(self.ctx, "restore") and not busy
                                       and self.selected() is not None)
        if allowed(self.ctx, "backup"):
            self.backup_button.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        from ruralperf.errors import describe

        self.bar.finish()
        self.restoring = False
        self._update_buttons()
        self.status.setText(describe(exc, current_lang())[1])

    # -- backing up --------------------------------------------------------------------------
    def backup_now(self) -> None:
        if not allowed(self.ctx, "backup"):
            return
        ws = self.ctx.workspace
        self.backup_button.setEnabled(False)
        self.bar.start(self.tr("正在备份"))
        run_for(self, lambda progress: ws.backup("manual"), on_done=self._backed_up,
                on_error=self._failed)

    def _backed_up(self, backup: Backup | None) -> None:
        self.bar.finish()
        self.backup_button.setEnabled(True)
        if backup is not None:
            self.status.setText(self.tr("已备份：%1").replace("%1", str(backup.path)))
        self.refresh()

    def open_backup_folder(self) -> None:
        ws = self.ctx.workspace
        if ws.path is not None:
            folder = backup_dir(ws.path)
            folder.mkdir(parents=True, exist_ok=True)
            open_folder(folder)

    # -- restoring ---------------------------------------------------------------------------
    def restore_selected(self) -> QMessageBox | None:
        """Ask before restoring the selected backup (window-modal, not blocking)."""
        backup = self.selected()
        if backup is None or not allowed(self.ctx, "restore") or self.restoring:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("从备份恢复"), self.tr(
            "用 %1 的备份（%2）替换当前的全部数据？\n\n恢复前会先把当前数据另存为一份备份"
            "（恢复前自动备份），如有需要可以再恢复回来。恢复后各页面重新载入数据。")
            .replace("%1", backup.taken_at.strftime("%Y-%m-%d %H:%M:%S"))
            .replace("%2", reason_label(backup.reason)), QMessageBox.StandardButton.Cancel, self)
        restore = box.addButton(self.tr("恢复"), QMessageBox.ButtonRole.DestructiveRole)
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("取消"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        restore.clicked.connect(lambda: self.restore(backup))
        box.restore_button = restore
        self.confirm_box = box
        box.open()
        return box

    def restore(self, backup: Backup) -> None:
        """Restore now (after confirmation): every earlier background task finishes first."""
        if not allowed(self.ctx, "restore") or self.restoring:
            return
        self.restoring = True
        self._update_buttons()
        self.bar.start(self.tr("正在恢复"))
        old = self.ctx.workspace
        run_for(self, lambda progress: restore_workspace(old, backup.path),
                on_done=self._restored, on_error=self._restore_failed)

    def _restored(self, outcome: RestoreOutcome) -> None:
        self.bar.finish()
        self.restoring = False
        adopt(self.ctx, outcome)
        lang = current_lang()
        if not outcome.restored:
            from ruralperf.errors import describe

            text = self.tr("恢复失败，数据未改变：%1").replace(
                "%1", describe(outcome.error, lang)[1])
            icon = QMessageBox.Icon.Warning
        elif not outcome.user_kept:
            text = self.tr("已恢复。恢复的数据中没有当前用户（或其角色不同），请重新登录。")
            icon = QMessageBox.Icon.Warning
        else:
            text = self.tr("已从备份恢复。恢复前的数据已另存为备份：%1") \
                .replace("%1", outcome.before.path.name if outcome.before else "-")
            icon = QMessageBox.Icon.Information
        self.status.setText(text)
        self.message = QMessageBox(icon, self.tr("从备份恢复"), text,
                                   QMessageBox.StandardButton.Ok, self)
        self.message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if outcome.restored and not outcome.user_kept:
            # nobody is signed in on the restored data: log in again (or close the window)
            self.message.finished.connect(lambda _r: self._sign_in_again())
        self.message.open()
        self.refresh()

    def _sign_in_again(self) -> None:
        window = self.window()
        switch = getattr(window, "switch_user_requested", None)
        if switch is not None:
            switch.emit()  # the session closes the window and shows the login dialog
        else:
            window.close()

    def _restore_failed(self, exc: BaseException) -> None:
        """The workspace could not be opened again: nothing can go on but a restart."""
        from ruralperf.errors import describe

        self._failed(exc)
        text = self.tr("恢复后无法重新打开数据库：%1\n请重新启动程序。").replace(
            "%1", describe(exc, current_lang())[1])
        self.status.setText(text)
        self.message = QMessageBox(QMessageBox.Icon.Critical, self.tr("从备份恢复"), text,
                                   QMessageBox.StandardButton.Ok, self)
        self.message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message.open()
