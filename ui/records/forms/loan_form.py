"""The loan form: the loan's fields and its marketing credits (营销分成), saved together in one
transaction. Credits removed here are deleted with the save. The credit rules of DOMAIN.md 6.3
(self-developed: one credit of 100 %; joint: two or more summing to 100 %; linked and
taken-over: each share within the scheme's range) are checked as the user types."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from ruralperf.domain.numbers import parse_fraction
from ruralperf.domain.periods import add_years
from ui.context import AppContext
from ui.records.formatting import percent
from ui.records.forms.fields import TextField
from ui.records.forms.picker import PickerField
from ui.records.forms.record_form import RecordDialog, error_label, set_error


class CreditRow(QWidget):
    def __init__(self, ctx: AppContext, dialog: "LoanDialog", parent: QWidget):
        super().__init__(parent)
        self.staff = PickerField(ctx, "staff", self)
        self.share = TextField("fraction", self)
        self.share.setMaximumWidth(110)
        self.remove = QPushButton(self.tr("删除"), self)
        self.remove.setAutoDefault(False)
        self.error = error_label(self)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.staff, 1)
        line.addWidget(self.share)
        line.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.error)
        self.staff.changed.connect(dialog.credits_changed)
        self.share.changed.connect(dialog.credits_changed)
        self.remove.clicked.connect(lambda: dialog.remove_credit(self))

    def blank(self) -> bool:
        return self.staff.value() is None and self.share.value() is None


class LoanDialog(RecordDialog):
    def __init__(self, ctx: AppContext, row: dict | None = None, parent: QWidget | None = None,
                 credits: list[dict] | None = None):
        self._credit_rows: list[CreditRow] = []
        self._start_credits = credits or []
        super().__init__(ctx, "loans", row, parent)
        if credits is not None:
            self._expect_credits(credits)

    def _expect_credits(self, credits: list[dict]) -> None:
        """The credits as loaded belong to `expected`: a save is refused when another client
        changed only the credits meanwhile (instead of putting the old ones back)."""
        if self.expected is not None:
            self.expected["credits"] = [{"staff_no": c["staff_no"], "share": c["share"]}
                                        for c in credits]

    def add_sections(self, layout: QVBoxLayout) -> None:
        group = QGroupBox(self.tr("营销分成（工号、计奖比例）"), self)
        box = QVBoxLayout(group)
        self.credit_list = QVBoxLayout()
        box.addLayout(self.credit_list)
        bottom = QHBoxLayout()
        self.add_credit_button = QPushButton(self.tr("添加营销人员"), group)
        self.add_credit_button.setAutoDefault(False)
        self.add_credit_button.clicked.connect(lambda: self.add_credit(focus=True))
        self.credit_sum = QLabel(group)
        bottom.addWidget(self.add_credit_button)
        bottom.addStretch(1)
        bottom.addWidget(self.credit_sum)
        box.addLayout(bottom)
        self.credit_error = error_label(group)
        box.addWidget(self.credit_error)
        layout.addWidget(group)
        self.set_credits(self._start_credits)

    def set_credits(self, credits: list[dict]) -> None:
        """Show these credits (an empty row when there are none)."""
        for row in list(self._credit_rows):
            self._credit_rows.remove(row)
            row.setParent(None)
            row.deleteLater()
        for credit in credits:
            row = self.add_credit()
            row.staff.set_value(credit["staff_no"], credit.get("staff_name") or "")
            row.share.set_value(credit["share"])
        if not credits:
            self.add_credit()
        self._update_sum()

    def load_extra(self, extra: dict) -> None:
        self.set_credits(extra.get("credits") or [])
        self._expect_credits(extra.get("credits") or [])

    def populate(self, row: dict, fixed: dict) -> None:
        super().populate(row, fixed)
        if not row:  # a new loan: one year is the usual term
            start = self.editors["disbursed_on"].value()
            self.editors["maturity_on"].set_value(add_years(start, 1) - timedelta(days=1))

    # -- credits -----------------------------------------------------------------------------
    def add_credit(self, focus: bool = False) -> CreditRow:
        row = CreditRow(self.ctx, self, self)
        self._credit_rows.append(row)
        self.credit_list.addWidget(row)
        if len(self._credit_rows) > 1:  # keep Tab order: previous row, then this one
            QWidget.setTabOrder(self._credit_rows[-2].remove, row.staff.line)
        QWidget.setTabOrder(row.remove, self.add_credit_button)
        if focus:
            row.staff.line.setFocus()
            self.credits_changed()
        return row

    def remove_credit(self, row: CreditRow) -> None:
        self._credit_rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.credits_changed()

    def credit_rows(self) -> list[CreditRow]:
        return list(self._credit_rows)

    def credits_changed(self) -> None:
        self.touched.add("credits")
        self._update_sum()
        self._validate_timer.start()

    def _update_sum(self) -> None:
        total = Decimal(0)
        for row in self._credit_rows:
            try:
                total += parse_fraction(row.share.value() or "0")
            except (ValueError, ArithmeticError):
                pass
        self.credit_sum.setText(self.tr("合计 {0}").format(percent(total)))

    def _included(self) -> list[CreditRow]:
        return [r for r in self._credit_rows if not r.blank()]

    def extra_values(self) -> dict:
        return {"credits": [{"staff_no": r.staff.value(), "share": r.share.value()}
                            for r in self._included()]}

    def _changed(self, key: str) -> None:
        super()._changed(key)
        if key in ("manager_no", "customer_type"):
            self._suggest_self_credit()

    def _suggest_self_credit(self) -> None:
        """A self-developed loan is usually marketed by its manager alone: fill that in when
        the credits are still empty."""
        values = self.values()
        rows = self._credit_rows
        if values.get("customer_type") == "self_developed" and values.get("manager_no") \
                and len(rows) == 1 and rows[0].blank():
            rows[0].staff.set_value(values["manager_no"])
            rows[0].share.set_value("100%")

    # -- problems ----------------------------------------------------------------------------
    def clear_problems(self) -> None:
        super().clear_problems()
        set_error(self.credit_error, None)
        for row in self._credit_rows:
            set_error(row.error, None)

    def show_problem(self, problem) -> bool:
        if problem.sheet != "credits":
            return super().show_problem(problem)
        included = self._included()
        if problem.index is not None and 0 <= problem.index < len(included):
            label = included[problem.index].error
        else:
            label = self.credit_error
        existing = label.text()
        set_error(label, problem.message if not existing else f"{existing}\n{problem.message}")
        return True

    def changed_tables(self) -> list[str]:
        return ["loans", "credits"]

    def loaded_extra(self) -> dict:
        return {"credits": list(self._start_credits)}

    def show_extra_input(self, extra: dict) -> None:
        self.set_credits(extra.get("credits") or [])
        self.touched.add("credits")
