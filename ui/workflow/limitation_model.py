"""Rows of the statute-of-limitations list, and the filter by status tab and manager."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QSortFilterProxyModel, Qt)
from PySide6.QtGui import QBrush, QColor

from ruralperf.domain.results import LoanLimitation
from ruralperf.domain.guarantees import severity, soonest_days, worst_status
from ui.widgets.amounts import RIGHT, VALUE_ROLE, amount_text, date_text
from ui.workflow.labels import status_label
from ui.i18n import counted

COLUMNS = ("contract_no", "household_no", "manager", "status", "maturity", "expiry",
           "days_left", "lapse_date", "responsible", "restorations", "balance", "guarantees",
           "todo")
HEADERS = {
    "contract_no": QT_TRANSLATE_NOOP("LimitationModel", "合同号"),
    "household_no": QT_TRANSLATE_NOOP("LimitationModel", "客户号"),
    "manager": QT_TRANSLATE_NOOP("LimitationModel", "管户人员"),
    "status": QT_TRANSLATE_NOOP("LimitationModel", "状态"),
    "maturity": QT_TRANSLATE_NOOP("LimitationModel", "到期日"),
    "expiry": QT_TRANSLATE_NOOP("LimitationModel", "时效到期日"),
    "days_left": QT_TRANSLATE_NOOP("LimitationModel", "剩余天数"),
    "lapse_date": QT_TRANSLATE_NOOP("LimitationModel", "失时效日"),
    "responsible": QT_TRANSLATE_NOOP("LimitationModel", "责任人"),
    "restorations": QT_TRANSLATE_NOOP("LimitationModel", "挽回次数"),
    "balance": QT_TRANSLATE_NOOP("LimitationModel", "余额"),
    "guarantees": QT_TRANSLATE_NOOP("LimitationModel", "担保"),
    "todo": QT_TRANSLATE_NOOP("LimitationModel", "应办事项及期限"),
}
STATUS_COLORS = {"warning": QColor("#b54708"), "lapsed": QColor("#b42318"),
                 "restored": QColor("#027a48"), "litigation": QColor("#5925dc"),
                 "closed": QColor("#667085"), "beyond_maximum": QColor("#b42318"),
                 "execution_lapsed": QColor("#b42318"), "judgment": QColor("#b54708"),
                 "suspended": QColor("#5925dc"), "execution": QColor("#5925dc")}
GUARANTEE_COLORS = {"warning": QColor("#b54708"), "released": QColor("#b42318"),
                    "guarantor_lapsed": QColor("#b42318")}
TABS = ("to_sign", "warning", "lapsed", "restored", "litigation", "judgment", "accountability",
        "all")
COURT = ("judgment", "execution", "execution_lapsed")
_DISPLAY, _VALUE, _ALIGN, _FOREGROUND, _TOOLTIP = (
    int(r) for r in (Qt.ItemDataRole.DisplayRole, VALUE_ROLE, Qt.ItemDataRole.TextAlignmentRole,
                     Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole))
_ROLES = frozenset({_DISPLAY, _VALUE, _ALIGN, _FOREGROUND, _TOOLTIP})


def tab_counts(loans) -> dict[str, int]:
    """How many loans each tab shows, in one pass over the list."""
    counts = dict.fromkeys(TABS, 0)
    for loan in loans:
        for tab in TABS:
            if matches(loan, tab):
                counts[tab] += 1
    return counts


def matches(loan: LoanLimitation, tab: str) -> bool:
    """to_sign: the loan or one of its guarantees in warning; judgment: after a judgment;
    accountability: the loan or one of its guarantees listed for accountability."""
    if tab == "all":
        return True
    if tab == "to_sign":
        return loan.status == "warning" or any(g.status == "warning" for g in loan.guarantees)
    if tab == "judgment":
        return loan.status in COURT
    if tab == "accountability":
        return loan.accountability or any(g.accountability for g in loan.guarantees)
    return loan.status == tab



def urgent_days(loan: LoanLimitation) -> int:
    """The fewest days left of the loan and of its guarantees in warning: a guarantee that must
    be demanded in 20 days puts its loan before one whose own period ends in 50 (须签收, issue
    17); 10**9 when nothing runs."""
    days = [loan.days_left] if loan.days_left is not None else []
    days += [g.days_left for g in loan.guarantees
             if g.status == "warning" and g.days_left is not None]
    return min(days, default=10**9)

class LimitationModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._loans: tuple[LoanLimitation, ...] = ()
        self._names: dict[str, str] = {}
        self._pending: frozenset[str] = frozenset()
        self._order = (COLUMNS.index("days_left"), Qt.AscendingOrder)

    def set_loans(self, loans, names: dict[str, str], pending=frozenset()) -> None:
        """`pending`: contracts whose status counts an event not yet confirmed (待确认)."""
        self.beginResetModel()
        self._names = dict(names)
        self._pending = frozenset(pending)
        self._loans = self._sorted(tuple(loans), *self._order)
        self.endResetModel()

    # -- sorting: one key per row, computed once, in C (a proxy's lessThan costs a Python
    # call per comparison: seconds on a county's 47,000 rows, issue 17) -------------------------
    def sort_key(self, loan: LoanLimitation, key: str):
        if key == "days_left":  # urgency: fewest days left, then the larger balance
            return (urgent_days(loan), -(loan.balance or 0), loan.contract_no)
        if key == "guarantees":  # the worst first, then the soonest, none last
            days = soonest_days(loan.guarantees)
            return (True, (severity(worst_status(loan.guarantees)),
                           10**9 if days is None else days, len(loan.guarantees)))
        if key == "todo":
            return (True, self._text(loan, key))
        value = len(loan.restorations) if key == "restorations" else getattr(loan, key)
        return (False, 0) if value is None else (True, value)  # empty first

    def _sorted(self, loans: tuple, column: int, order) -> tuple:
        key = COLUMNS[column]
        return tuple(sorted(loans, key=lambda loan: self.sort_key(loan, key),
                            reverse=order == Qt.SortOrder.DescendingOrder))

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # noqa: A003 (Qt name)
        if not 0 <= column < len(COLUMNS):
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        before = [self._loans[i.row()] for i in old]
        self._loans = self._sorted(self._loans, column, order)
        where = {id(loan): row for row, loan in enumerate(self._loans)}
        self.changePersistentIndexList(
            old, [self.index(where[id(loan)], i.column()) for loan, i in zip(before, old)])
        self.layoutChanged.emit()

    def loan_at(self, row: int) -> LoanLimitation:
        return self._loans[row]

    def loans(self) -> tuple[LoanLimitation, ...]:
        return self._loans

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._loans)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return QCoreApplication.translate("LimitationModel", HEADERS[COLUMNS[section]])
        return None

    def _staff(self, staff_no: str | None) -> str:
        if not staff_no:
            return ""
        name = self._names.get(staff_no)
        return f"{staff_no} {name}" if name else staff_no

    def data(self, index, role=Qt.DisplayRole):
        role = int(role)  # compared as plain ints: a view asks ~8 roles per cell
        if role not in _ROLES or not index.isValid():
            return None
        loan, key = self._loans[index.row()], COLUMNS[index.column()]
        if role == _DISPLAY:
            return self._text(loan, key)
        if role == _VALUE:
            if key == "guarantees":  # the worst first, then the soonest, none last
                worst = worst_status(loan.guarantees)
                days = soonest_days(loan.guarantees)
                return (severity(worst), 10**9 if days is None else days, len(loan.guarantees))
            if key == "todo":
                return self._text(loan, key)
            return getattr(loan, key) if key != "restorations" else len(loan.restorations)
        if role == _ALIGN and key in ("days_left", "restorations", "balance"):
            return int(RIGHT)
        if role == _FOREGROUND and key == "status" and loan.status in STATUS_COLORS:
            return QBrush(STATUS_COLORS[loan.status])
        if role == _FOREGROUND and key == "guarantees":
            worst = worst_status(loan.guarantees)
            return QBrush(GUARANTEE_COLORS[worst]) if worst in GUARANTEE_COLORS else None
        if role == _TOOLTIP and key == "guarantees" and loan.guarantees:
            return "\n".join(self._guarantee(g) for g in loan.guarantees)
        if role == _TOOLTIP:
            return self.tr("双击打开该笔贷款")
        return None

    def _text(self, loan: LoanLimitation, key: str) -> str:
        if key in ("manager", "responsible"):
            return self._staff(getattr(loan, key))
        if key == "status":
            text = status_label(loan.status)
            text += self.tr("（追责）") if loan.accountability else ""
            return text + (self.tr("（待确认）") if loan.contract_no in self._pending else "")
        if key in ("maturity", "expiry", "lapse_date"):
            return date_text(getattr(loan, key))
        if key == "days_left":
            own = "" if loan.days_left is None else str(loan.days_left)
            urgent = urgent_days(loan)
            if urgent < (10**9 if loan.days_left is None else loan.days_left):
                return self.tr("{0}（保证人 {1}）").format(own or "—", urgent)
            return own
        if key == "restorations":
            return str(len(loan.restorations)) if loan.restorations else ""
        if key == "balance":
            return amount_text(loan.balance)
        if key == "guarantees":
            return self.guarantee_summary(loan)
        if key == "todo":
            return self.todo(loan)
        return getattr(loan, key) or ""

    def todo(self, loan: LoanLimitation) -> str:
        """What to do about the loan and by when, in words."""
        if loan.status == "warning" and loan.expiry is not None:
            return self.tr("催收签收，须在 {0} 前；逾期自 {1} 起追责").format(
                date_text(loan.expiry), date_text(loan.expiry + timedelta(days=1)))
        if loan.accountability:
            return self.tr("已失时效，追究责任人 {0} 的责任").format(self._staff(loan.responsible))
        if loan.status == "lapsed":
            return self.tr("已失时效：设法取得还款或书面确认以挽回")
        if loan.status == "execution" and loan.execution_deadline is not None:
            return self.tr("申请强制执行，须在 {0} 前").format(date_text(loan.execution_deadline))
        if loan.status in ("litigation", "judgment", "suspended", "execution"):
            return self.tr("跟进诉讼")
        if loan.status == "running" and loan.expiry is not None:
            return self.tr("时效至 {0}").format(date_text(loan.expiry))
        return ""

    def guarantee_summary(self, loan: LoanLimitation) -> str:
        """How many guarantees and the worst status, then each guarantor: "2 · 保证人免责：…"."""
        worst = worst_status(loan.guarantees)
        if worst is None:
            return ""
        return self.tr("{0} · {1}：{2}").format(
            len(loan.guarantees), status_label(worst),
            "；".join(self._guarantee(g) for g in loan.guarantees))

    def _guarantee(self, g) -> str:
        text = f"{g.guarantor} {status_label(g.status)}"
        if g.days_left is not None:
            text += counted(self.tr("（剩 {0} 天）").format(g.days_left))
        return text


class LimitationFilter(QSortFilterProxyModel):
    """Keeps the rows of one status tab and, optionally, one manager."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tab = TABS[0]
        self.manager = ""
        self.setSortRole(VALUE_ROLE)

    def set_filter(self, tab: str | None = None, manager: str | None = None) -> None:
        self.beginFilterChange()
        if tab is not None:
            self.tab = tab
        if manager is not None:
            self.manager = manager
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802
        loan = self.sourceModel().loan_at(row)
        return matches(loan, self.tab) and (not self.manager or loan.manager == self.manager)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # noqa: A003 (Qt name)
        """Sorted by the source model (keys computed once); the proxy keeps its order."""
        self.sourceModel().sort(column, order)

    def urgency(self, row: int) -> tuple:
        loan = self.sourceModel().loan_at(row)
        return (urgent_days(loan), -(loan.balance or 0), loan.contract_no)
