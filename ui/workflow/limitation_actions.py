"""Acting from the limitation page (issue 17): the lead line "what must be signed" (loans and
guarantees in warning, soonest first, with the officer), printing 催收通知书 for the chosen rows
(or every row that must be signed), and recording a returned receipt."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from ruralperf.domain.signatures import ToSign, to_sign
from ruralperf.i18n import current_lang
from ui.records.background import run_for
from ui.trust.permissions import allowed
from ui.workflow.printing import PdfPages, preview_dialog
from ui.workflow.receipt_dialog import ReceiptDialog
from ui.i18n import counted

if TYPE_CHECKING:  # the page imports this module
    from ui.workflow.limitation_page import LimitationPage


class LimitationActions(QObject):
    def __init__(self, page: LimitationPage):
        super().__init__(page)
        self.page, self.ctx = page, page.ctx
        self.items: list[ToSign] = []
        self.dialog: QDialog | None = None
        self.lead = QLabel(page)
        self.lead.setWordWrap(True)
        self.lead.setStyleSheet("color: #b54708; font-weight: bold;")
        self.notices_button = QPushButton(self.tr("打印催收通知书…"), page)
        self.notices_button.setToolTip(self.tr("所选贷款（未选时为全部须签收的贷款和保证人）的催收通知书，附回执"))
        self.notices_button.clicked.connect(self.print_notices)
        self.receipt_button = QPushButton(self.tr("登记回执…"), page)
        self.receipt_button.setToolTip(self.tr("登记所选贷款收回的签字回执"))
        self.receipt_button.clicked.connect(self.record_receipt)
        self.list_button = QPushButton(self.tr("须签收清单…"), page)
        self.list_button.setToolTip(self.tr("按信贷员打印须签收的贷款和保证人（所选管户人员，未选时为全部），每人一页起"))
        self.list_button.clicked.connect(self.print_list)
        self.buttons = [self.notices_button, self.list_button, self.receipt_button]

    def update_state(self) -> None:
        self.notices_button.setEnabled(allowed(self.ctx, "view"))
        self.list_button.setEnabled(allowed(self.ctx, "view"))
        self.receipt_button.setEnabled(self.page.selected_loan() is not None
                                       and allowed(self.ctx, "enter_data"))

    def show_report(self, report, names: dict[str, str]) -> None:
        self.items = to_sign(report)
        if not self.items:
            self.lead.setText(self.tr("须签收：无（没有临近到期的贷款或保证期间）"))
            return
        loans = sum(1 for x in self.items if x.guarantor is None)
        first = self.items[0]
        who = f"{first.manager} {names.get(first.manager, '')}".strip() if first.manager else ""
        self.lead.setText(counted(self.tr(
            "须签收：{0} 笔贷款、{1} 名保证人；最急：合同 {2}{3}，{4} 前（剩 {5} 天），信贷员 {6}").format(
            loans, len(self.items) - loans, first.contract_no,
            self.tr("（保证人 {0}）").format(first.guarantor) if first.guarantor else "",
            first.deadline.isoformat(), first.days_left, who)))

    def chosen(self) -> list[tuple[str, str | None]]:
        """The selected loans with their guarantors in warning, or every item to sign."""
        selected = self.page.selected_loans()
        if not selected:
            return [(x.contract_no, x.guarantor) for x in self.items]
        out: list[tuple[str, str | None]] = []
        for loan in selected:
            out.append((loan.contract_no, None))
            out += [(loan.contract_no, g.guarantor) for g in loan.guarantees
                    if g.status == "warning"]
        return out

    def print_notices(self) -> None:
        items = self.chosen()
        if not items:
            self.page.show_message(self.tr("没有需要打印催收通知书的贷款"))
            return
        ws, as_of, lang = self.ctx.workspace, self.page.as_of_date(), current_lang()
        title = self.tr("催收通知书 {0}").format(as_of.isoformat())
        self.notices_button.setEnabled(False)
        run_for(self.page, lambda _p: PdfPages(ws.demand_notices_pdf(as_of, items, lang), title),
                on_done=self._preview, on_error=self._failed)

    def print_list(self) -> None:
        """须签收清单 of the officer chosen on the page (or of every officer), previewed."""
        ws, as_of, lang = self.ctx.workspace, self.page.as_of_date(), current_lang()
        officer = self.page.manager.currentData() or None
        title = self.tr("须签收清单 {0}").format(as_of.isoformat())
        self.list_button.setEnabled(False)
        run_for(self.page, lambda _p: PdfPages(ws.to_sign_pdf(as_of, officer, lang), title),
                on_done=self._preview, on_error=self._failed)

    def _preview(self, pages: PdfPages) -> None:
        self.notices_button.setEnabled(True)
        self.list_button.setEnabled(True)
        self.dialog = preview_dialog(self.page, pages)
        self.dialog.open()

    def _failed(self, exc: BaseException) -> None:
        self.notices_button.setEnabled(True)
        self.list_button.setEnabled(True)
        self.page._failed(exc)

    def record_receipt(self, guarantor: str | None = None) -> ReceiptDialog | None:
        loan = self.page.selected_loan()
        if loan is None:
            return None
        self.dialog = ReceiptDialog(self.ctx, loan, self.page, guarantor)
        self.dialog.recorded.connect(lambda _c: self.page.refresh())
        self.dialog.open()
        return self.dialog
