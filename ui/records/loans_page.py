"""The loans page: every loan, paged from the database, and the selected loan in detail
(credits, manager history, ledgers, interest, limitation events, current limitation status).
Other pages link here with `ctx.navigate.emit("loans", contract_no)`."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QSplitter, QVBoxLayout

from ui.records.forms.open_forms import open_form
from ui.records.labels import table_label
from ui.records.loan_detail_pane import LoanDetailPane
from ui.records.pages import LOAN_FILTERS
from ui.records.table_page import TablePage
from ui.records.background import run_for
from ui.records.conflict import after_delete, stored_values

DETAIL_TABLES = frozenset({"credits", "reassignments", "snapshots", "interest",
                           "limitation_events", "recoveries", "guarantees"})


class LoansPage(TablePage):
    key = table = "loans"
    filters = LOAN_FILTERS
    # the list shows the manager in force today; the one it was disbursed with is in the
    # detail pane's 管户历史 (and in the edit form)
    hidden = ("manager_no", "manager_name")
    depends = frozenset({"households", "staff", "reassignments"})  # the manager of today

    def add_body(self, layout: QVBoxLayout) -> None:
        self.detail = LoanDetailPane(self, allowed=self.allowed)
        self.detail.add_requested.connect(lambda t: self.open_detail_form(t, None))
        self.detail.edit_requested.connect(self.open_detail_form)
        self.detail.delete_requested.connect(self.delete_detail)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self._detail_timer = QTimer(self, singleShot=True, interval=150)
        self._detail_timer.timeout.connect(self.load_detail)
        self._detail_generation = 0
        self.ctx.data_changed.connect(self._detail_changed)

    def selection_changed(self) -> None:
        super().selection_changed()
        if hasattr(self, "_detail_timer"):
            self._detail_timer.start()

    def load_detail(self) -> None:
        row = self.selected_row()
        self._detail_generation += 1
        generation = self._detail_generation
        if row is None:
            self.detail.show_detail(None)
            return
        browse, contract = self.ctx.workspace.browse, row["contract_no"]
        run_for(self, lambda _p: browse.loan_detail(contract),
                     on_done=lambda d: self.detail.show_detail(d)
                     if generation == self._detail_generation else None,
                     on_error=lambda e: self.status.setText(
                         self.tr("读取贷款明细失败：{0}").format(type(e).__name__)))

    def _detail_changed(self, name: str) -> None:
        if name in DETAIL_TABLES and self.detail.detail is not None:
            self._detail_timer.start()

    # -- forms -------------------------------------------------------------------------------
    def open_form(self, row: dict | None):
        """A new loan at once; an existing one after its credits are read (on the worker)."""
        if row is None:
            return open_form(self.ctx, "loans", None, self)
        browse, contract = self.ctx.workspace.browse, row["contract_no"]
        run_for(self, lambda _p: browse.loan_detail(contract),
                     on_done=lambda d: self._open_loaded(row, d))
        return None

    def _open_loaded(self, row: dict, detail) -> None:
        if detail is None:
            self.show_message(self.tr("该贷款已不存在，请刷新"))
            return
        self.last_dialog = open_form(self.ctx, "loans", row, self, credits=detail.credits)

    def open_detail_form(self, table: str, row: dict | None) -> None:
        loan = self.detail.detail.loan if self.detail.detail else None
        if loan is None or not self.allowed():
            return
        hint = self.tr("贷款 {0}（{1}）").format(loan["contract_no"],
                                                loan.get("household_name") or "")
        self.last_dialog = open_form(self.ctx, table, row, self,
                                     fixed={"contract_no": loan["contract_no"]}, hint=hint)

    def delete_detail(self, table: str, row: dict) -> None:
        text = self.tr("删除所选{0}记录？此操作不能撤销。").format(table_label(table))
        if QMessageBox.question(self, self.tr("删除"), text,
                                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        records, expected = self.ctx.workspace.records, stored_values(table, row)
        run_for(self, lambda _p: records.delete(table, row["id"], expected=expected),
                on_done=lambda result: after_delete(self, table, result),
                on_error=lambda e: self.show_message(
                    self.tr("删除失败：{0}").format(type(e).__name__)))
