"""Shared parts of the first-run wizard: patterns, small helpers and a page whose writes run
on the background worker."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QRegularExpression, QStandardPaths
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget, QWizard, QWizardPage

from ruralperf.domain.periods import Quarter
from ruralperf.errors import UserError, describe
from ruralperf.i18n import current_lang
from ui.context import AppContext
from ui.records.background import run_for
from ui.widgets.busy_bar import BusyBar
from ui.workflow.labels import step_label


ERROR_STYLE = "color: #b42318;"
NOTE_STYLE = "color: #667085;"
BASE_KEY, NPL_KEY = "floating.base_monthly", "npl_recovery.rate"
REQUIRED_KEYS = (BASE_KEY, NPL_KEY)
AMOUNT_PATTERN = r"^\d{1,9}(\.\d{1,2})?$"  # yuan, at most two decimals
PERCENT_PATTERN = r"^(100(\.0{1,4})?|\d{1,2}(\.\d{1,4})?)$"  # 0-100 %, at most four decimals
BRANCH_CODE_PATTERN = r"^[A-Za-z0-9_-]{1,20}$"
USERNAME_PATTERN = r"^[^\s]{1,32}$"


def default_effective_from(today: date | None = None) -> date:
    """1 January of the year of the last complete quarter (so the values cover it)."""
    return date(Quarter.of(today or date.today()).previous.year, 1, 1)


def documents_dir() -> Path:
    """The user's Documents folder (where people look for a file they saved)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def percent_text(rate: Decimal) -> str:
    """0.025 -> "2.5" (exact)."""
    value = (Decimal(rate) * 100).normalize()
    return f"{value:f}"


def password_field(parent: QWidget) -> QLineEdit:
    """A masked password entry (the users dialog and the wizard's administrator page)."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(128)
    return field


def _validator(pattern: str, parent) -> QRegularExpressionValidator:
    return QRegularExpressionValidator(QRegularExpression(pattern), parent)


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def _message(exc: BaseException) -> str:
    return exc.message(current_lang()) if isinstance(exc, UserError) \
        else describe(exc, current_lang())[1]


class _BackgroundPage(QWizardPage):
    """A page whose Next/Finish starts background work and moves on when it is done."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.committed = False
        self.busy = False
        self.error = _error_label(self)
        self.status = QLabel(self)
        self.status.setStyleSheet(NOTE_STYLE)
        self.status.hide()
        self.bar = BusyBar(self, lambda step: step_label(step) if step else "")

    def isComplete(self) -> bool:  # noqa: N802
        return not self.busy and super().isComplete()

    def validatePage(self) -> bool:  # noqa: N802
        if self.committed:
            return True
        if self.busy:
            return False
        self.error.clear()
        work = self.prepare()
        if work is not None:
            self._start(*work)
        return False

    def prepare(self) -> tuple[Callable[[Any], Any], str] | None:
        """Check the page; return (background function, progress text) or None (not valid)."""
        raise NotImplementedError

    def finished(self, result: Any) -> bool:
        """Called with the background result; True when the wizard may go on."""
        return True

    def _start(self, fn: Callable[[Any], Any], text: str) -> None:
        self._set_busy(True)
        self.status.setText(text)
        self.status.show()
        self.bar.start(text)
        run_for(self, fn, on_done=self._done, on_error=self._failed,
                on_progress=self.bar.update_progress)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(
                not busy and not self.isCommitPage())
        for child in self.findChildren(QWidget):
            if child is not self.bar and not isinstance(child, QLabel):
                child.setEnabled(not busy)
        self.completeChanged.emit()

    def _idle(self) -> None:
        self._set_busy(False)
        self.status.hide()
        self.bar.finish()

    def _done(self, result: Any) -> None:
        self._idle()
        if not self.finished(result):
            return
        self.committed = True
        wizard = self.wizard()
        if wizard is None:
            return
        if wizard.currentPage() is self and self.isFinalPage():
            wizard.accept()
        elif wizard.currentPage() is self:
            wizard.next()

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        self.error.setText(_message(exc))
