"""A table model that pages rows in from the database on the background worker.

The view asks for more through `canFetchMore`/`fetchMore` as the user scrolls (the Qt
"fetchMore" pattern); each batch is one `Browse.page` query run on `ctx.tasks`, never on the UI
thread. Sorting (header click) and searching/filtering restart the listing in the database.
A generation number discards batches that arrive after the query changed. The number of
matching rows is counted by a second query queued after the first batch, so the first rows
show without waiting for the count.
"""
from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ui.context import AppContext
from ui.records.formatting import ColumnSpec, alignment, display
from ui.records.background import run_for

BATCH = 200
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the exact value (Decimal, int, date) of a cell


# the worst status of a loan's guarantee periods, when it needs acting on
GUARANTEE_COLORS = {"warning": QColor("#b54708"), "released": QColor("#b42318"),
                    "guarantor_lapsed": QColor("#b42318")}



_DISPLAY, _ALIGN, _VALUE, _TOOLTIP, _FOREGROUND = (
    int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, VALUE_ROLE,
                     Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole))
_ROLES = frozenset({_DISPLAY, _ALIGN, _VALUE, _TOOLTIP, _FOREGROUND})

class RecordTableModel(QAbstractTableModel):
    # (rows shown, rows matching or -1 while not counted yet), after each batch and the count
    loaded = Signal(int, int)
    first_batch = Signal()
    failed = Signal(str)

    def __init__(self, ctx: AppContext, table: str, columns: list[ColumnSpec],
                 parent=None, batch: int = BATCH):
        super().__init__(parent)
        self.ctx, self.table, self.columns, self.batch = ctx, table, columns, batch
        self.search = ""
        self.filters: dict = {}
        self.sort_key: str | None = None
        self.descending = False
        self._rows: list[dict] = []
        self._total: int | None = None  # rows matching, once counted
        self._exhausted = False  # the last batch was short: nothing more to fetch
        self._loading = False
        self._generation = 0

    # -- query -------------------------------------------------------------------------------
    def set_query(self, search: str | None = None, filters: dict | None = None) -> None:
        if search is not None:
            self.search = search
        if filters is not None:
            self.filters = {k: v for k, v in filters.items() if v not in ("", None)}
        self.reload()

    def query(self) -> dict:
        """The current search, filters and order (for exports of the current view)."""
        return {"search": self.search, "filters": dict(self.filters), "sort": self.sort_key,
                "descending": self.descending}

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows, self._total, self._loading, self._exhausted = [], None, False, False
        self.endResetModel()
        self._request(0)
        self._count()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # noqa: A003 (Qt name)
        if not 0 <= column < len(self.columns):
            return
        key, descending = self.columns[column].key, order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self._generation:
            return
        self.sort_key, self.descending = key, descending
        self.reload()

    # -- paging ------------------------------------------------------------------------------
    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        if parent.isValid() or self._loading or self._exhausted or not self._rows:
            return False
        return self._total is None or len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self._request(len(self._rows))

    def _request(self, offset: int) -> None:
        self._loading = True
        generation = self._generation
        browse = self.ctx.workspace.browse
        args = dict(search=self.search, filters=dict(self.filters), sort=self.sort_key,
                    descending=self.descending, offset=offset, limit=self.batch,
                    with_total=False)
        if offset and self._rows and "id" in self._rows[-1]:  # keyset paging where it can
            args["after"] = dict(self._rows[-1])
        run_for(self, lambda _progress: browse.page(self.table, **args),
                     on_done=lambda result: self._arrived(generation, offset, result),
                     on_error=lambda exc: self._failed(generation, exc))

    def _count(self) -> None:
        generation, browse = self._generation, self.ctx.workspace.browse
        search, filters = self.search, dict(self.filters)
        run_for(self, lambda _progress: browse.count(self.table, search=search, filters=filters),
                on_done=lambda total: self._counted(generation, total),
                on_error=lambda _exc: None)

    def _counted(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self._total = max(total, len(self._rows))
        self.loaded.emit(len(self._rows), self._total)

    def _arrived(self, generation: int, offset: int, result) -> None:
        if generation != self._generation:
            return
        rows, _ = result
        self._loading = False
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        if len(rows) < self.batch:  # the end, whatever the count said
            self._exhausted = True
            self._total = len(self._rows)
        if offset == 0:
            self.first_batch.emit()
        self.loaded.emit(len(self._rows), -1 if self._total is None else self._total)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True
        self.failed.emit(type(exc).__name__)

    # -- access ------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def total(self) -> int | None:
        return self._total

    def row(self, index: int) -> dict | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def find_row(self, key: str, value) -> int:
        """The position of the first loaded row whose `key` equals `value`, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.get(key) == value), -1)

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        role = int(role)  # plain ints: a PySide enum comparison per role cost ~40 µs a cell
        if role not in _ROLES or not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self._rows[index.row()].get(column.key)
        if role == _DISPLAY:
            return display(value, column.kind)
        if role == _ALIGN:
            return int(alignment(column.kind))
        if role == _VALUE:
            return value
        if role == _TOOLTIP and column.kind == "text" and value and len(str(value)) > 16:
            return str(value)
        if column.kind == "guarantee" and value is not None:
            if role == _TOOLTIP:
                return display(value, column.kind)
            if role == _FOREGROUND and getattr(value, "worst", None) in GUARANTEE_COLORS:
                return QBrush(GUARANTEE_COLORS[value.worst])
        return None

    def headerData(self, section: int, orientation,  # noqa: N802 (Qt's name)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(alignment(self.columns[section].kind))
        return super().headerData(section, orientation, role)
