"""How a value of each column kind is shown: amounts with thousands separators and two
decimals, dates as YYYY-MM-DD, shares as percentages, enumerations in words; numbers are
right-aligned. Values stay exact (Decimal, int, date) until they are turned into text here."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ruralperf.domain.money import money_display, plain_decimal
from ruralperf.domain.guarantees import GuaranteeCell
from ui.records.labels import column_label, enum_label, status_label

GUARANTEE_TEXT = QT_TRANSLATE_NOOP("Records", "{0} · {1}：{2}")

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
NUMERIC = frozenset({"money", "int", "decimal", "share"})
# Initial column widths in pixels by kind; names and numbers get their own below.
WIDTHS = {"guarantee": 200, "money": 120, "date": 96, "int": 80, "decimal": 80, "share": 80, "enum": 84,
          "month": 80, "quarter": 80, "text": 96}
KEY_WIDTHS = {"contract_no": 120, "household_no": 84, "staff_no": 70, "manager_no": 76,
              "id_number": 170, "reason": 260, "key": 220, "value": 120, "position": 110}


def display(value, kind: str) -> str:
    if value is None:
        return ""
    if kind == "money":
        return money_display(value)
    if kind == "date":
        return value.isoformat() if isinstance(value, date) else str(value)
    if kind == "share":
        return percent(value)
    if kind == "decimal":
        return plain_decimal(value) if isinstance(value, Decimal) else str(value)
    if kind == "enum":
        return enum_label(value)
    if kind == "guarantee":
        return guarantee_text(value)
    return str(value)


def guarantee_text(value) -> str:
    """A loan's 担保 cell: how many, the worst status of their guarantee periods, the names."""
    if not isinstance(value, GuaranteeCell):
        return str(value) if value else ""
    worst = status_label(value.worst) if value.worst else ""
    names = QCoreApplication.translate("Records", "、").join(value.guarantors)
    return QCoreApplication.translate("Records", str(GUARANTEE_TEXT)).format(
        value.count, worst, names)


def percent(share: Decimal | None) -> str:
    """0.6 -> "60%"; 0.125 -> "12.5%"."""
    if share is None:
        return ""
    return f"{plain_decimal(share * 100)}%"


def alignment(kind: str):
    return RIGHT if kind in NUMERIC else LEFT


@dataclass(frozen=True)
class ColumnSpec:
    """A column of a data page: the row-dict key, its kind (see record_tables.Field), title and
    initial width."""

    key: str
    kind: str
    title: str
    width: int


def column_specs(table: str, columns: list[tuple[str, str]],
                 hidden: tuple[str, ...] = ()) -> list[ColumnSpec]:
    return [ColumnSpec(key, kind, column_label(table, key),
                       KEY_WIDTHS.get(key, WIDTHS.get(kind, 110)))
            for key, kind in columns if key not in hidden]
