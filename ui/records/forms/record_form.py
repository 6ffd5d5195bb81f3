"""The entry form of one record, built from its columns in the import format.

- Validation as you type: every change runs the import's own cell and row rules
  (`Records.validate`, no database) and shows the message under the field once it was touched.
- Saving runs `Records.save` on the background worker; problems found there (unknown
  numbers, credit rules, duplicates, locked quarters) are shown next to their fields.
- An edit form remembers the record's values as loaded and saves with `expected=` them: when
  someone else changed or deleted the record meanwhile nothing is written and a ConflictBox
  offers to reload the current values or to keep the form open to copy the input.
- Keyboard: Tab walks the fields in order, Enter saves, Esc cancels; closing a form with
  unsaved changes asks first ("放弃未保存的修改？").
- Unsaved input is kept as a draft (ui.records.forms.drafts) shortly after every change and
  removed when the form is saved or its changes discarded: after a crash the next start
  offers it back (`adopt_draft`).
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget)

from ui.context import AppContext
from ui.records.forms.editors import Editor, applies, make_editor
from ui.records.forms.fields import focus_widget
from ui.records.forms.picker import PickerField
from ui.records.labels import column_label, table_label
from ui.records.background import run_for
from ui.records.conflict import MISSING, conflict_code, stored_values
from ui.records.forms.conflict_form import ConflictHandling
from ui.records.forms.drafts import Draft, DraftStore, now_text, store_for

ERROR_STYLE = "color: #b42318;"
READ_ONLY_STYLE = "color: #8a6100; font-weight: bold;"
# the row-dict column holding the name of the record a picker's number refers to
NAME_OF = {"staff_no": "staff_name", "manager_no": "manager_name",
           "household_no": "household_name", "contract_no": "household_name"}


def alive(obj) -> bool:
    """False once Qt deleted the object (a callback arriving after a dialog closed)."""
    return shiboken6.isValid(obj)


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def set_error(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


class RecordDialog(ConflictHandling, QDialog):
    saved = Signal(object)  # the SaveResult of a successful save

    def __init__(self, ctx: AppContext, table: str, row: dict | None = None,
                 parent: QWidget | None = None, fixed: dict | None = None, hint: str = "",
                 defaults: dict | None = None):
        super().__init__(parent)
        self.ctx, self.table, self.row = ctx, table, row
        self.row_id = row.get("id") if row else None
        self.expected = stored_values(table, row)  # the stored values as loaded
        self.conflict_box = None
        self.records = ctx.workspace.records
        self.scheme = None  # parameters in force, loaded on the worker for the credit rules
        self.saving = False
        self.touched: set[str] = set()
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self._fixed = dict(fixed or {})
        self._validate_timer = QTimer(self, singleShot=True, interval=200)
        self._validate_timer.timeout.connect(self.validate)
        self._validate_timer.timeout.connect(self.keep_draft)
        self.drafts, self.draft_key = store_for(ctx), DraftStore.new_key()
        title = self.tr("编辑{0}") if row else self.tr("新增{0}")
        self.setWindowTitle(title.format(table_label(table)))

        layout = QVBoxLayout(self)
        if hint:
            info = QLabel(hint, self)
            info.setWordWrap(True)
            layout.addWidget(info)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        for column in self.records.columns(table):
            self._add_field(column)
        self.add_sections(layout)
        self.banner = error_label(self)
        layout.addWidget(self.banner)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("保存"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("取消"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.reload_button = self.buttons.addButton(self.tr("重新载入"),
                                                    QDialogButtonBox.ButtonRole.ResetRole)
        self.reload_button.setAutoDefault(False)
        self.reload_button.hide()  # shown once a save was refused as someone else's change
        self.reload_button.clicked.connect(self.ask_reload)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.populate(row or defaults or {}, fixed or {})
        self.touched.clear()  # filling the form in is not the user's doing
        self._validate_timer.stop()
        self._initial = self.snapshot()
        self._update_enabled()
        self.setMinimumWidth(460)
        run_for(self, lambda _p: self.records.scheme(), on_done=self._scheme_loaded,
                on_error=lambda _e: None)
        self.read_only: str | None = None  # why the record cannot be changed
        if self.row_id is not None:
            row_id = self.row_id
            run_for(self, lambda _p: self.records.locked_reason(table, row_id),
                    on_done=self._lock_known, on_error=lambda _e: None)

    def _lock_known(self, reason: str | None) -> None:
        """A record of an approved quarter opens read-only, saying why."""
        if not alive(self) or not reason:
            return
        self.read_only = reason
        self.setWindowTitle(self.tr("查看{0}（只读）").format(table_label(self.table)))
        keep = set(self.buttons.findChildren(QWidget)) | {self.buttons}
        for widget in self.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QComboBox, QAbstractButton)) and widget not in keep:
                widget.setEnabled(False)
        self.save_button.hide()
        self.cancel_button.setText(self.tr("关闭"))
        self.cancel_button.setDefault(True)
        self.banner.setStyleSheet(READ_ONLY_STYLE)
        set_error(self.banner, reason)
        self._initial = self.snapshot()

    # -- building ----------------------------------------------------------------------------
    def _add_field(self, column) -> None:
        editor = make_editor(self.ctx, self.table, column, self)
        error = error_label(self)
        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(editor)
        inner.addWidget(error)
        text = column_label(self.table, column.key) + (" *" if column.required else "")
        label = QLabel(text, self)
        label.setBuddy(focus_widget(editor))
        self.form.addRow(label, box)
        self.editors[column.key] = editor
        self.errors[column.key] = error
        editor.changed.connect(lambda key=column.key: self._changed(key))

    def add_sections(self, layout: QVBoxLayout) -> None:
        """Hook for forms with more than the record's own fields (a loan's credits)."""

    def populate(self, row: dict, fixed: dict) -> None:
        for key, editor in self.editors.items():
            if key in row:
                name = row.get(NAME_OF.get(key, ""))
                if isinstance(editor, PickerField) and name is not None:
                    editor.set_value(row[key], name)
                else:
                    editor.set_value(row[key])
            if key in fixed:
                editor.set_value(fixed[key])
                editor.setEnabled(False)

    # -- values ------------------------------------------------------------------------------
    def values(self) -> dict:
        out = {key: editor.value() for key, editor in self.editors.items()}
        for key in out:
            if not applies(self.table, key, out):
                out[key] = None
        return out

    def extra_values(self) -> dict:
        """Hook: what else is saved with the record (passed to Records.save)."""
        return {}

    def snapshot(self):
        return (self.values(), repr(self.extra_values()))

    def is_dirty(self) -> bool:
        return self.snapshot() != self._initial

    def _changed(self, key: str) -> None:
        self.touched.add(key)
        self._update_enabled()
        self._validate_timer.start()

    def _update_enabled(self) -> None:
        if getattr(self, "read_only", None):
            return
        values = {key: editor.value() for key, editor in self.editors.items()}
        for key, editor in self.editors.items():
            if key not in self._fixed:
                editor.setEnabled(applies(self.table, key, values))

    def _scheme_loaded(self, scheme) -> None:
        if not alive(self):
            return
        self.scheme = scheme
        if self.touched:
            self.validate()

    # -- problems ----------------------------------------------------------------------------
    def validate(self, everything: bool = False) -> bool:
        """Run the import's rules on the form (no database); show the touched fields'
        messages (all of them when `everything`). True when there is no error."""
        if everything:
            self.touched |= set(self.editors) | {"credits"}
        unreadable = self.unreadable()
        problems = self.records.validate(self.table, self.values(), scheme=self.scheme,
                                         **self.extra_values())
        problems = [p for p in problems if not (p.sheet == self.table and p.field in unreadable)]
        self.show_problems([p for p in problems if self._visible(p)], from_save=False)
        for key, message in unreadable.items():
            if key in self.touched:
                set_error(self.errors[key], message)
        return not unreadable and not any(not p.warning for p in problems)

    def unreadable(self) -> dict[str, str]:
        """Fields whose typed text cannot be read (a date such as 2025-13-01, an amount with
        three decimals): the record is not saved and the text is kept, never corrected."""
        out = {}
        for key, editor in self.editors.items():
            problem = getattr(editor, "problem", None)
            message = problem() if problem is not None and editor.isEnabled() else None
            if message:
                out[key] = message
        return out

    def _visible(self, problem) -> bool:
        if problem.sheet == self.table:
            return problem.field in self.touched or problem.field is None
        return "credits" in self.touched

    def clear_problems(self) -> None:
        for label in self.errors.values():
            set_error(label, None)
        set_error(self.banner, None)

    def show_problems(self, problems, from_save: bool = True) -> None:
        self.clear_problems()
        loose = []
        for p in problems:
            if p.warning and not from_save:
                continue
            if not self.show_problem(p):
                loose.append(p.message)
        set_error(self.banner, "\n".join(dict.fromkeys(loose)))

    def show_problem(self, problem) -> bool:
        """Put one problem next to its field; False when it belongs to no field."""
        label = self.errors.get(problem.field) if problem.sheet == self.table else None
        if label is None:
            return False
        existing = label.text()
        set_error(label, problem.message if not existing else f"{existing}\n{problem.message}")
        return True

    def _focus_first_error(self) -> None:
        for key, label in self.errors.items():
            if label.isVisible():
                focus_widget(self.editors[key]).setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # -- saving and closing --------------------------------------------------------------------
    def save(self) -> None:
        if self.saving:
            return
        if self.read_only:
            set_error(self.banner, self.read_only)
            return
        if self._validate_timer.isActive():
            # the pending check of the last keystroke must not clear what the save will say
            self._validate_timer.stop()
            self.keep_draft()
        if not self.validate(everything=True):
            self._focus_first_error()
            return
        self.saving = True
        self.save_button.setEnabled(False)
        values, extra, row_id = self.values(), self.extra_values(), self.row_id
        expected = self.expected
        run_for(self, lambda _p: self.records.save(self.table, values, row_id=row_id,
                                                   expected=expected, **extra),
                on_done=self._saved, on_error=self._save_failed)

    def _saved(self, result) -> None:
        if not alive(self):
            return
        self.saving = False
        self.save_button.setEnabled(True)
        if not result.ok and conflict_code(result):
            self.show_conflict(conflict_code(result) == MISSING)
            return
        if not result.ok:
            self.show_problems(result.problems)
            self._focus_first_error()
            return
        self.row_id = result.id
        self._initial = self.snapshot()
        for name in self.changed_tables():
            self.ctx.data_changed.emit(name)
        self.saved.emit(result)
        self.accept()

    def changed_tables(self) -> list[str]:
        return [self.table]

    def _save_failed(self, exc: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        set_error(self.banner, self.tr("保存失败：{0}").format(type(exc).__name__))

    # -- drafts (unsaved input survives a crash) ------------------------------------------------
    def loaded_extra(self) -> dict:
        """Hook: what was loaded with the record besides its fields (a loan's credits)."""
        return {}

    def show_extra_input(self, extra: dict) -> None:
        """Hook: show typed input besides the record's fields (a loan's credits)."""

    def keep_draft(self) -> None:
        if not alive(self):
            return
        if not self.is_dirty():
            self.drafts.discard(self.draft_key)
            return
        self.drafts.save(Draft(
            key=self.draft_key, table=self.table, row=self.row, loaded_extra=self.loaded_extra(),
            fixed=self._fixed, values=self.values(), extra=self.extra_values(),
            title=self.windowTitle(), saved_at=now_text()))

    def adopt_draft(self, draft: Draft) -> None:
        """Show a kept draft's input (not saved yet); the draft stays until saved or discarded."""
        self.draft_key = draft.key
        self.populate(draft.values, self._fixed)
        self.show_extra_input(draft.extra)
        self.touched |= {k for k, v in draft.values.items() if v is not None}
        self._update_enabled()
        self._validate_timer.start()

    def done(self, result: int) -> None:
        self._validate_timer.stop()
        self.drafts.discard(self.draft_key)  # saved, or its changes given up
        super().done(result)

    def ask_discard(self) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), self.tr("放弃未保存的修改？"),
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        if self.saving:
            return
        if self.is_dirty() and not self.ask_discard():
            return
        super().reject()
