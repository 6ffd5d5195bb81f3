"""The navigation of the main window: groups of pages in order, their labels, and building
the pages (the data pages come from `ui.records`, loaded defensively)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ruralperf.domain.records import TABLES_BY_KEY
from ruralperf.i18n import current_lang
from ui.context import AppContext
from ui.pages.base import Page

log = logging.getLogger("ruralperf.ui")

RECORD_KEYS = ("staff", "households", "loans", "snapshots", "deposits", "items", "recoveries",
               "targets", "adjustments", "clawbacks", "parameters")
# (group key or page key, child page keys); a group without children is a page itself
NAVIGATION: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("home", ()),
    ("data", ("staff", "households", "loans", "snapshots", "deposits", "items", "recoveries")),
    ("limitation", ()),
    ("assessment", ("targets", "adjustments", "clawbacks", "deferral_ledger", "parameters",
                    "holidays", "payrun", "simulation")),
    ("import", ()),
    ("system", ("audit", "backups")),
)


# Dynamic property of the pages that reload themselves (on show and on ctx.data_changed, as
# ui/records promises): the main window does not call their refresh() as well.
SELF_REFRESHING = "selfRefreshing"


def nav_label(key: str) -> str:
    """A group's or page's name; a record table's page is named as the table is declared
    (ruralperf.domain.records), unless named here."""
    source = _LABELS.get(key)
    if source is None:
        spec = TABLES_BY_KEY.get(key)
        return key if spec is None else spec.title(current_lang())
    return QCoreApplication.translate("Navigation", str(source))  # a QT_TRANSLATE_NOOP text


_LABELS = {
    "home": QT_TRANSLATE_NOOP("Navigation", "首页"),
    "data": QT_TRANSLATE_NOOP("Navigation", "数据"),
    "deposits": QT_TRANSLATE_NOOP("Navigation", "存款"),  # shorter than the table's 存款日均
    "limitation": QT_TRANSLATE_NOOP("Navigation", "时效管理"),
    "assessment": QT_TRANSLATE_NOOP("Navigation", "考核"),
    "deferral_ledger": QT_TRANSLATE_NOOP("Navigation", "延期支付台账"),
    "payrun": QT_TRANSLATE_NOOP("Navigation", "绩效核算"),
    "simulation": QT_TRANSLATE_NOOP("Navigation", "模拟测算"),
    "import": QT_TRANSLATE_NOOP("Navigation", "导入"),
    "system": QT_TRANSLATE_NOOP("Navigation", "系统"),
    "audit": QT_TRANSLATE_NOOP("Navigation", "审计日志"),
    "backups": QT_TRANSLATE_NOOP("Navigation", "数据备份"),
}


def load_record_pages(ctx: AppContext) -> list[Page]:
    """The data pages of `ui.records`, or [] if that package cannot be loaded."""
    try:
        from ui.records import record_pages
    except Exception:  # not there yet, or broken: the window still works
        log.exception("ui.records could not be imported; showing placeholders")
        return []
    try:
        return list(record_pages(ctx))
    except Exception:
        log.exception("ui.records.record_pages failed; showing placeholders")
        return []


def build_pages(ctx: AppContext, quarter) -> dict[str, Page]:
    """Every page by key: workflow pages, data pages, placeholders for missing data pages."""
    from ui.records.holidays_page import HolidaysPage
    from ui.trust.audit_page import AuditPage
    from ui.trust.backups_page import BackupsPage
    from ui.trust.permissions import restrict_pages
    from ui.workflow.home_page import HomePage
    from ui.workflow.import_page import ImportPage
    from ui.workflow.limitation_page import LimitationPage
    from ui.workflow.deferral_ledger_page import DeferralLedgerPage
    from ui.workflow.payrun_page import PayRunPage
    from ui.workflow.placeholder import PlaceholderPage
    from ui.workflow.simulation_page import SimulationPage

    pages: dict[str, Page] = {"home": HomePage(ctx, quarter)}
    for page in load_record_pages(ctx):
        page.setProperty(SELF_REFRESHING, True)  # ui.records pages reload on show and change
        pages.setdefault(page.key, page)
    for key in RECORD_KEYS:
        if key not in pages:
            pages[key] = PlaceholderPage(ctx, key, nav_label(key))
    pages["holidays"] = HolidaysPage(ctx)
    pages["holidays"].setProperty(SELF_REFRESHING, True)  # loads its year on show and change
    pages["limitation"] = LimitationPage(ctx)
    pages["payrun"] = PayRunPage(ctx, quarter)
    pages["deferral_ledger"] = DeferralLedgerPage(ctx)
    pages["simulation"] = SimulationPage(ctx, quarter)
    pages["import"] = ImportPage(ctx)
    pages["audit"] = AuditPage(ctx)
    pages["backups"] = BackupsPage(ctx)
    restrict_pages(pages, ctx)
    return pages


def extra_keys(pages: dict[str, Page]) -> list[str]:
    """Pages the navigation does not name (new data pages): listed under "data"."""
    named = {key for group, children in NAVIGATION for key in (group, *children)}
    return [key for key in pages if key not in named]
