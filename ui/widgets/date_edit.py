"""The one date-entry widget of the application: a line edit a clerk types into, a calendar
button, and a note that says what will be saved (or why the text cannot be read).

Typed text is read, never guessed: `2025-08-01`, `2025/08/01`, `2025.8.1`, `20250801` and
`2025年8月1日` (a month field: `2025-08`, `2025/8`, `202508`, `2025年8月`). Anything else,
or a day that does not exist, leaves the field without a value and says so. Clicking or
tabbing into the field selects its text, so typing replaces it wherever the cursor was; on
leaving the field a readable text is rewritten as YYYY-MM-DD.

The API follows QDateEdit where the pages used it (`date()`, `setDate()`, `dateChanged`)
and the record forms' editors (`value()`, `set_value()`, `changed`, `problem()`)."""
from __future__ import annotations

import datetime
import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCalendarWidget, QHBoxLayout, QLabel, QLineEdit, QToolButton,
                               QWidget)

from ruralperf.domain.periods import Month

MIN_DATE, MAX_DATE = date(1900, 1, 1), date(2100, 12, 31)
_DAY = re.compile(r"^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|(\d{2})(\d{2})"
                  r"|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?)$")
_MONTH = re.compile(r"^(\d{4})\s*(?:[-/.]\s*(\d{1,2})|(\d{2})|年\s*(\d{1,2})\s*月?)$")
NOTE_STYLE = "color: #475467;"
ERROR_STYLE = "color: #b42318;"


def _normalize(text: str) -> str:
    # full-width digits and punctuation typed with a Chinese input method
    table: dict[int, int | str] = {ord("０") + i: ord("0") + i for i in range(10)}
    table.update({ord("－"): "-", ord("／"): "/", ord("．"): ".", ord("。"): "."})
    return text.translate(table).strip()


def read_day(text: str) -> date | None:
    """The day a clerk typed, or None when the text is not one of the accepted forms or
    names no existing day between 1900 and 2100."""
    m = _DAY.match(_normalize(text))
    if not m:
        return None
    parts = [g for g in m.groups()[1:] if g is not None]
    try:
        day = date(int(m.group(1)), int(parts[0]), int(parts[1]))
    except ValueError:
        return None
    return day if MIN_DATE <= day <= MAX_DATE else None


def read_month(text: str) -> Month | None:
    m = _MONTH.match(_normalize(text))
    if not m:
        return None
    number = next(g for g in m.groups()[1:] if g is not None)
    year, month = int(m.group(1)), int(number)
    if not (1 <= month <= 12 and 1900 <= year <= 2100):
        return None
    return Month(year, month)


