"""Picking a staff member, household or loan by number, name or pinyin initials.

The user types "zw" (or "E00", or "张"): after a short pause the candidates are looked up with
`Browse.lookup` on the background worker and offered in a completer popup ("E001  张伟");
choosing one puts its number in the field. The name of the record whose number is in the field
is shown beside it, or "not found"."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from ui.context import AppContext
from ui.records.background import run_for

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 7
# table -> (number column, name column)
PICKABLE = {"staff": ("staff_no", "name"), "households": ("household_no", "name"),
            "loans": ("contract_no", "household_name")}


class PickerField(QWidget):
    changed = Signal()
    candidates_shown = Signal(int)  # how many candidates the last lookup offered

    def __init__(self, ctx: AppContext, table: str, parent: QWidget | None = None,
                 max_len: int = 40):
        super().__init__(parent)
        self.ctx, self.table = ctx, table
        self.number_key, self.name_key = PICKABLE[table]
        self.line = QLineEdit(self)
        self.line.setMaxLength(max_len)
        self.line.setPlaceholderText(self.tr("编号、名称或拼音首字母"))
        self.name = QLabel(self)
        self.name.setMinimumWidth(90)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.name)
        self.setFocusProxy(self.line)

        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(NUMBER_ROLE)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.line.setCompleter(self.completer)
        self.completer.activated[str].connect(self._chosen)

        self._generation = 0
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._lookup)
        self.line.textEdited.connect(lambda _t: self._timer.start())
        self.line.textChanged.connect(lambda _t: self.changed.emit())
        self.line.editingFinished.connect(self._resolve)

    # -- editor protocol ---------------------------------------------------------------------
    def value(self):
        return self.line.text().strip() or None

    def set_value(self, value, name: str | None = None) -> None:
        self.line.setText("" if value is None else str(value))
        if name is not None:
            self.name.setText(name)
        elif value:
            self._resolve()
        else:
            self.name.clear()

    # -- lookup ------------------------------------------------------------------------------
    def _lookup(self) -> None:
        text = self.line.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self.model.clear()
            self.name.clear()
            return
        browse = self.ctx.workspace.browse
        run_for(self, lambda _p: browse.lookup(self.table, text, 15),
                     on_done=lambda rows: self._offer(generation, rows),
                     on_error=lambda _e: None)

    def _offer(self, generation: int, rows: list[dict]) -> None:
        if generation != self._generation:
            return
        self.model.clear()
        for row in rows:
            number, name = str(row[self.number_key]), row.get(self.name_key) or ""
            item = QStandardItem(f"{number}  {name}")
            item.setData(number, NUMBER_ROLE)
            item.setData(name, Qt.ItemDataRole.UserRole + 8)
            self.model.appendRow(item)
        exact = next((r for r in rows if str(r[self.number_key]) == self.line.text().strip()),
                     None)
        self._show_name(exact)
        self.candidates_shown.emit(len(rows))
        if rows and self.line.hasFocus():
            self.completer.complete()

    def _chosen(self, number: str) -> None:
        self.line.setText(number)
        item = next((self.model.item(i) for i in range(self.model.rowCount())
                     if self.model.item(i).data(NUMBER_ROLE) == number), None)
        self.name.setText(item.data(Qt.ItemDataRole.UserRole + 8) if item else "")

    def choose(self, row: int) -> None:
        """Take the candidate at `row` of the last lookup (keyboard and tests)."""
        item = self.model.item(row)
        if item is not None:
            self._chosen(item.data(NUMBER_ROLE))

    def _resolve(self) -> None:
        number = self.value()
        if not number:
            self.name.clear()
            return
        browse = self.ctx.workspace.browse
        generation = self._generation
        run_for(self, lambda _p: browse.find(self.table, **{self.number_key: number}),
                     on_done=lambda row: self._show_name(row, missing=True)
                     if generation == self._generation else None,
                     on_error=lambda _e: None)

    def _show_name(self, row: dict | None, missing: bool = False) -> None:
        if row is not None:
            self.name.setText(row.get(self.name_key) or "")
            self.name.setStyleSheet("")
        elif missing:
            self.name.setText(self.tr("未找到"))
            self.name.setStyleSheet("color: #b42318;")
