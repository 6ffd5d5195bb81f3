"""Which editor a field of a record gets, from its column in the import format, and which
fields only apply for some values of another (the import's row rules)."""
from __future__ import annotations

from typing import Union

from PySide6.QtWidgets import QWidget

from ruralperf.workspace import Column
from ui.context import AppContext
from ui.records.forms.fields import DateField, EnumField, QuarterField, TextField, enum_values
from ui.records.forms.picker import PickerField

# (table, field) -> (the field it depends on, the values for which it applies)
CONDITIONAL = {
    ("items", "card_balance"): ("item", {"bank_card"}),
    ("limitation_events", "new_maturity"): ("kind", {"extension"}),
    ("limitation_events", "until"): ("kind", {"suspension", "judgment"}),
    ("limitation_events", "guarantor"): ("kind", {"guarantor_demand"}),
    ("loans", "increment"): ("nature", {"expansion"}),
}
PICKERS = {"staff_no": "staff", "manager_no": "staff", "household_no": "households",
           "contract_no": "loans"}
# every editor has `value()`, `set_value(value)` and the signal `changed`
Editor = Union[PickerField, DateField, QuarterField, EnumField, TextField]


def make_editor(ctx: AppContext, table: str, column: Column, parent: QWidget) -> Editor:
    key, kind = column.key, column.kind
    max_len = getattr(column, "max_len", None) or 200
    picker = PICKERS.get(key)
    if picker is not None and picker != table:
        return PickerField(ctx, picker, parent, max_len=max_len)
    if kind == "date":
        return DateField(parent)
    if kind == "month":
        return DateField(parent, month_only=True)
    if kind == "quarter":
        return QuarterField(parent)
    if kind.startswith("enum:"):
        return EnumField(enum_values(kind), column.required, parent)
    if kind == "param_value":
        return TextField("text", parent, max_len)
    return TextField(kind, parent, max_len)


def applies(table: str, key: str, values: dict) -> bool:
    """False when a field does not apply for the record's other values (it is disabled)."""
    rule = CONDITIONAL.get((table, key))
    return rule is None or values.get(rule[0]) in rule[1]