class DateEdit(QWidget):
    changed = Signal()              # the text changed (forms validate on it)
    dateChanged = Signal(QDate)     # a different readable day (or month end) was entered
    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None, month_only: bool = False,
                 day: date | QDate | None = None, note: bool = True):
        super().__init__(parent)
        self.month_only = month_only
        self._last: date | None = None
        self.good: date | None = None  # the last readable day entered
        self.line = QLineEdit(self)
        self.line.setMaxLength(20)
        self.line.setPlaceholderText(self.tr("如 2025-08") if month_only
                                     else self.tr("如 2025-08-01"))
        self.line.setToolTip(self.tr("可输入 2025-08，2025/8，202508 或 2025年8月") if month_only
                             else self.tr("可输入 2025-08-01，2025/08/01，20250801 或 2025年8月1日"))
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("2025-08-01") + 24)
        self.line.installEventFilter(self)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("选择日期（Alt+↓）"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self.note = QLabel(self)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setVisible(note)
        self._show_note = note
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.note)
        self.setFocusProxy(self.line)
        self.calendar: QCalendarWidget | None = None
        self.line.textChanged.connect(self._text_changed)
        self.line.editingFinished.connect(self._finished)
        if day is not None:
            self.setDate(day)
        self._refresh_note()

    # -- reading -----------------------------------------------------------------------------
    def text(self) -> str:
        return self.line.text()

    def day(self) -> date | None:
        """The day the text names (a month field: the month's last day), or None."""
        text = self.line.text()
        if self.month_only:
            month = read_month(text)
            return month.end if month else None
        return read_day(text)

    def problem(self) -> str | None:
        """Why the typed text gives no date; None when it is readable or empty."""
        if not self.line.text().strip() or self.day() is not None:
            return None
        if self.month_only:
            return self.tr("无法识别的月份“{0}”：请输入如 2025-08 或 2025年8月").format(
                self.line.text().strip())
        return self.tr("无法识别的日期“{0}”：请输入如 2025-08-01、20250801 或 2025年8月1日").format(
            self.line.text().strip())

    def value(self):
        """What a record form saves: a date, a month text such as 2025-08, or None."""
        day = self.day()
        if day is None:
            return None
        return str(Month.of(day)) if self.month_only else day

    def date(self) -> QDate:
        day = self.day()
        return QDate(day.year, day.month, day.day) if day else QDate()

    # -- writing -----------------------------------------------------------------------------
    def setDate(self, day) -> None:  # noqa: N802 (QDateEdit's name)
        if isinstance(day, QDate):
            day = day.toPython() if day.isValid() else None
        self.line.setText(self._format(day))

    def set_value(self, value) -> None:
        if value is None:
            self.line.setText("")
            return
        if isinstance(value, str):
            value = Month.parse(value).end if self.month_only else date.fromisoformat(value)
        self.setDate(value)

    def clear(self) -> None:
        self.line.clear()

    def _format(self, day: datetime.date | None) -> str:  # (`date` is a method here)
        if day is None:
            return ""
        return f"{day.year:04d}-{day.month:02d}" if self.month_only else day.isoformat()

    # -- behaviour ---------------------------------------------------------------------------
    def _text_changed(self, _text: str) -> None:
        self._refresh_note()
        self.changed.emit()
        day = self.day()
        if day is not None:
            self.good = day
        if day is not None and day != self._last:
            self._last = day
            self.dateChanged.emit(QDate(day.year, day.month, day.day))
        elif day is None:
            self._last = None

    def _finished(self) -> None:
        day = self.day()
        if day is not None and self.line.text() != self._format(day):
            self.line.setText(self._format(day))
        self.editingFinished.emit()

    def _refresh_note(self) -> None:
        problem = self.problem()
        day = self.day()
        if problem:
            self.note.setText(self.tr("无法识别"))
            self.note.setStyleSheet(ERROR_STYLE)
            self.line.setStyleSheet("QLineEdit { border: 1px solid #b42318; }")
            self.line.setToolTip(problem)
        else:
            self.note.setStyleSheet(NOTE_STYLE)
            self.line.setStyleSheet("")
            self.line.setToolTip("")
            if day is None:
                self.note.setText("")
            elif self.month_only:
                self.note.setText(self.tr("{0}年{1}月").format(day.year, day.month))
            else:
                self.note.setText(self.tr("{0}年{1}月{2}日").format(day.year, day.month, day.day))
        self.note.setVisible(self._show_note and bool(self.note.text()))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.line:
            if event.type() == QEvent.Type.FocusIn:
                # typing replaces the whole text, wherever the click put the cursor
                QTimer.singleShot(0, self.line.selectAll)
            elif event.type() == QEvent.Type.KeyPress and (
                    (event.key() == Qt.Key.Key_Down
                     and event.modifiers() & Qt.KeyboardModifier.AltModifier)
                    or event.key() == Qt.Key.Key_F4):
                self.open_calendar()
                return True
        return super().eventFilter(obj, event)

    def open_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.setMinimumDate(QDate(1900, 1, 1))
            self.calendar.setMaximumDate(QDate(2100, 12, 31))
            self.calendar.activated.connect(self._picked)
            self.calendar.clicked.connect(self._picked)
        current = self.date()
        self.calendar.setSelectedDate(current if current.isValid() else QDate.currentDate())
        self.calendar.move(self.line.mapToGlobal(QPoint(0, self.line.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        if self.month_only:
            day = QDate(day.year(), day.month(), day.daysInMonth())
        self.setDate(day)
        self.calendar.hide()
        self.line.setFocus()
        self.editingFinished.emit()
