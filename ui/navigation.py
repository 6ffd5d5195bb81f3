"""The navigation of the main window: groups of pages in order, their labels, and building
the pages (the data pages come from `ui.records`, loaded defensively)."""
from __future__ import annotations

import logging
from collections.abc import Mapping
from importlib import import_module

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ruralperf.domain.records import TABLES_BY_KEY
from ruralperf.i18n import current_lang
from ui.context import AppContext
from ui.pages.base import Page
from ui.pages.lazy import LazyPages

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


def load_record_classes() -> list[type[Page]]:
    """The data pages' classes of `ui.records`, or [] if that package cannot be loaded."""
    try:
        from ui.records import page_classes

        return list(page_classes())
    except Exception:  # not there yet, or broken: the window still works
        log.exception("ui.records could not be imported; showing placeholders")
        return []


def _class(name: str) -> type[Page]:
    """A page class by its module and class name, imported when the page is first built."""
    module, cls = name.rsplit(".", 1)
    return getattr(import_module(module), cls)


# The pages that are not data pages, built when first shown:
# key -> (class, takes the quarter state, reloads itself on show and on change)
WORKFLOW_PAGES = {
    "home": ("ui.workflow.home_page.HomePage", True, False),
    "holidays": ("ui.records.holidays_page.HolidaysPage", False, True),
    "limitation": ("ui.workflow.limitation_page.LimitationPage", False, False),
    "payrun": ("ui.workflow.payrun_page.PayRunPage", True, False),
    "deferral_ledger": ("ui.workflow.deferral_ledger_page.DeferralLedgerPage", False, False),
    "simulation": ("ui.workflow.simulation_page.SimulationPage", True, False),
    "import": ("ui.workflow.import_page.ImportPage", False, False),
    "audit": ("ui.trust.audit_page.AuditPage", False, False),
    "backups": ("ui.trust.backups_page.BackupsPage", False, False),
}


def build_pages(ctx: AppContext, quarter) -> LazyPages:
    """Every page by key (workflow pages, data pages, placeholders for missing data pages),
    each built the first time it is asked for (ui.pages.lazy)."""
    from ui.trust.permissions import restrict_pages

    records = {cls.key: cls for cls in load_record_classes()}

    def placeholder(key: str) -> Page:
        from ui.workflow.placeholder import PlaceholderPage

        return PlaceholderPage(ctx, key, nav_label(key))

    def build(key: str) -> Page:
        if key in records:  # ui.records pages reload on show and change
            page, refreshes = records[key](ctx), True
        elif key in WORKFLOW_PAGES:
            name, takes_quarter, refreshes = WORKFLOW_PAGES[key]
            cls = _class(name)
            page = cls(ctx, quarter) if takes_quarter else cls(ctx)
        else:
            page, refreshes = placeholder(key), False
        if refreshes:
            page.setProperty(SELF_REFRESHING, True)
        restrict_pages({key: page}, ctx)
        return page

    keys = ["home", *records, *(k for k in RECORD_KEYS if k not in records),
            *(k for k in WORKFLOW_PAGES if k != "home")]
    return LazyPages(keys, build, placeholder)


def extra_keys(pages: Mapping[str, Page]) -> list[str]:
    """Pages the navigation does not name (new data pages): listed under "data"."""
    named = {key for group, children in NAVIGATION for key in (group, *children)}
    return [key for key in pages if key not in named]
