"""What an edit form does when its save was refused because someone else changed or deleted
the record after the form was opened (see ui.records.conflict): nothing was written; the user
is told so and chooses to reload the current values (what they typed is discarded) or to keep
the form open to copy their input. Mixed into RecordDialog."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QMessageBox

from ui.records.background import run_for
from ui.records.conflict import current_record, show_conflict, stored_values

if TYPE_CHECKING:  # to the type checker the mixin is the dialog it is mixed into
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLabel, QPushButton

    from ui.context import AppContext

    _Dialog = QDialog
else:
    _Dialog = object


class ConflictHandling(_Dialog):
    """Needs from the dialog: ctx, table, row_id, row, expected, saving, save_button,
    reload_button, banner, populate(), snapshot(), clear_problems(), changed_tables()."""

    if TYPE_CHECKING:  # what RecordDialog provides
        ctx: AppContext
        table: str
        row: dict | None
        row_id: Any
        expected: dict | None
        saving: bool
        touched: set[str]
        save_button: QPushButton
        reload_button: QPushButton
        banner: QLabel
        _fixed: dict
        _initial: Any
        _validate_timer: QTimer

        def populate(self, row: dict, fixed: dict) -> None: ...
        def snapshot(self) -> Any: ...
        def clear_problems(self) -> None: ...
        def changed_tables(self) -> list[str]: ...
        def _update_enabled(self) -> None: ...

    def set_banner(self, text: str | None) -> None:
        self.banner.setText(text or "")
        self.banner.setVisible(bool(text))

    def show_conflict(self, deleted: bool) -> None:
        """Nothing was saved: say so, refresh the pages behind, and let the user choose."""
        self.clear_problems()
        self.set_banner(self.tr("此记录已被其他用户删除或替换，您的修改没有保存。") if deleted
                        else self.tr("此记录已被其他用户修改，您的修改没有保存。"
                                     "复制您的输入后，可点“重新载入”显示当前数据。"))
        self.reload_button.setVisible(not deleted)
        for name in self.changed_tables():
            self.ctx.data_changed.emit(name)
        show_conflict(self, self.table, lambda reload: self._conflict_chosen(reload, deleted),
                      deleted=deleted)

    def _conflict_chosen(self, reload: bool, deleted: bool) -> None:
        if reload and deleted:
            QDialog.reject(self)  # the record is gone: close without asking again
        elif reload:
            self.reload()

    def ask_reload(self) -> None:
        answer = QMessageBox.question(self, self.windowTitle(),
                                      self.tr("放弃您在表单中输入的内容，载入当前数据？"),
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.reload()

    def reload(self) -> None:
        """Read the stored record on the worker and show it (what was typed is discarded)."""
        if self.saving or self.row_id is None:
            return
        self.saving = True
        self.save_button.setEnabled(False)
        ws, table, row_id = self.ctx.workspace, self.table, self.row_id
        run_for(self, lambda _p: current_record(ws, table, row_id),
                on_done=self._reloaded, on_error=self._reload_failed)

    def _reload_failed(self, exc: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.set_banner(self.tr("重新载入失败：{0}").format(type(exc).__name__))

    def _reloaded(self, current) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if current is None:
            self.show_conflict(deleted=True)
            return
        row, extra = current
        self.row, self.expected = row, stored_values(self.table, row)
        self.populate(row, self._fixed)
        self.load_extra(extra)
        self.touched.clear()
        self._validate_timer.stop()
        self.clear_problems()
        self.reload_button.hide()
        self._initial = self.snapshot()
        self._update_enabled()

    def load_extra(self, extra: dict) -> None:
        """Hook: show what is saved with the record as reloaded (a loan's credits)."""
