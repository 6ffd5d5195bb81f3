"""One edit form per record: a second request for a record whose form is open (a
double-click that also counts as an activation, the edit button pressed again) raises the
open form instead of opening a copy that would later be refused as "someone else's change"."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.records.background import alive
from ui.records.forms import record_dialog
from ui.records.forms.record_form import RecordDialog

_OPEN = "_open_record_forms"


def _forms(ctx: AppContext) -> dict:
    forms = getattr(ctx, _OPEN, None)
    if forms is None:
        forms = {}
        setattr(ctx, _OPEN, forms)
    return forms


def open_form(ctx: AppContext, table: str, row: dict | None, parent: QWidget,
              **options) -> RecordDialog:
    """Open (non-modal to the rest of the application, `open()`) the form of a record, or
    raise the one already open for it. A new record's form is always a new form."""
    key = (table, row.get("id")) if row and row.get("id") is not None else None
    forms = _forms(ctx)
    if key is not None:
        dialog = forms.get(key)
        if dialog is not None and alive(dialog) and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
    dialog = record_dialog(ctx, table, row, parent, **options)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if key is not None:
        forms[key] = dialog
        dialog.finished.connect(lambda _r, k=key, d=dialog: forms.get(k) is d and forms.pop(k))
    dialog.open()
    return dialog
