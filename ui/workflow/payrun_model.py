"""One row per staff member of a pay run (and a totals row): p, every component's assessed
amount, the cap reduction, deductions, adjustments, net and carry."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ruralperf.domain.money import ZERO
from ruralperf.domain.results import ALL_KEYS, PayRunResult, StaffPay
from ruralperf.i18n import current_lang, finding_text
from ui.widgets.amounts import RIGHT, VALUE_ROLE, amount_text, ratio_text
from ui.workflow.labels import component_label

# Column keys: staff_no, name, p, the assessed components, then the way to net pay (the gross
# is in the explanation of the net, to keep the table within a 1280-pixel screen).
TAIL = ("cap_reduction", "sol_penalty", "carried_in", "adjustments", "net", "carry_to_next")
COLUMNS = ("staff_no", "name", "p", *ALL_KEYS, *TAIL)
# DOMAIN.md 9: shown only for a run with clawbacks or deferral (else paid = net)
DEFERRAL = ("clawback", "deferred", "released", "paid", "deferred_balance")
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the column key, on every cell

SHORT = {  # compact headers; the full name is the tooltip
    "staff_no": QT_TRANSLATE_NOOP("PayRunModel", "工号"),
    "name": QT_TRANSLATE_NOOP("PayRunModel", "姓名"),
    "p": QT_TRANSLATE_NOOP("PayRunModel", "完成率"),
    "floating": QT_TRANSLATE_NOOP("PayRunModel", "浮动工资"),
    "maintenance": QT_TRANSLATE_NOOP("PayRunModel", "维护费"),
    "interest": QT_TRANSLATE_NOOP("PayRunModel", "利息奖励"),
    "loan_marketing": QT_TRANSLATE_NOOP("PayRunModel", "贷款营销"),
    "deposit_marketing": QT_TRANSLATE_NOOP("PayRunModel", "存款营销"),
    "bank_card": QT_TRANSLATE_NOOP("PayRunModel", "银行卡"),
    "pos": QT_TRANSLATE_NOOP("PayRunModel", "POS"),
    "agency": QT_TRANSLATE_NOOP("PayRunModel", "代收代付"),
    "npl_recovery": QT_TRANSLATE_NOOP("PayRunModel", "不良清收"),
    "sol_reward": QT_TRANSLATE_NOOP("PayRunModel", "挽回时效"),
    "cap_reduction": QT_TRANSLATE_NOOP("PayRunModel", "限额扣减"),
    "sol_penalty": QT_TRANSLATE_NOOP("PayRunModel", "时效处罚"),
    "carried_in": QT_TRANSLATE_NOOP("PayRunModel", "上季扣回"),
    "adjustments": QT_TRANSLATE_NOOP("PayRunModel", "调整"),
    "net": QT_TRANSLATE_NOOP("PayRunModel", "实发"),
    "carry_to_next": QT_TRANSLATE_NOOP("PayRunModel", "结转下季"),
    "clawback": QT_TRANSLATE_NOOP("PayRunModel", "追索扣回"),
    "deferred": QT_TRANSLATE_NOOP("PayRunModel", "本季延期"),
    "released": QT_TRANSLATE_NOOP("PayRunModel", "到期发放"),
    "paid": QT_TRANSLATE_NOOP("PayRunModel", "实发合计"),
    "deferred_balance": QT_TRANSLATE_NOOP("PayRunModel", "延期余额"),
    "net_before_deferral": QT_TRANSLATE_NOOP("PayRunModel", "本季绩效"),
}


def columns_for(result: PayRunResult | None) -> tuple[str, ...]:
    staff = result.staff if result else ()
    if any(s.clawback or s.deferred or s.released or s.deferred_balance for s in staff):
        return COLUMNS + DEFERRAL
    return COLUMNS
ERROR_COLOR = QColor("#b42318")
TOTAL_BACKGROUND = QColor("#f2f4f7")


def cell_value(pay: StaffPay, key: str):
    if key in ("staff_no", "name", "p"):
        return getattr(pay, key)
    if key in ALL_KEYS:
        return pay.assessed.get(key, ZERO)
    return getattr(pay, key)


class PayRunModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._result: PayRunResult | None = None
        self._staff: tuple[StaffPay, ...] = ()
        self._columns: tuple[str, ...] = COLUMNS

    def set_result(self, result: PayRunResult | None) -> None:
        self.beginResetModel()
        self._result = result
        self._staff = result.staff if result else ()
        self._columns = columns_for(result)
        self.endResetModel()

    def result(self) -> PayRunResult | None:
        return self._result

    def staff_at(self, row: int) -> StaffPay | None:
        return self._staff[row] if 0 <= row < len(self._staff) else None

    def row_of(self, staff_no: str) -> int:
        return next((i for i, s in enumerate(self._staff) if s.staff_no == staff_no), -1)

    def column_key(self, column: int) -> str:
        return self._columns[column]

    def column_of(self, key: str) -> int:
        return self._columns.index(key)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        if parent.isValid() or not self._staff:
            return 0
        return len(self._staff) + 1  # the last row holds the totals

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal:
            return None
        key = self._columns[section]
        if role == Qt.DisplayRole:
            if key == "net" and "paid" in self._columns:  # with deferral, net is not paid out
                return QCoreApplication.translate("PayRunModel", SHORT["net_before_deferral"])
            return QCoreApplication.translate("PayRunModel", SHORT[key])
        if role == Qt.ToolTipRole:
            return component_label(key) if key not in ("staff_no", "name") else None
        if role == KEY_ROLE:
            return key
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        key = self._columns[index.column()]
        if role == KEY_ROLE:
            return key
        pay = self.staff_at(index.row())
        if pay is None:
            return self._total(key, role)
        value = cell_value(pay, key)
        if role == Qt.DisplayRole:
            if key == "p":
                return ratio_text(value)
            return amount_text(value) if isinstance(value, Decimal) else value
        if role == VALUE_ROLE:
            return value
        if role == Qt.TextAlignmentRole and key not in ("staff_no", "name"):
            return int(RIGHT)
        if role == Qt.ForegroundRole and pay.errors and key in ("staff_no", "name"):
            return QBrush(ERROR_COLOR)
        if role == Qt.FontRole and key == ("paid" if "paid" in self._columns else "net"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ToolTipRole:
            return self._tooltip(pay, key)
        return None

    def _total(self, key: str, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "staff_no":
                return self.tr("合计")
            if key in ("name", "p"):
                return ""
            return amount_text(self._sum(key))
        if role == VALUE_ROLE and key not in ("staff_no", "name", "p"):
            return self._sum(key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("staff_no", "name"):
            return int(RIGHT)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(TOTAL_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _sum(self, key: str) -> Decimal:
        return sum((cell_value(s, key) for s in self._staff), ZERO)

    def _tooltip(self, pay: StaffPay, key: str) -> str:
        lang = current_lang()
        if key in ("staff_no", "name") and (pay.errors or pay.warnings):
            return "\n".join(finding_text(f, lang) for f in (*pay.errors, *pay.warnings))
        return self.tr("双击查看计算过程")
