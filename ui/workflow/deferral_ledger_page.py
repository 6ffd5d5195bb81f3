"""延期支付台账 (DOMAIN.md 9): per staff member every deferred part (origin quarter, due quarter,
amount, released, clawed back, balance) with the totals and whether they agree with the approved
pay runs to the fen; print preview of the selected person's ledger or everyone's. A credit
officer sees only their own (the core filters)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ruralperf.domain.money import money_display
from ruralperf.i18n import current_lang, quarter_text
from ui.context import AppContext
from ui.pages.base import Page
from ui.records.background import run_for
from ui.workflow.printing import PdfPages, preview_dialog

COLUMNS = 6


class DeferralLedgerPage(Page):
    key = "deferral_ledger"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ledgers: list = []
        self.dialog: QDialog | None = None
        self.staff = QComboBox(self)
        self.staff.setMinimumContentsLength(12)
        self.staff.currentIndexChanged.connect(lambda _i: self.show_ledger())
        self.print_one = QPushButton(self.tr("打印本人台账…"), self)
        self.print_one.clicked.connect(lambda: self.preview(everyone=False))
        self.print_all = QPushButton(self.tr("打印全部台账…"), self)
        self.print_all.clicked.connect(lambda: self.preview(everyone=True))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("员工"), self))
        top.addWidget(self.staff)
        top.addStretch(1)
        top.addWidget(self.print_one)
        top.addWidget(self.print_all)

        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("延期季度"), self.tr("应发季度"), self.tr("延期金额"), self.tr("已发放"),
            self.tr("已追索扣回"), self.tr("余额")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for i in range(COLUMNS):
            self.table.setColumnWidth(i, 130)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        ctx.data_changed.connect(self._data_changed)  # a method: disconnected with the page
        self._update_buttons()

    def title(self) -> str:
        return self.tr("延期支付台账")

    # -- loading -----------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def _data_changed(self, _name: str) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        ws = self.ctx.workspace
        self.status.setText(self.tr("正在读取……"))
        run_for(self, lambda _p: ws.deferral_ledger(), on_done=self._loaded,
                on_error=lambda e: self.status.setText(
                    self.tr("读取延期支付台账失败：{0}").format(type(e).__name__)))

    def _loaded(self, ledgers: list) -> None:
        current = self.staff.currentData()
        self.ledgers = ledgers
        self.staff.blockSignals(True)
        self.staff.clear()
        for ledger in ledgers:
            self.staff.addItem(f"{ledger.staff_no} {ledger.name}", ledger.staff_no)
        index = self.staff.findData(current) if current is not None else -1
        self.staff.setCurrentIndex(max(0, index))
        self.staff.blockSignals(False)
        self.show_ledger()

    def selected(self):
        sid = self.staff.currentData()
        return next((x for x in self.ledgers if x.staff_no == sid), None)

    def show_ledger(self) -> None:
        ledger = self.selected()
        parts = ledger.parts if ledger else ()
        self.table.setRowCount(len(parts) + (1 if ledger else 0))
        for r, p in enumerate(parts):
            lang = current_lang()
            self._row(r, [quarter_text(p.origin, lang), quarter_text(p.due, lang), p.amount,
                          p.released,
                          p.clawed_back, p.remaining])
        if ledger is not None:
            self._row(len(parts), [self.tr("合计"), "", ledger.total("amount"),
                                   ledger.total("released"), ledger.total("clawed_back"),
                                   ledger.balance], bold=True)
        self.status.setText(self._status_text(ledger))
        self._update_buttons()

    def _row(self, r: int, values: list, bold: bool = False) -> None:
        for c, value in enumerate(values):
            text = value if isinstance(value, str) else money_display(value)
            item = QTableWidgetItem(text)
            if c >= 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(r, c, item)

    def _status_text(self, ledger) -> str:
        if ledger is None:
            return self.tr("没有延期支付记录（方案未设延期支付比例，或尚无已审批的核算）")
        if ledger.reconciles:
            return self.tr("与已审批的绩效核算核对一致：延期 {0}，发放 {1}，从延期扣回 {2}，余额 {3}").format(
                money_display(ledger.runs_deferred), money_display(ledger.runs_released),
                money_display(ledger.runs_clawed), money_display(ledger.last_balance))
        return self.tr("与已审批的绩效核算不一致（核算：延期 {0}，发放 {1}，扣回 {2}，余额 {3}），请核查").format(
            money_display(ledger.runs_deferred), money_display(ledger.runs_released),
            money_display(ledger.runs_clawed), money_display(ledger.last_balance))

    def _update_buttons(self) -> None:
        self.print_one.setEnabled(self.selected() is not None)
        self.print_all.setEnabled(bool(self.ledgers))

    # -- printing ----------------------------------------------------------------------------
    def preview(self, everyone: bool) -> None:
        chosen = list(self.ledgers) if everyone else [x for x in [self.selected()] if x]
        if not chosen:
            return
        ws, lang, title = self.ctx.workspace, current_lang(), self.title()

        def make(_p):
            return PdfPages(ws.printing.deferral_ledger_pdf(chosen, lang), title)

        run_for(self, make, on_done=self._show_preview,
                on_error=lambda e: self.status.setText(
                    self.tr("生成台账失败：{0}").format(type(e).__name__)))

    def _show_preview(self, pages: PdfPages) -> None:
        self.dialog = preview_dialog(self, pages, self.title())
        self.dialog.open()
