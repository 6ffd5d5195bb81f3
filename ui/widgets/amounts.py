"""Displaying exact amounts: thousands separators, two decimals, right-aligned. Amounts stay
`Decimal` end to end; a model may hand a Decimal to the delegate, or call `amount_text`."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ruralperf.domain.money import money_display, ratio_percent

# Models put the exact value (Decimal, int, date) under this role, the text under DisplayRole.
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def amount_text(value: Decimal | None) -> str:
    """"4,622.67"; an empty string for None."""
    return "" if value is None else money_display(value)


def ratio_text(value: Decimal | None) -> str:
    """p and completions as a clerk reads them: a percentage with two decimals ("100.82%",
    exactly the four-decimal ratio 1.0082 of the rule book)."""
    if value is None:
        return ""
    return ratio_percent(value)


def date_text(value: date | None) -> str:
    return "" if value is None else value.isoformat()


class MoneyDelegate(QStyledItemDelegate):
    """Shows a Decimal (or a plain amount string) with thousands separators, right-aligned."""

    def displayText(self, value, locale) -> str:  # noqa: N802 (Qt naming)
        if isinstance(value, Decimal):
            return money_display(value)
        if isinstance(value, str) and value:
            try:
                return money_display(Decimal(value.replace(",", "")))
            except ArithmeticError:
                return value
        return super().displayText(value, locale)

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.displayAlignment = RIGHT
