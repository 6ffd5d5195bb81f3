"""The list of an import's errors and warnings (sheet, row, column, message), with an export
to .xlsx so the user can work through it in Excel."""
from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from ruralperf.i18n import current_lang
from ui.i18n import counted

ERROR_COLOR = QColor("#b42318")
WARNING_COLOR = QColor("#8a6100")


class ProblemModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._problems: list = []
        self._headers = [self.tr("类型"), self.tr("工作表"), self.tr("行"), self.tr("列"),
                         self.tr("说明")]

    def set_problems(self, problems: Sequence) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def problems(self) -> list:
        return list(self._problems)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        p = self._problems[index.row()]
        if role == Qt.DisplayRole:
            lang = current_lang()
            return [self.tr("提示") if p.warning else self.tr("错误"), p.sheet,
                    "" if p.row is None else str(p.row), p.column or "",
                    p.text(lang)][index.column()]
        if role == Qt.ForegroundRole and index.column() == 0:
            return QBrush(WARNING_COLOR if p.warning else ERROR_COLOR)
        if role == Qt.ToolTipRole and index.column() == 4:
            return p.message(current_lang())
        return None


class ProblemTable(QWidget):
    """`run(fn, on_done=..., on_error=...)` is `AppContext.run`: the export writes the file
    on the background worker."""

    def __init__(self, run: Callable, parent: QWidget | None = None, settings=None):
        super().__init__(parent)
        self._run = run
        self.settings = settings
        self.model = ProblemModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.summary = QLabel(self)
        self.export_button = QPushButton(self.tr("导出为 Excel…"), self)
        self.export_button.clicked.connect(self._ask_export)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.set_problems([])

    def set_problems(self, problems: Sequence) -> None:
        ordered = sorted(problems, key=lambda p: p.warning)  # errors first
        self.model.set_problems(ordered)
        errors = sum(1 for p in ordered if not p.warning)
        self.summary.setText(counted(self.tr("错误 %1 处，提示 %2 处").replace("%1", str(errors))
                                     .replace("%2", str(len(ordered) - errors))))
        self.export_button.setEnabled(bool(ordered))

    def _ask_export(self) -> None:
        from ui.workflow.report_files import remember_folder, start_path

        name = self.tr("导入问题清单.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出问题清单"),
                                              start_path(self.settings, name)
                                              if self.settings is not None else name,
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path and self.settings is not None:
            remember_folder(self.settings, path)
        if path:
            self.export(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def export(self, path: str, on_done: Callable | None = None) -> None:
        from ruralperf.workspace import Workspace

        problems, lang = self.model.problems(), current_lang()
        self.export_button.setEnabled(False)

        def done(result):
            self.export_button.setEnabled(True)
            if on_done:
                on_done(result)

        def failed(exc):
            from ruralperf.errors import describe

            self.export_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("导出失败"), describe(exc, lang)[1])

        self._run(lambda progress: Workspace.write_problem_list(problems, path, lang),
                  on_done=done, on_error=failed)
