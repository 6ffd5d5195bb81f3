"""On opening the main window: offer back the input of entry forms that were not saved when
the application last ended (a crash, or a window closed with a form open). Restored forms open
unsaved, with what was typed; declining discards the drafts (after saying so)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.context import AppContext
from ui.records.forms import record_dialog
from ui.records.forms.drafts import Draft, store_for


def reopen(ctx: AppContext, draft: Draft, parent: QWidget):
    credits = draft.loaded_extra.get("credits") if draft.table == "loans" else None
    dialog = record_dialog(ctx, draft.table, draft.row, parent, fixed=draft.fixed or None,
                           credits=credits if draft.row else None)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.adopt_draft(draft)
    dialog.open()
    return dialog


def offer_drafts(ctx: AppContext, window: QWidget) -> QMessageBox | None:
    """Ask (without blocking) whether to restore the drafts of this database and user."""
    if ctx.workspace.user is None:
        return None
    store = store_for(ctx)
    drafts = store.pending()
    if not drafts:
        return None
    lines = "\n".join(f"· {d.title}（{d.saved_at}）" for d in drafts)
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("DraftRecovery", "恢复未保存的录入"),
                      QCoreApplication.translate(
                          "DraftRecovery", "上次关闭程序时，以下表单中的录入尚未保存：\n{0}\n\n"
                          "恢复后请检查并保存；选择“放弃”将删除这些录入。").format(lines),
                      QMessageBox.StandardButton.NoButton, window)
    restore = box.addButton(QCoreApplication.translate("DraftRecovery", "恢复"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("DraftRecovery", "放弃"),
                  QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)

    def chosen(_result: int) -> None:
        if box.clickedButton() is restore:
            window.restored_forms = [reopen(ctx, d, window) for d in drafts]
        else:
            for draft in drafts:
                store.discard(draft.key)

    box.finished.connect(chosen)
    box.open()
    window.draft_offer = box
    return box
