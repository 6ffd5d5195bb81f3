"""Editors for one field of a record form, one per column kind of the import format.

Every editor has `value()` (what goes into the record: text, `date`, an enumeration identifier
or None), `set_value(v)` and a `changed` signal. Amounts are typed into a line edit with a
validator and stay text until the core turns them into `Decimal` with the import's rules:
there is no float anywhere (no QDoubleSpinBox)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ruralperf.domain.money import plain_decimal
from ruralperf.domain.periods import Quarter
from ui.records.formatting import RIGHT, percent
from ui.records.labels import enum_label
from ui.widgets.date_edit import DateEdit



class TextField(QLineEdit):
    """Text, and numbers typed as text (amounts, counts, shares) with a validator."""

    changed = Signal()

    def __init__(self, kind: str = "text", parent: QWidget | None = None, max_len: int = 200):
        super().__init__(parent)
        self.kind = kind
        self.setMaxLength(max_len)
        # No validator: a validator drops keystrokes silently ("-1.2" became 1.2, "1000.555"
        # 1000.55). The text stays as typed and the import's cell rules say what is wrong.
        if kind.startswith(("amount", "int_")) or kind in ("score", "coefficient", "fraction"):
            self.setAlignment(RIGHT)
        if kind.startswith("amount"):
            self.setPlaceholderText("0.00")
        elif kind == "fraction":
            self.setPlaceholderText(self.tr("如 60 或 60%"))
        self.textChanged.connect(lambda _t: self.changed.emit())

    def value(self):
        text = self.text().strip()
        if not text:
            return None
        if self.kind == "id_number":
            return text.upper()
        return text

    def set_value(self, value) -> None:
        if value is None:
            self.setText("")
        elif self.kind == "fraction" and isinstance(value, Decimal):
            self.setText(percent(value))
        elif self.kind.startswith("amount") and isinstance(value, Decimal):
            self.setText(f"{value:.2f}")
        elif isinstance(value, Decimal):
            self.setText(plain_decimal(value))
        else:
            self.setText(str(value))


class DateField(DateEdit):
    """A date (or a month) typed as the clerk reads it, with a calendar button; a new
    record's date starts as today, as shown."""

    def __init__(self, parent: QWidget | None = None, month_only: bool = False):
        super().__init__(parent, month_only=month_only, day=date.today())


class EnumField(QComboBox):
    """An enumeration in words; the value is its identifier."""

    changed = Signal()

    def __init__(self, values: list[str], required: bool = True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        if not required:
            self.addItem("", None)
        for v in values:
            self.addItem(enum_label(v), v)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def value(self):
        return self.currentData()

    def set_value(self, value) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))


class QuarterField(QComboBox):
    """A quarter such as 2025Q3: recent and coming quarters offered, others can be typed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setValidator(QRegularExpressionValidator(
            QRegularExpression(r"[0-9]{0,4}([Qq][1-4]?)?"), self))
        current = Quarter.of(today or date.today())
        quarter = current.next
        for _ in range(12):
            self.addItem(str(quarter))
            quarter = quarter.previous
        self.set_value(current)
        self.setMinimumContentsLength(7)
        self.currentTextChanged.connect(lambda _t: self.changed.emit())

    def value(self):
        return self.currentText().strip().upper() or None

    def quarter(self) -> Quarter | None:
        """The chosen quarter as a `Quarter`, None while the typed text is not one (the form's
        text is read here, the one place of the window that parses a quarter)."""
        try:
            return Quarter.parse(self.value() or "")
        except ValueError:
            return None

    def set_value(self, value) -> None:
        if value is None:
            return
        text = str(value)
        index = self.findText(text)
        if index < 0 and not self.isEditable():
            self.addItem(text)
            index = self.count() - 1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentText(text)


def enum_values(kind: str) -> list[str]:
    """The stored codes of an `enum:<name>` column, in the import format's order."""
    from ruralperf.workspace import Workspace

    return list(Workspace.enum_words(kind[5:]).values())


def focus_widget(editor: QWidget) -> QWidget:
    """The widget that takes keyboard focus for an editor (a picker's line edit)."""
    return getattr(editor, "line", editor)


