"""The first-run wizard, shown when the database has no user accounts yet:

1. the branch's name and code;
2. the administrator account (written together with the branch; no way back after this page);
3. start with the demo data (loaded in the background, with progress) or start empty and save
   the blank import template (and open the import wizard when the wizard is done);
4. the default scheme, with the two values an administrator must set before the first pay run
   (the floating-wage monthly base and the NPL recovery rate) and the date they apply from.

Every write runs on the background worker: a page's `validatePage` starts the work and returns
False; when the work is done the page is marked committed and the wizard moves on."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QWidget, QWizard)

from ui.context import AppContext

from ui.session.wizard_account import AdminPage, BranchPage
from ui.session.wizard_data import DataPage
from ui.session.wizard_scheme import SchemePage


class FirstRunWizard(QWizard):
    """Accepted when the administrator exists and the data choice is done; `admin`,
    `demo_loaded`, `template` and `open_import` tell the caller what happened."""

    PAGE_BRANCH, PAGE_ADMIN, PAGE_DATA, PAGE_SCHEME = range(4)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.admin = None
        self.demo_loaded = False
        self.template: Path | None = None
        self.open_import = False
        self.setWindowTitle(self.tr("首次使用向导"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.branch_page = BranchPage(self)
        self.admin_page = AdminPage(ctx, self)
        self.data_page = DataPage(ctx, self)
        self.scheme_page = SchemePage(ctx, self)
        self.setPage(self.PAGE_BRANCH, self.branch_page)
        self.setPage(self.PAGE_ADMIN, self.admin_page)
        self.setPage(self.PAGE_DATA, self.data_page)
        self.setPage(self.PAGE_SCHEME, self.scheme_page)
        self.resize(780, 600)

    def reject(self) -> None:
        if any(p.busy for p in (self.admin_page, self.data_page, self.scheme_page)):
            return  # wait for the background work
        super().reject()
