"""The quarterly pay run: pick a quarter, see the saved run, compute it again in the
background; double-click a cell for its explanation; errors and warnings link to the page
that fixes them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from ruralperf.i18n import current_lang, finding_text
from ui.context import AppContext
from ui.navigation import nav_label
from ui.pages.base import Page
from ui.widgets.busy_bar import BusyBar
from ui.widgets.finding_list import FindingList, FindingRow
from ui.widgets.quarter_combo import QuarterCombo
from ui.workflow.explanation_dialog import ExplanationDialog
from ui.workflow.fix_links import fix_target
from ui.workflow.labels import run_status_label, step_label
from ui.workflow.payrun_model import COLUMNS, PayRunModel
from ui.workflow.quarter import QuarterState


class PayRunPage(Page):
    key = "payrun"
    uses_quarter = True

    def __init__(self, ctx: AppContext, quarter: QuarterState, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.quarter_state = quarter
        self.stored = None  # the StoredPayRun shown, if any
        self.dialogs: list[ExplanationDialog] = []
        self._loading = 0  # generation of the newest load, to drop stale answers

        self.quarter_combo = QuarterCombo(self)
        self.quarter_combo.set_quarter(quarter.quarter)
        self.quarter_combo.quarter_changed.connect(quarter.set)
        quarter.changed.connect(self.quarter_combo.set_quarter)
        self.compute_button = QPushButton(self.tr("计算本季度"), self)
        self.compute_button.clicked.connect(self.compute)
        self.bar = BusyBar(self, step_label)
        self.bar.setMaximumWidth(260)
        self.status = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("季度"), self))
        top.addWidget(self.quarter_combo)
        top.addWidget(self.compute_button)
        top.addWidget(self.bar)
        top.addWidget(self.status, 1)

        self.model = PayRunModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        font = self.view.font()
        font.setPointSize(max(8, font.pointSize() - 1))
        self.view.setFont(font)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setMinimumSectionSize(36)
        self.view.doubleClicked.connect(lambda index: self.explain(index.row(), index.column()))
        self.findings = FindingList(lambda page, record: ctx.navigate.emit(page, record), self)
        self.hint = QLabel(self.tr("双击金额查看计算过程（规则、公式、输入与参数）。"), self)
        self.hint.setStyleSheet("color: #667085;")

        splitter = QSplitter(Qt.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.findings)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)

    def title(self) -> str:
        return self.tr("绩效核算")

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        quarter = self.quarter_state.quarter
        self.quarter_combo.set_quarter(quarter)
        self._loading += 1
        generation = self._loading
        ws = self.ctx.workspace
        self.bar.start(step_label("load"))
        self.ctx.run(lambda progress: ws.stored_pay_run(quarter),
                     on_done=lambda stored: self._stored_loaded(generation, stored),
                     on_error=self._failed)

    def _stored_loaded(self, generation: int, stored) -> None:
        if generation != self._loading:
            return
        self.bar.finish()
        self.stored = stored
        if stored is None:
            self.show_result(None)
            self.status.setText(self.tr("%1 尚未核算。点击“计算本季度”。")
                                .replace("%1", str(self.quarter_state.quarter)))
            return
        self.show_result(stored.result)
        self.status.setText(self.tr("已保存 %1（%2），计算于 %3，操作人 %4")
                            .replace("%1", stored.label)
                            .replace("%2", run_status_label(stored.status))
                            .replace("%3", stored.computed_at.strftime("%Y-%m-%d %H:%M"))
                            .replace("%4", stored.computed_by))

    def compute(self) -> None:
        quarter = self.quarter_state.quarter
        self._loading += 1
        generation = self._loading
        ws = self.ctx.workspace
        self.compute_button.setEnabled(False)
        self.bar.start(step_label("compute"))
        self.ctx.run(lambda progress: ws.compute_pay_run(quarter, save=True),
                     on_done=lambda result: self._computed(generation, result),
                     on_error=self._failed)

    def _computed(self, generation: int, result) -> None:
        self.compute_button.setEnabled(True)
        if generation == self._loading:
            self.bar.finish()
            self.show_result(result)
            self.status.setText(self.tr("已计算 %1（草稿已保存）").replace("%1", result.quarter))
        self.ctx.data_changed.emit("payrun")

    def _failed(self, exc: BaseException) -> None:
        from ruralperf.errors import describe

        self.bar.finish()
        self.compute_button.setEnabled(True)
        message = describe(exc, current_lang())[1]
        self.status.setText(message)
        QMessageBox.warning(self, self.tr("绩效核算"), message)

    # -- showing -----------------------------------------------------------------------------
    def show_result(self, result) -> None:
        self.model.set_result(result)
        lang = current_lang()
        rows = []
        if result is not None:
            for pay in result.staff:
                who = f"{pay.staff_no} {pay.name}"
                for error, finding in [(True, f) for f in pay.errors] + \
                                      [(False, f) for f in pay.warnings]:
                    target = fix_target(finding, pay.staff_no)
                    rows.append(FindingRow(error, who, finding_text(finding, lang), target,
                                           nav_label(target[0]) if target else ""))
            for finding in result.warnings:
                target = fix_target(finding)
                rows.append(FindingRow(False, "", finding_text(finding, lang), target,
                                       nav_label(target[0]) if target else ""))
        self.findings.set_rows(rows)
        self.findings.setVisible(bool(rows))

    def explain(self, row: int, column: int) -> ExplanationDialog | None:
        pay = self.model.staff_at(row)
        key = COLUMNS[column]
        if pay is None or key in ("staff_no", "name"):
            return None
        dialog = ExplanationDialog(self.model.result(), pay, key, self)
        dialog.destroyed.connect(lambda *_: self.dialogs.remove(dialog)
                                 if dialog in self.dialogs else None)
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    def show_record(self, record_key: str) -> None:
        row = self.model.row_of(record_key)
        if row >= 0:
            self.view.selectRow(row)
