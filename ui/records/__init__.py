"""The data pages of the main window (员工, 借款户, 贷款, 月末台账, 存款日均, 中间业务,
不良清收, 任务目标, 调整, 方案参数) and their entry forms.

    pages = record_pages(ctx)   # in navigation order; each a ui.pages.base.Page

Tables page lazily from the database on the background worker (`Workspace.browse`); forms
save through `Workspace.records` with the import's rules. After a save a page emits
`ctx.data_changed.emit(table)`; every page reloads when a table it shows changed.
"""
from __future__ import annotations

from ui.context import AppContext
from ui.pages.base import Page

PAGE_KEYS = ("staff", "households", "loans", "snapshots", "deposits", "items", "recoveries",
             "targets", "adjustments", "clawbacks", "parameters")


def page_classes() -> list[type[Page]]:
    """The data pages' classes, in navigation order (each names its page by its `key`)."""
    from ui.records.clawbacks_page import ClawbacksPage
    from ui.records.loans_page import LoansPage
    from ui.records.pages import (AdjustmentsPage, DepositsPage, HouseholdsPage, ItemsPage,
                                  RecoveriesPage, SnapshotsPage, StaffPage)
    from ui.records.parameters_page import ParametersPage
    from ui.records.targets_page import TargetsPage

    return [StaffPage, HouseholdsPage, LoansPage, SnapshotsPage, DepositsPage, ItemsPage,
            RecoveriesPage, TargetsPage, AdjustmentsPage, ClawbacksPage, ParametersPage]


def record_pages(ctx: AppContext) -> list[Page]:
    return [cls(ctx) for cls in page_classes()]
