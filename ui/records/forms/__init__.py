"""Entry forms (dialogs) for every record type; `record_dialog` picks the right one."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.records.forms.loan_form import LoanDialog
from ui.records.forms.record_form import RecordDialog


def record_dialog(ctx: AppContext, table: str, row: dict | None = None,
                  parent: QWidget | None = None, *, fixed: dict | None = None,
                  credits: list[dict] | None = None, hint: str = "",
                  defaults: dict | None = None) -> RecordDialog:
    """A new (row None) or edit form for a record; call `.open()` (or `.show()`) on it."""
    if table == "loans":
        return LoanDialog(ctx, row, parent, credits=credits)
    return RecordDialog(ctx, table, row, parent, fixed=fixed, hint=hint, defaults=defaults)
