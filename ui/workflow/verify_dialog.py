"""校验码查询: type the code printed on a statement or summary, press Enter, and read which pay
run, version, staff member and amount it belongs to, whether it is a draft or an approved copy,
and whether the run is still the quarter's approved run. The lookup runs on the worker."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ruralperf.i18n import current_lang
from ui.records.background import run_for


class VerifyCodeDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("校验码查询"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        caption = QLabel(self.tr("请输入工资条或汇总表页脚上的校验码（如 K3QF-7XAB）："), self)
        self.code = QLineEdit(self)
        self.code.setMaxLength(20)
        self.code.setPlaceholderText("XXXX-XXXX")
        self.code.returnPressed.connect(self.look_up)
        self.search = QPushButton(self.tr("查询"), self)
        self.search.setDefault(True)
        self.search.clicked.connect(self.look_up)
        self.answer = QLabel(self)
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.setMinimumHeight(self.fontMetrics().height() * 4)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addLayout(row)
        layout.addWidget(self.answer)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self.code.setFocus()

    def look_up(self) -> None:
        code = self.code.text().strip()
        if not code:
            return
        ws, lang = self.ctx.workspace, current_lang()
        self.search.setEnabled(False)
        self.answer.setText(self.tr("正在查询……"))

        def work(_progress):
            return ws.printing.describe_code(code, lang)

        run_for(self, work, on_done=self._show, on_error=self._failed)

    def _show(self, lines: list[str]) -> None:
        self.search.setEnabled(True)
        self.answer.setText("\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        from ruralperf.errors import describe

        self.search.setEnabled(True)
        self.answer.setText(describe(exc, current_lang())[1])
