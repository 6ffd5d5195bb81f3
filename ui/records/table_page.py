"""A data page: one table of records, paged in lazily from the database, with a search box
(debounced), filters, header-click sorting (all executed by the database), the record forms
(new, edit, delete) and "导出当前视图" (export the current view to .xlsx)."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QTableView, QVBoxLayout,
                               QWidget)

from ui.context import AppContext
from ui.pages.base import Page
from ui.records.export_action import ExportAction
from ui.widgets.table_actions import install_table_actions
from ui.records.formatting import column_specs, display
from ui.records.forms.open_forms import open_form
from ui.records.labels import column_label, table_label
from ui.records.table_model import RecordTableModel
from ui.records.background import run_for
from ui.records.conflict import after_delete, stored_values
from ui.i18n import counted

SEARCH_DELAY_MS = 300


@dataclass(frozen=True)
class FilterSpec:
    """A filter combo: equality on `field`; options are fixed values, or (None) the distinct
    values found in the table, loaded on the worker."""

    field: str
    kind: str = "text"
    options: tuple | None = None


class TablePage(Page):
    key = ""
    table = ""
    filters: tuple[FilterSpec, ...] = ()
    hidden: tuple[str, ...] = ()
    depends: frozenset[str] = frozenset()
    editable = True
    permission = "enter_data"  # the role's right to change this table (enforced by the core too)
    status: QLabel  # made after the model, whose failure it shows

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._stale = True
        self._pending_select: tuple[str, str] | None = None
        columns = column_specs(self.table, ctx.workspace.browse.columns(self.table), self.hidden)
        self.model = RecordTableModel(ctx, self.table, columns, self)
        self.model.loaded.connect(self._loaded)
        self.model.first_batch.connect(self._first_batch)
        self.model.failed.connect(lambda name: self.status.setText(
            self.tr("读取数据失败：{0}").format(name)))

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索：编号、名称或拼音首字母"))
        self.search.setMinimumWidth(240)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_query)
        self.filter_combos: dict[str, QComboBox] = {}

        top = QHBoxLayout()
        top.addWidget(self.search)
        for spec in self.filters:
            top.addWidget(self._filter_combo(spec))
        top.addStretch(1)
        self.add_button = self._button(top, self.tr("新增"), self.add_record, "Ctrl+N")
        self.edit_button = self._button(top, self.tr("编辑"), self.edit_record, hint="Enter")
        self.delete_button = self._button(top, self.tr("删除"), self.delete_record, hint="Del")
        self.exporter = ExportAction(self)
        self.export_button = self._button(top, self.tr("导出当前视图"), self.exporter.start)
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setVisible(self.editable)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # rows to copy
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # a last text column (a reason) takes the room left; numbers stay next to their labels
        header.setStretchLastSection(bool(columns) and columns[-1].kind == "text")
        for i, column in enumerate(columns):
            self.view.setColumnWidth(i, column.width)
        self._fitted = False  # widened to the first rows' texts (once: then the user decides)
        self._fit_columns()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.doubleClicked.connect(lambda _i: self.edit_record())
        self.view.activated.connect(lambda _i: self.edit_record())
        self.table_actions = install_table_actions(self.view, self.edit_record,
                                                   lambda: self.exporter.start())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed())
        QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_record)

        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.add_body(layout)
        layout.addWidget(self.status)
        ctx.data_changed.connect(self._data_changed)
        self.selection_changed()

    # -- building ----------------------------------------------------------------------------
    def _button(self, layout, text: str, slot, shortcut: str | None = None,
                hint: str | None = None) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        if shortcut:
            button.setShortcut(QKeySequence(shortcut))
        keys = hint or shortcut
        if keys:  # the shortcut shown where the clerk looks for it
            shortcut = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{text}（{shortcut}）")
        layout.addWidget(button)
        return button

    def add_body(self, layout: QVBoxLayout) -> None:
        """Hook: the table, or the table with a detail pane."""
        layout.addWidget(self.view, 1)

    def _filter_combo(self, spec: FilterSpec) -> QComboBox:
        combo = QComboBox(self)
        combo.setMinimumContentsLength(8)
        combo.addItem(self.tr("全部{0}").format(column_label(self.table, spec.field)), None)
        for value in spec.options or ():
            combo.addItem(display(value, spec.kind), value)
        combo.currentIndexChanged.connect(lambda _i: self.apply_query())
        self.filter_combos[spec.field] = combo
        return combo

    def title(self) -> str:
        return table_label(self.table)

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        self.selection_changed()  # the user (and so the rights) may have changed
        self._load_filter_values()
        self.model.reload()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def _data_changed(self, name: str) -> None:
        if name == "*" or name == self.table or name in self.depends:
            self._stale = True
            if self.isVisible():
                QTimer.singleShot(0, self._refresh_if_stale)

    def _load_filter_values(self) -> None:
        browse = self.ctx.workspace.browse
        for spec in self.filters:
            if spec.options is None:
                run_for(self, lambda _p, f=spec.field: browse.distinct(self.table, f),
                             on_done=lambda values, s=spec: self._fill_filter(s, values),
                             on_error=lambda _e: None)

    def _fill_filter(self, spec: FilterSpec, values: list) -> None:
        combo = self.filter_combos[spec.field]
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value in values:
            combo.addItem(display(value, spec.kind), value)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)

    def filter_values(self) -> dict:
        return {f: c.currentData() for f, c in self.filter_combos.items()
                if c.currentData() is not None}

    def apply_query(self) -> None:
        self._search_timer.stop()
        self._stale = False
        self.model.set_query(self.search.text().strip(), self.filter_values())

    def _loaded(self, shown: int, total: int) -> None:
        if total < 0:
            self.status.setText(self.tr("已显示 {0} 条，正在计数……").format(shown))
        else:
            self.status.setText(counted(self.tr("共 {0} 条，已显示 {1} 条").format(total, shown)))

    MAX_FIT_WIDTH = 320

    def _fit_columns(self) -> None:
        """No column cuts its title or its words ("Customer typ…", "Self-…"): a column too
        narrow for its header or the loaded rows is widened (never narrowed, at most
        MAX_FIT_WIDTH; the stretched last column takes what is left anyway)."""
        header = self.view.horizontalHeader()
        for i in range(self.model.columnCount()):
            needed = max(header.sectionSizeHint(i), self.view.sizeHintForColumn(i))
            if needed > self.view.columnWidth(i):
                self.view.setColumnWidth(i, min(needed, self.MAX_FIT_WIDTH))

    def _first_batch(self) -> None:
        if not self._fitted and self.model.rowCount():
            self._fitted = True
            self._fit_columns()
        if self._pending_select is not None:
            key, value = self._pending_select
            self._pending_select = None
            row = self.model.find_row(key, value)
            if row >= 0:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
        elif self.model.rowCount() and not self.view.selectionModel().hasSelection():
            self.selection_changed()

    # -- records -----------------------------------------------------------------------------
    def show_record(self, record_key: str) -> None:
        """Show one record: search for its number and select it when it arrives."""
        number_key = self.model.columns[0].key
        self._pending_select = (number_key, record_key)
        for combo in self.filter_combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(record_key)
        self.search.blockSignals(False)
        self.apply_query()

    def selected_row(self) -> dict | None:
        rows = self.view.selectionModel().selectedRows()
        # several rows selected (to copy them): no single record to edit or delete
        return self.model.row(rows[0].row()) if len(rows) == 1 else None

    def allowed(self) -> bool:
        """Whether the logged-in user may change this table."""
        can = getattr(self.ctx.workspace, "can", None)
        return self.editable and (can is None or can(self.permission))

    def selection_changed(self) -> None:
        has, allowed = self.selected_row() is not None, self.allowed()
        self.add_button.setEnabled(allowed)
        self.edit_button.setEnabled(has and allowed)
        self.delete_button.setEnabled(has and allowed)

    def form_defaults(self) -> dict:
        """Hook: values a new record starts with (e.g. the filtered month)."""
        return {}

    def add_record(self) -> None:
        if self.allowed():
            self.open_form(None)

    def edit_record(self) -> None:
        row = self.selected_row()
        if row is not None and self.allowed():
            self.open_form(row)

    def open_form(self, row: dict | None):
        return open_form(self.ctx, self.table, row, self,
                         defaults=None if row else self.form_defaults())

    def confirm_delete(self, row: dict) -> bool:
        text = self.tr("删除所选{0}记录？此操作不能撤销。").format(table_label(self.table))
        return QMessageBox.question(self, self.tr("删除"), text,
                                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                    QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    def delete_record(self) -> None:
        row = self.selected_row()
        if row is None or not self.allowed() or not self.confirm_delete(row):
            return
        records, expected = self.ctx.workspace.records, stored_values(self.table, row)
        run_for(self, lambda _p: records.delete(self.table, row["id"], expected=expected),
                on_done=lambda result: self._deleted(result, row),
                on_error=lambda e: self.show_message(
                    self.tr("删除失败：{0}").format(type(e).__name__)))

    def _deleted(self, result, row: dict) -> None:
        """Refused without a change when someone else changed the record since it was shown;
        reloading then shows it again, selected, with the current values."""
        def reselect() -> None:
            self._pending_select = ("id", row["id"])

        after_delete(self, self.table, result, on_reload=reselect)

    def show_message(self, text: str) -> None:
        QMessageBox.warning(self, self.title(), text)
