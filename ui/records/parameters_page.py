"""Scheme parameters (方案参数): every parameter with the value in force today, and the dated
history of the selected one (the built-in default first). "从某日起新增取值" adds a value
effective from a date; values entered by mistake can be deleted (not the built-in default)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ruralperf.i18n import current_lang
from ui.context import AppContext
from ui.pages.base import Page
from ui.records.forms import record_dialog
from ui.records.labels import column_label, table_label
from ui.records.background import run_for
from ui.records.conflict import after_delete, stored_values
from ui.i18n import counted
from ui.workflow.labels import parameter_value_text


def _item(text: str, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ParametersPage(Page):
    key = "parameters"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.keys: list[dict] = []
        self.history: list[dict] = []
        self._stale = True
        self._select_key: str | None = None
        self.key_grid = self._grid([column_label("parameters", c)
                                    for c in ("label", "key", "value", "since")])
        self.key_grid.selectionModel().selectionChanged.connect(lambda *_: self.load_history())
        self.history_grid = self._grid([self.tr("生效日期"), self.tr("值"), self.tr("来源")])
        self.history_grid.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.add_button = QPushButton(self.tr("从某日起新增取值"), self)
        self.add_button.clicked.connect(self.add_value)
        self.other_button = QPushButton(self.tr("其他参数（如岗位限额）…"), self)
        self.other_button.clicked.connect(lambda: self.add_value(free_key=True))
        self.delete_button = QPushButton(self.tr("删除所选取值"), self)
        self.delete_button.clicked.connect(self.delete_value)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.history_grid, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.key_grid)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        top = QHBoxLayout()
        intro = QLabel(self.tr("每个参数是一段带生效日期的取值历史；核算某季度时使用季度末日有效的取值。"),
                       self)
        intro.setWordWrap(True)
        top.addWidget(intro, 1)
        top.addWidget(self.other_button)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        for i, width in enumerate((200, 230, 110, 100)):
            self.key_grid.setColumnWidth(i, width)
        ctx.data_changed.connect(self._data_changed)
        self._update_buttons()

    def _grid(self, headers: list[str]) -> QTableWidget:
        grid = QTableWidget(0, len(headers), self)
        grid.setHorizontalHeaderLabels(headers)
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        grid.verticalHeader().hide()
        grid.verticalHeader().setDefaultSectionSize(24)
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        grid.horizontalHeader().setStretchLastSection(True)
        return grid

    def title(self) -> str:
        return table_label("parameters")

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        browse = self.ctx.workspace.browse
        run_for(self, lambda _p: browse.parameter_keys(), on_done=self._fill_keys,
                     on_error=lambda e: self.status.setText(
                         self.tr("读取数据失败：{0}").format(type(e).__name__)))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _data_changed(self, name: str) -> None:
        if name in ("*", "parameters", "staff"):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def _fill_keys(self, keys: list[dict]) -> None:
        current = self._select_key or (self.selected_key() or {}).get("key")
        self.keys = keys
        english = current_lang().startswith("en")
        self.key_grid.setRowCount(len(keys))
        for r, k in enumerate(keys):
            label = k["label_en"] if english else k["label_zh"]
            since = k["since"].isoformat() if k["since"] else self.tr("内置默认")
            shown = parameter_value_text(k["value"]) if k["value"] else self.tr("（无）")
            for c, text in enumerate((label, k["key"], shown, since)):
                self.key_grid.setItem(r, c, _item(text, c == 2))
        self._select_key = None
        row = next((i for i, k in enumerate(keys) if k["key"] == current), 0 if keys else -1)
        if row >= 0:
            self.key_grid.selectRow(row)
            self.load_history()  # the same key may stay selected: its history changed
        self.status.setText(counted(self.tr("共 {0} 个参数").format(len(keys))))

    def show_record(self, record_key: str) -> None:
        """Select a parameter by its key (e.g. "npl_recovery.rate")."""
        row = next((i for i, k in enumerate(self.keys) if k["key"] == record_key), -1)
        if row >= 0:
            self.key_grid.selectRow(row)
            self.key_grid.scrollToItem(self.key_grid.item(row, 0))
        else:  # not loaded yet: selected when the keys arrive
            self._select_key = record_key

    def selected_key(self) -> dict | None:
        rows = self.key_grid.selectionModel().selectedRows()
        return self.keys[rows[0].row()] if rows and rows[0].row() < len(self.keys) else None

    def load_history(self) -> None:
        key = self.selected_key()
        self._update_buttons()
        if key is None:
            return
        browse = self.ctx.workspace.browse
        run_for(self, lambda _p: browse.parameter_history(key["key"]),
                     on_done=lambda h: self._fill_history(key, h))

    def _fill_history(self, key: dict, history: list[dict]) -> None:
        if (self.selected_key() or {}).get("key") != key["key"]:
            return
        self.history = history
        english = current_lang().startswith("en")
        self.heading.setText(f"{key['label_en'] if english else key['label_zh']}（{key['key']}）")
        self.history_grid.setRowCount(len(history))
        for r, h in enumerate(history):
            since = h["effective_from"].isoformat() if h["effective_from"] else "—"
            source = self.tr("内置默认") if h["builtin"] else self.tr("录入")
            shown = parameter_value_text(h["value"]) if h["value"] else self.tr("（无）")
            for c, text in enumerate((since, shown, source)):
                self.history_grid.setItem(r, c, _item(text, c == 1))
        self._update_buttons()

    def selected_value(self) -> dict | None:
        rows = self.history_grid.selectionModel().selectedRows()
        return self.history[rows[0].row()] if rows and rows[0].row() < len(self.history) else None

    def allowed(self) -> bool:
        """Whether the logged-in user may change the scheme (enforced by the core too)."""
        can = getattr(self.ctx.workspace, "can", None)
        return can is None or can("edit_parameters")

    def _update_buttons(self) -> None:
        allowed = self.allowed()
        self.add_button.setEnabled(allowed and self.selected_key() is not None)
        self.other_button.setEnabled(allowed)
        value = self.selected_value() if self.history else None
        self.delete_button.setEnabled(allowed and value is not None and not value["builtin"])

    # -- changes -----------------------------------------------------------------------------
    def add_value(self, free_key: bool = False):
        key = None if free_key else self.selected_key()
        fixed, hint = {}, self.tr("如 cap.个人客户经理（岗位每月最高限额，季度按 3 倍计；空值表示不设限额）")
        if key is not None:
            fixed = {"key": key["key"]}
            hint = self.tr("{0}：当前值 {1}").format(key["label_zh"], key["value"] or "—")
            self._select_key = key["key"]
        dialog = record_dialog(self.ctx, "parameters", None, self, fixed=fixed, hint=hint)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_value(self) -> None:
        value = self.selected_value()
        if value is None or value["builtin"]:
            return
        text = self.tr("删除 {0} 起的取值 {1}？").format(value["effective_from"].isoformat(),
                                                   value["value"])
        if QMessageBox.question(self, self.title(), text,
                                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        records, expected = self.ctx.workspace.records, stored_values("parameters", value)
        run_for(self, lambda _p: records.delete("parameters", value["id"], expected=expected),
                on_done=lambda result: after_delete(self, "parameters", result),
                on_error=lambda e: QMessageBox.warning(self, self.title(), self.tr(
                    "删除失败：{0}").format(type(e).__name__)))
