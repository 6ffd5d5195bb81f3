"""The pay-run page's notice that the shown draft is out of date: the data it read changed
since it was computed (its input fingerprint differs, `Workspace.pay_run_stale`), so its
numbers, errors and warnings are those of the old data. Offers to compute it again."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

STYLE = ("QFrame#staleBanner { background: #fffaeb; border: 1px solid #dc6803;"
         " border-radius: 4px; }")


class StaleBanner(QFrame):
    def __init__(self, recompute, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("staleBanner")
        self.setStyleSheet(STYLE)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setStyleSheet("color: #93370d;")
        self.button = QPushButton(self.tr("重新计算(&R)"), self)
        self.button.setToolTip(self.tr("按当前数据重新计算本季度（保存为新的草稿）"))
        self.button.clicked.connect(recompute)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.hide()

    def show_for(self, label: str, may_compute: bool) -> None:
        """Say that run `label` is out of date; offer 重新计算 when the user may compute."""
        text = self.tr("%1 计算之后数据已有修改，显示的金额、错误和提示都是旧数据的结果，"
                       "不能提交或审批。").replace("%1", label)
        if may_compute:
            text += self.tr("请重新计算。")
        else:
            text += self.tr("请由管理员重新计算。")
        self.text.setText(text)
        self.button.setVisible(may_compute)
        self.show()
