"""待确认录入: the credit officers' entries waiting for an administrator, with 确认 (confirm)
and 退回 (send back: the record returns to its last confirmed values, or is removed). The core
decides (`Workspace.confirm_entries`, `send_back_entry`); nobody confirms what pays himself."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ruralperf.errors import describe
from ruralperf.i18n import current_lang
from ruralperf.workspace import Workspace
from ui.context import AppContext
from ui.records.background import run_for
from ui.i18n import counted

ERROR_STYLE = "color: #b42318;"
OK_STYLE = "color: #067647;"


def _sheet_name(table: str) -> str:
    return Workspace.record_sheet_name(table)


def _content(table: str, values: dict) -> str:
    """The entry's values with the import's column headings (Chinese), e.g. "月份 2025-09"."""
    parts = []
    for col in Workspace.record_columns(table):
        value = values.get(col.key)
        if col.kind.startswith("enum:"):  # the Chinese word, never the stored identifier
            words = {code: zh for zh, code in Workspace.enum_words(col.kind[5:]).items()}
            value = words.get(value, value)
        if value is not None and value != "":
            parts.append(f"{col.zh}：{value}")
    return "；".join(parts)


class PendingDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list = []
        self.setWindowTitle(self.tr("待确认录入"))
        note = QLabel(self.tr("客户经理录入的数据须经管理员确认后才计入绩效；"
                              "退回后该条记录恢复为上次确认的内容（新录入的则删除）。"), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #667085;")
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("类别"), self.tr("记录"), self.tr("内容")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.confirm_button = QPushButton(self.tr("确认"), self)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.send_back_button = QPushButton(self.tr("退回"), self)
        self.send_back_button.clicked.connect(self.send_back_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        allowed = ctx.workspace.can("confirm")
        self.confirm_button.setEnabled(allowed)
        self.send_back_button.setEnabled(allowed)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addWidget(self.confirm_button)
        actions.addWidget(self.send_back_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        self.resize(760, 480)
        self.reload()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._say(describe(exc, current_lang())[1], error=True)
        self.reload(keep_message=True)

    def reload(self, keep_message: bool = False) -> None:
        ws = self.ctx.workspace
        if not keep_message:
            self.message.clear()
        run_for(self, lambda _p: ws.pending_entries(), on_done=self.show_entries,
                on_error=lambda e: self._say(describe(e, current_lang())[1], error=True))

    def show_entries(self, entries) -> None:
        self.entries = list(entries)
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            key = self.tr("第 %1 条").replace("%1", e.key[3:]) if e.key.startswith("id:") \
                else e.key  # a record without a natural key: its number
            for col, text in enumerate((_sheet_name(e.table), key,
                                        _content(e.table, e.values))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if not self.entries and not self.message.text():
            self._say(self.tr("没有待确认的录入。"))

    def selected(self) -> list:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.entries[r] for r in rows if r < len(self.entries)]

    def confirm_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            self._say(self.tr("请先选择要确认的录入。"), error=True)
            return
        by_table: dict[str, list[int]] = {}
        for e in chosen:
            by_table.setdefault(e.table, []).append(e.id)
        ws = self.ctx.workspace

        def work(_p):
            return sum(ws.confirm_entries(table, ids) for table, ids in by_table.items())

        run_for(self, work, on_done=self._confirmed, on_error=self._failed)

    def _confirmed(self, n: int) -> None:
        self._say(counted(self.tr("已确认 %1 条录入。").replace("%1", str(n))))
        self.reload(keep_message=True)

    def send_back_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            self._say(self.tr("请先选择要退回的录入。"), error=True)
            return
        ws = self.ctx.workspace
        run_for(self, lambda _p: [ws.send_back_entry(e.table, e.id) for e in chosen],
                on_done=self._sent_back, on_error=self._failed)

    def _sent_back(self, keys: list[str]) -> None:
        self._say(counted(self.tr("已退回 %1 条录入。").replace("%1", str(len(keys)))))
        self.reload(keep_message=True)
