"""追索扣回 (DOMAIN.md 9.3): the clawback records, entered by administrators only (reason
required, contracts optional), and beside the selected clawback the evidence an administrator
looks at: the staff member's credited and managed loans that became NPL within the deferral
window."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ui.records.background import run_for
from ui.records.formatting import display
from ui.records.labels import enum_label
from ui.records.table_page import TablePage

class EvidencePane(QWidget):
    """The loans behind a clawback: contract, household, role, first NPL month, grade, balance."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("合同号"), self.tr("户名"), self.tr("关系"), self.tr("首次不良月份"),
            self.tr("五级分类"), self.tr("当时余额")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        self.show_evidence(None, [])

    def role_text(self, role: str) -> str:
        names = {"credited": self.tr("营销"), "managed": self.tr("管户")}
        return self.tr("、").join(names[r] for r in role.split("+"))

    def show_evidence(self, row: dict | None, loans: list) -> None:
        if row is None:
            self.title.setText(self.tr("选择一条追索扣回，查看该员工在延期支付期内形成不良的贷款"))
        elif not loans:
            self.title.setText(self.tr("{0} 在延期支付期内没有营销或管户的贷款形成不良").format(
                row.get("staff_no", "")))
        else:
            self.title.setText(self.tr("{0} 在延期支付期内形成不良的营销、管户贷款：{1} 笔").format(
                row.get("staff_no", ""), len(loans)))
        self.table.setRowCount(len(loans))
        for r, loan in enumerate(loans):
            values = [loan.contract_no, loan.household, self.role_text(loan.role),
                      loan.npl_month, enum_label(loan.grade),
                      display(loan.balance, "money")]
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if c == 5:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()


class ClawbacksPage(TablePage):
    key = table = "clawbacks"
    depends = frozenset({"staff", "loans", "snapshots", "credits", "reassignments"})
    permission = "clawback"  # administrators only (enforced by the core too)

    def add_body(self, layout: QVBoxLayout) -> None:
        self.evidence = EvidencePane(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.evidence)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self._evidence_timer = QTimer(self, singleShot=True, interval=150)
        self._evidence_timer.timeout.connect(self.load_evidence)
        self._generation = 0

    def selection_changed(self) -> None:
        super().selection_changed()
        if hasattr(self, "_evidence_timer"):
            self._evidence_timer.start()

    def load_evidence(self) -> None:
        row = self.selected_row()
        self._generation += 1
        generation = self._generation
        if row is None:
            self.evidence.show_evidence(None, [])
            return
        ws = self.ctx.workspace
        run_for(self, lambda _p: ws.clawback_evidence(row["staff_no"], row["date"]),
                on_done=lambda loans: self.evidence.show_evidence(row, loans)
                if generation == self._generation else None,
                on_error=lambda e: self.status.setText(
                    self.tr("读取不良贷款失败：{0}").format(type(e).__name__)))
