"""Never losing another client's update (two desktops on one database, or a form left open
while an import runs).

A form or a page remembers the record's values as it showed them (`stored_values`) and passes
them to `Records.save` / `Records.delete` as `expected=`. When the stored record has changed or
gone since, the core writes nothing and answers "record_changed" / "record_missing"
(`conflict_code`); `ConflictBox` then tells the user so in their language and lets them reload
the current values or keep the form open to copy their input. `current_record` reads the
current values on the worker (never on the GUI thread)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ruralperf.workspace import Workspace
from ui.records.labels import table_label

CHANGED, MISSING = "record_changed", "record_missing"


def stored_values(table: str, row: dict | None) -> dict | None:
    """The record's own columns as shown (names of referred records and the id left out)."""
    if not row:
        return None
    return {c.key: row[c.key] for c in Workspace.record_columns(table) if c.key in row}


def conflict_code(result) -> str | None:
    """CHANGED or MISSING when the core refused because someone else got there first."""
    codes = {p.code for p in result.errors}
    return CHANGED if CHANGED in codes else MISSING if MISSING in codes else None


def current_record(ws, table: str, row_id: int) -> tuple[dict, dict] | None:
    """(the stored row as the data pages show it, what is saved with it) or None when the
    record is gone. Run on the worker."""
    row = ws.browse.row(table, row_id)
    if row is None:
        return None
    extra = {}
    if table == "loans":
        credits, _ = ws.browse.page("credits", filters={"contract_no": row["contract_no"]},
                                    sort="staff_no", limit=1000, with_total=False)
        extra["credits"] = credits
    return row, extra


class ConflictBox(QMessageBox):
    """Someone else changed (or deleted) the record: nothing was written. `chosen(True)` when
    the user asks to reload (after a save: the current values replace what they typed; after a
    deleted record: the form closes), `chosen(False)` to keep things as they are. Opened
    window-modal and non-blocking (`open()`), so the worker keeps running. `grid`: a page
    editing many records at once (the targets grid) was saved; reload shows them as stored."""

    chosen = Signal(bool)

    def __init__(self, parent: QWidget, table: str, *, deleted: bool = False,
                 deleting: bool = False, grid: bool = False):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setIcon(QMessageBox.Icon.Warning)
        self.deleted, self.deleting = deleted, deleting
        what = table_label(table)
        if grid:
            self.setWindowTitle(self.tr("记录已被他人修改"))
            self.setText(self.tr("在本页载入之后，其他用户修改、新增或删除了其中的{0}记录。"
                                 "您的修改没有保存，数据库中保留的是对方的修改。").format(what))
            self.setInformativeText(self.tr("选择“重新载入”将显示当前数据，您在本页输入的内容会被放弃；"
                                            "选择“保留输入”可先复制您的输入。"))
            reload_text, keep_text = self.tr("重新载入"), self.tr("保留输入")
        elif deleting:
            self.setWindowTitle(self.tr("记录已被他人修改"))
            self.setText(self.tr("这条{0}记录在显示之后已被其他用户修改。为免误删，没有删除。")
                         .format(what))
            self.setInformativeText(self.tr("选择“重新载入”显示当前数据，核对后可再次删除。"))
            reload_text, keep_text = self.tr("重新载入"), self.tr("取消")
        elif deleted:
            self.setWindowTitle(self.tr("记录已被他人删除"))
            self.setText(self.tr("在您打开此表单之后，这条{0}记录已被其他用户删除或替换，现已不存在。"
                                 "您的修改没有保存。").format(what))
            self.setInformativeText(self.tr("选择“关闭表单”将放弃您输入的内容；"
                                            "选择“保留表单”可先复制您的输入。"))
            reload_text, keep_text = self.tr("关闭表单"), self.tr("保留表单")
        else:
            self.setWindowTitle(self.tr("记录已被他人修改"))
            self.setText(self.tr("在您打开此表单之后，其他用户修改了这条{0}记录。"
                                 "您的修改没有保存，数据库中保留的是对方的修改。").format(what))
            self.setInformativeText(self.tr("选择“重新载入”将显示当前数据，您在表单中输入的内容会被放弃；"
                                            "选择“保留表单”可先复制您的输入。"))
            reload_text, keep_text = self.tr("重新载入"), self.tr("保留表单")
        self.reload_button = self.addButton(reload_text, QMessageBox.ButtonRole.AcceptRole)
        self.keep_button = self.addButton(keep_text, QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.keep_button)  # Enter and Esc never discard anything
        self.setEscapeButton(self.keep_button)
        self.finished.connect(lambda _r: self.chosen.emit(
            self.clickedButton() is self.reload_button))


def show_conflict(owner: QWidget, table: str, on_choice: Callable[[bool], None], *,
                  deleted: bool = False, deleting: bool = False,
                  grid: bool = False) -> ConflictBox:
    """Open a ConflictBox over `owner` (kept as `owner.conflict_box` for tests)."""
    box = ConflictBox(owner, table, deleted=deleted, deleting=deleting, grid=grid)
    box.chosen.connect(on_choice)
    owner.conflict_box = box
    box.open()
    return box


def after_delete(owner, table: str, result, on_reload: Callable[[], None] | None = None) -> None:
    """What a page does with the answer to a delete of the record it showed: refresh on
    success; a ConflictBox when someone else changed it meanwhile (reload: the page shows the
    current values); the message otherwise (a record already gone is dropped from the page)."""
    if result.ok:
        owner.ctx.data_changed.emit(table)
        return
    code = conflict_code(result)
    if code == CHANGED:
        def chosen(reload: bool) -> None:
            if reload:
                if on_reload is not None:
                    on_reload()
                owner.ctx.data_changed.emit(table)

        show_conflict(owner, table, chosen, deleting=True)
        return
    QMessageBox.warning(owner, owner.title(), "\n".join(result.messages()))
    if code == MISSING:
        owner.ctx.data_changed.emit(table)
