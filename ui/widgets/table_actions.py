"""What desktop tables offer: a right-click menu (copy the selected rows, copy the cell, open,
export the view) and Ctrl+C copying the selected rows as tab-separated text, which pastes into
Excel as cells. `install_table_actions` adds them to any QTableView."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTableView


def _tr(text: str) -> str:
    return QCoreApplication.translate("TableActions", text)


def _cell_text(view: QTableView, row: int, column: int) -> str:
    value = view.model().index(row, column).data(Qt.ItemDataRole.DisplayRole)
    text = "" if value is None else str(value)
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def selected_rows(view: QTableView) -> list[int]:
    selection = view.selectionModel()
    if selection is None:
        return []
    rows = {i.row() for i in selection.selectedIndexes()}
    if not rows and view.currentIndex().isValid():
        rows = {view.currentIndex().row()}
    return sorted(rows)


def rows_text(view: QTableView, rows: list[int]) -> str:
    """The rows' visible columns, tab-separated, one line each (Excel's clipboard format)."""
    header = view.horizontalHeader()
    columns = [header.logicalIndex(v) for v in range(header.count())]
    columns = [c for c in columns if not view.isColumnHidden(c)]
    return "\n".join("\t".join(_cell_text(view, r, c) for c in columns) for r in rows)


class TableActions:
    def __init__(self, view: QTableView, open_row: Callable[[], None] | None = None,
                 export: Callable[[], None] | None = None):
        self.view, self.open_row, self.export = view, open_row, export
        self.copy_rows = QAction(_tr("复制所选行"), view)
        self.copy_rows.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_rows.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_rows.triggered.connect(self.copy_selected_rows)
        view.addAction(self.copy_rows)
        self.copy_cell = QAction(_tr("复制单元格"), view)
        self.copy_cell.triggered.connect(self.copy_current_cell)
        self.open_action = QAction(_tr("打开"), view) if open_row else None
        if self.open_action is not None:
            self.open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
            # shown; the view opens
            self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.open_action.triggered.connect(open_row)
        self.export_action = QAction(_tr("导出当前视图…"), view) if export else None
        if self.export_action is not None:
            self.export_action.triggered.connect(export)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.show_menu)
        self.menu: QMenu | None = None

    def copy_selected_rows(self) -> None:
        rows = selected_rows(self.view)
        if rows:
            QGuiApplication.clipboard().setText(rows_text(self.view, rows))

    def copy_current_cell(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            QGuiApplication.clipboard().setText(_cell_text(self.view, index.row(),
                                                           index.column()))

    def build_menu(self) -> QMenu:
        menu = QMenu(self.view)
        if self.open_action is not None:
            menu.addAction(self.open_action)
            menu.addSeparator()
        menu.addAction(self.copy_rows)
        menu.addAction(self.copy_cell)
        if self.export_action is not None:
            menu.addSeparator()
            menu.addAction(self.export_action)
        has_row = bool(selected_rows(self.view))
        for action in (self.copy_rows, self.copy_cell, self.open_action):
            if action is not None:
                action.setEnabled(has_row)
        return menu

    def show_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        selection = self.view.selectionModel()
        if index.isValid() and not selection.isSelected(index):
            self.view.setCurrentIndex(index)
            if self.view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
                self.view.selectRow(index.row())
        if index.isValid():
            # the cell clicked
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.menu = self.build_menu()
        self.menu.popup(self.view.viewport().mapToGlobal(pos))


def install_table_actions(view: QTableView, open_row: Callable[[], None] | None = None,
                          export: Callable[[], None] | None = None) -> TableActions:
    actions = TableActions(view, open_row, export)
    view.setProperty("table_actions", True)
    view._table_actions = actions  # kept alive with the view
    return actions
