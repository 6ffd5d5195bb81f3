"""登记回执: a returned, signed demand-notice receipt recorded in one action — signing date, who
signed, the borrower or which guarantor, an optional scanned file. The core records it as a
`demand_signed` or `guarantor_demand` event (Workspace.record_receipt), in a worker thread."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from ruralperf.domain.results import LoanLimitation
from ui.records.background import run_for
from ui.widgets.date_edit import DateEdit
from ui.workflow.report_files import start_path


class ReceiptDialog(QDialog):
    recorded = Signal(str)  # the contract whose receipt was recorded

    def __init__(self, ctx, loan: LoanLimitation, parent: QWidget | None = None,
                 guarantor: str | None = None):
        super().__init__(parent)
        self.ctx, self.loan = ctx, loan
        self.setWindowTitle(self.tr("登记回执 · 合同 {0}").format(loan.contract_no))
        self.signed_on = DateEdit(self, day=date.today())
        self.whom = QComboBox(self)
        self.whom.addItem(self.tr("借款人（催收签收）"), None)
        for g in loan.guarantees:
            self.whom.addItem(self.tr("保证人 {0}（催收保证人）").format(g.guarantor), g.guarantor)
        if guarantor is not None:
            self.whom.setCurrentIndex(max(self.whom.findData(guarantor), 0))
        self.signer = QLineEdit(self)
        self.signer.setMaxLength(50)
        self.signer.setPlaceholderText(self.tr("回执上签字的人"))
        self.scan = QLineEdit(self)
        self.scan.setPlaceholderText(self.tr("可选：回执扫描件"))
        browse = QPushButton(self.tr("选择文件…"), self)
        browse.clicked.connect(self._browse)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("签收日期"), self.signed_on)
        form.addRow(self.tr("签收对象"), self.whom)
        form.addRow(self.tr("签收人"), self.signer)
        form.addRow(self.tr("扫描件"), scan_row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b42318;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登记"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("登记后，该笔贷款的时效状态立即更新。"), self))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.signer.setFocus()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择回执扫描件"),
                                              start_path(self.ctx.settings),
                                              self.tr("图片或 PDF (*.png *.jpg *.jpeg *.pdf)"))
        if path:
            self.scan.setText(path)

    def submit(self) -> None:
        day = self.signed_on.day()
        signer = self.signer.text().strip()
        if day is None:
            self.message.setText(self.tr("请填写签收日期"))
            self.signed_on.setFocus()
            return
        if not signer:
            self.message.setText(self.tr("请填写签收人"))
            self.signer.setFocus()
            return
        self.buttons.setEnabled(False)
        ws, contract = self.ctx.workspace, self.loan.contract_no
        guarantor, scan = self.whom.currentData(), self.scan.text().strip() or None
        run_for(self, lambda _p: ws.record_receipt(contract, day, signer, guarantor, scan),
                on_done=self._done, on_error=self._failed)

    def _done(self, result) -> None:
        self.buttons.setEnabled(True)
        if not result.ok:
            self.message.setText("\n".join(p.message for p in result.errors))
            return
        self.ctx.data_changed.emit("limitation_events")
        self.recorded.emit(self.loan.contract_no)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from ruralperf.errors import describe
        from ruralperf.i18n import current_lang

        self.buttons.setEnabled(True)
        self.message.setText(describe(exc, current_lang())[1])
