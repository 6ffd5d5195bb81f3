"""Before a holiday-calendar change is saved: the loans whose limitation expiry it moves, in the
limitation list as of today and in each quarter with a draft pay run (ruralperf.holidays.moves)."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ui.i18n import counted
from ui.workflow.labels import status_label


class MovesDialog(QDialog):
    def __init__(self, year: int, moves: list, names: dict[str, str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("保存 %1 年节假日").replace("%1", str(year)))
        self.resize(720, 420)
        if moves:
            text = counted(self.tr("保存后，以下 %1 笔贷款的诉讼时效到期日（或状态）将变化：").replace(
                "%1", str(len({m.contract_no for m in moves}))))
        else:
            text = self.tr("保存后没有贷款的诉讼时效到期日发生变化。")
        self.table = QTableWidget(len(moves), 6, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("范围"), self.tr("合同号"), self.tr("管户人员"), self.tr("原到期日"),
            self.tr("新到期日"), self.tr("状态")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for r, mv in enumerate(moves):
            where = (self.tr("今日时效清单") if mv.where is None
                     else self.tr("%1 草稿核算").replace("%1", str(mv.where)))
            status = status_label(mv.new_status)
            if mv.old_status != mv.new_status:
                status = f"{status_label(mv.old_status)} → {status}"
            manager = f"{mv.manager} {names.get(mv.manager, '')}".strip() if mv.manager else ""
            values = (where, mv.contract_no, manager,
                      mv.old_expiry.isoformat() if mv.old_expiry else "—",
                      mv.new_expiry.isoformat() if mv.new_expiry else "—", status)
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.setVisible(bool(moves))
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("取消"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(text, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)
