"""Task targets (任务目标) as a grid: every staff member × the five indicators of a quarter,
edited in place. Each cell is checked with the import's rules as it is typed; "保存" writes the
whole quarter in one transaction (clearing a row removes that staff member's targets), and only
while the quarter's targets are still the ones loaded: when another client changed, added or
removed one since, nothing is written and a ConflictBox offers to reload (ui.records.conflict)."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ruralperf.domain.money import money_display
from ruralperf.domain.periods import Quarter
from ui.context import AppContext
from ui.pages.base import Page
from ui.records.forms.fields import QuarterField
from ui.records.labels import column_label, table_label
from ui.records.target_delegate import INDICATORS, TargetDelegate
from ui.records.background import run_for
from ui.records.conflict import conflict_code, show_conflict

BAD = QBrush(QColor("#f5a3a0"))  # a cell that cannot be saved: clearly marked, text kept
BAD_TEXT = QBrush(QColor("#7a1010"))
FIXED_COLUMNS = ("staff_no", "staff_name", "position")


def _cell_text(key: str, value) -> str:
    if value is None:
        return ""
    return money_display(value) if key in ("interest", "deposit", "npl") else str(value)


class TargetsPage(Page):
    key = "targets"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.rows: list[dict] = []
        self._loaded_text: list[list[str]] = []
        self._filling = False
        self._stale = True
        self._first = True
        self._focus_staff: str | None = None
        self.conflict_box = None
        self.quarter = QuarterField(self)
        self.quarter.setEditable(False)
        self._quarter_shown: Quarter | None = self.quarter.quarter()
        self.quarter.changed.connect(self._quarter_changed)
        self.copy_button = QPushButton(self.tr("复制上季度目标"), self)
        self.copy_button.clicked.connect(self.copy_previous)
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("放弃修改"), self)
        self.revert_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("季度"), self))
        top.addWidget(self.quarter)
        top.addStretch(1)
        for b in (self.copy_button, self.revert_button, self.save_button):
            top.addWidget(b)

        columns = FIXED_COLUMNS + INDICATORS
        self.grid = QTableWidget(0, len(columns), self)
        self.grid.setHorizontalHeaderLabels([column_label("targets", c) for c in columns])
        self.grid.setItemDelegate(TargetDelegate(ctx.workspace.records, self.grid))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, width in enumerate((70, 90, 110, 120, 120, 120, 100, 100)):
            self.grid.setColumnWidth(i, width)
        self.grid.itemChanged.connect(self._cell_changed)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.status)
        ctx.data_changed.connect(self._data_changed)

    def title(self) -> str:
        return table_label("targets")

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        quarter, browse, first = self.quarter.quarter(), self.ctx.workspace.browse, self._first
        self._first = False

        def load(_progress):
            shown = quarter
            if first:  # open on the newest quarter that has targets
                shown = browse.newest_targets_quarter() or quarter
            return shown, browse.targets_grid(shown)

        run_for(self, load, on_done=lambda result: self._fill(*result),
                     on_error=lambda e: self.status.setText(
                         self.tr("读取数据失败：{0}").format(type(e).__name__)))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _data_changed(self, name: str) -> None:
        if name in ("*", "targets", "staff") and not self.is_dirty():
            self._stale = True
            if self.isVisible():
                self.refresh()

    def _fill(self, quarter: Quarter, rows: list[dict]) -> None:
        self._filling = True
        self.rows = rows
        self.grid.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, key in enumerate(FIXED_COLUMNS):
                item = QTableWidgetItem(row.get(key) or "")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.grid.setItem(r, c, item)
            for c, key in enumerate(INDICATORS, len(FIXED_COLUMNS)):
                item = QTableWidgetItem(_cell_text(key, row.get(key)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.grid.setItem(r, c, item)
        self._filling = False
        self._quarter_shown = quarter
        can = getattr(self.ctx.workspace, "can", None)
        allowed = can is None or can("enter_data")
        for button in (self.save_button, self.copy_button, self.revert_button):
            button.setEnabled(allowed)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if allowed
                                  else QAbstractItemView.EditTrigger.NoEditTriggers)
        if self.quarter.quarter() != quarter:
            self.quarter.blockSignals(True)
            self.quarter.set_value(quarter)
            self.quarter.blockSignals(False)
        self._loaded_text = self.texts()
        if self._focus_staff:
            self._apply_focus()
        entered = sum(1 for r in rows if r.get("id") is not None)
        self.status.setText(self.tr("{0}：{1} 名员工，已录入 {2} 名").format(
            quarter, len(rows), entered))

    def show_record(self, record_key: str) -> None:
        """Focus a staff member's first target cell ("E005", or "E005 2025Q3" for a quarter)."""
        quarter = next((w for w in re.split(r"[\s:/@]+", record_key)
                        if re.fullmatch(r"\d{4}[Qq][1-4]", w)), None)
        self._focus_staff = next((w for w in re.split(r"[\s:/@]+", record_key)
                                  if w and w != quarter), None)
        if quarter:
            self._first = False  # a quarter was asked for: do not jump to the newest
        if quarter and quarter.upper() != str(self._quarter_shown) and not self.is_dirty():
            self.quarter.set_value(quarter.upper())  # reloads, then focuses
        elif self.rows:
            self._apply_focus()

    def _apply_focus(self) -> None:
        staff_no, self._focus_staff = self._focus_staff, None
        row = next((i for i, r in enumerate(self.rows) if r["staff_no"] == staff_no), -1)
        if row >= 0:
            self.grid.setCurrentCell(row, len(FIXED_COLUMNS))
            self.grid.scrollToItem(self.grid.item(row, 0))
            self.grid.setFocus()

    def texts(self) -> list[list[str]]:
        return [[(self.grid.item(r, c).text() if self.grid.item(r, c) else "").strip()
                 for c in range(len(FIXED_COLUMNS), self.grid.columnCount())]
                for r in range(self.grid.rowCount())]

    def is_dirty(self) -> bool:
        return self.texts() != self._loaded_text

    def _quarter_changed(self) -> None:
        if self.quarter.quarter() == self._quarter_shown:
            return
        if self.is_dirty() and not self.ask_discard():
            self.quarter.blockSignals(True)
            self.quarter.set_value(self._quarter_shown)
            self.quarter.blockSignals(False)
            return
        self.refresh()

    def ask_discard(self) -> bool:
        return QMessageBox.question(self, self.title(), self.tr("放弃未保存的修改？"),
                                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                    QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    # -- editing -----------------------------------------------------------------------------
    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() < len(FIXED_COLUMNS):
            return
        key = INDICATORS[item.column() - len(FIXED_COLUMNS)]
        message = self.ctx.workspace.records.check_value("targets", key, item.text()) \
            if item.text().strip() else None
        self._mark(item, message)

    def _mark(self, item: QTableWidgetItem, message: str | None) -> None:
        self._filling = True
        item.setBackground(BAD if message else QBrush())
        item.setForeground(BAD_TEXT if message else QBrush())
        item.setToolTip(message or "")
        self._filling = False
        self._show_marks()

    def marked(self) -> list[str]:
        """Every marked cell as "staff member, column: reason"."""
        out = []
        for r in range(self.grid.rowCount()):
            for c, key in enumerate(INDICATORS, len(FIXED_COLUMNS)):
                item = self.grid.item(r, c)
                if item is not None and item.toolTip():
                    name = self.grid.item(r, 1).text() or self.grid.item(r, 0).text()
                    out.append(self.tr("{0} {1}：{2}").format(
                        name, column_label("targets", key), item.toolTip()))
        return out

    def _show_marks(self) -> None:
        marked = self.marked()
        if marked:
            self.status.setText(self.tr("标红的单元格不能保存，原文保留：") + "\n" + "\n".join(marked))
            self.status.setStyleSheet("color: #b42318;")
        else:
            self.status.setStyleSheet("")

    def copy_previous(self) -> None:
        current, browse = self.quarter.quarter(), self.ctx.workspace.browse
        if current is None:
            return
        previous = current.previous
        run_for(self, lambda _p: browse.targets_grid(previous), on_done=self._copy_in)

    def _copy_in(self, previous_rows: list[dict]) -> None:
        """Fill the rows still empty with the previous quarter's targets (unsaved until 保存)."""
        by_staff = {r["staff_no"]: r for r in previous_rows if r.get("id") is not None}
        copied = 0
        for r, (row, texts) in enumerate(zip(self.rows, self.texts())):
            previous = by_staff.get(row["staff_no"])
            if previous is None or any(texts):
                continue
            copied += 1
            for c, key in enumerate(INDICATORS, len(FIXED_COLUMNS)):
                self.grid.item(r, c).setText(_cell_text(key, previous[key]))
        self.status.setText(self.tr("已复制上季度 {0} 名员工的目标，核对后请保存").format(copied))

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        quarter, texts = self._quarter_shown, self.texts()
        if quarter is None:
            return
        rows, index_of, clear = [], [], []
        for r, (row, values) in enumerate(zip(self.rows, texts)):
            if not any(values):
                if row.get("id") is not None:
                    clear.append(row["staff_no"])
                continue
            rows.append({"staff_no": row["staff_no"], **dict(zip(INDICATORS, values))})
            index_of.append(r)
        records, expected = self.ctx.workspace.records, [dict(r) for r in self.rows]
        self.save_button.setEnabled(False)
        run_for(self, lambda _p: records.save_targets(quarter, rows, clear, expected=expected),
                     on_done=lambda result: self._saved(result, index_of),
                     on_error=lambda e: self._save_failed(e))

    def _saved(self, result, index_of: list[int]) -> None:
        self.save_button.setEnabled(True)
        if not result.ok and conflict_code(result):
            self._conflict()
            return
        if not result.ok:
            loose = []
            for p in result.errors:
                if p.index is not None and p.field in INDICATORS and p.index < len(index_of):
                    column = len(FIXED_COLUMNS) + INDICATORS.index(p.field)
                    self._mark(self.grid.item(index_of[p.index], column), p.message)
                else:
                    loose.append(p.message)
            reasons = self.marked() + loose
            self.status.setText(self.tr("未保存：请改正标红的单元格（鼠标停留可见原因）") +
                                ("\n" + "\n".join(reasons) if reasons else ""))
            self.status.setStyleSheet("color: #b42318;")
            return
        self._loaded_text = self.texts()
        self.ctx.data_changed.emit("targets")  # reloads this page too

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("保存失败：{0}").format(type(exc).__name__))

    def _conflict(self) -> None:
        """Someone else changed the quarter's targets since they were loaded: nothing was
        saved; reload them, or keep the typed cells to copy them (then "放弃修改" reloads)."""
        self.status.setText(self.tr("其他用户已修改本季度的任务目标，您的修改没有保存。"
                                    "复制您的输入后，可点“放弃修改”载入当前数据。"))
        self.ctx.data_changed.emit("targets")  # other pages; this one keeps the typed cells
        show_conflict(self, "targets", lambda reload: self.refresh() if reload else None,
                      grid=True)
