"""The simple data pages: one table each, with the filters that make sense for it."""
from __future__ import annotations

from ruralperf.domain.entities import CUSTOMER_TYPES, GRADES, HOUSEHOLD_KINDS, ITEM_KINDS, NATURES
from ui.records.table_page import FilterSpec, TablePage


class StaffPage(TablePage):
    key = table = "staff"
    filters = (FilterSpec("position"),)


class HouseholdsPage(TablePage):
    key = table = "households"
    filters = (FilterSpec("kind", "enum", HOUSEHOLD_KINDS),)


class SnapshotsPage(TablePage):
    key = table = "snapshots"
    filters = (FilterSpec("month", "month"), FilterSpec("grade", "enum", GRADES))
    depends = frozenset({"loans", "households"})

    def form_defaults(self) -> dict:
        month = self.filter_combos["month"].currentData()
        return {"month": month} if month else {}


class DepositsPage(TablePage):
    key = table = "deposits"
    filters = (FilterSpec("month", "month"),)
    depends = frozenset({"staff"})

    def form_defaults(self) -> dict:
        month = self.filter_combos["month"].currentData()
        return {"month": month} if month else {}


class ItemsPage(TablePage):
    key = table = "items"
    filters = (FilterSpec("item", "enum", ITEM_KINDS),)
    depends = frozenset({"staff"})


class RecoveriesPage(TablePage):
    key = table = "recoveries"
    depends = frozenset({"staff", "loans", "households"})


class AdjustmentsPage(TablePage):
    key = table = "adjustments"
    filters = (FilterSpec("quarter", "quarter"),)
    depends = frozenset({"staff"})

    def form_defaults(self) -> dict:
        quarter = self.filter_combos["quarter"].currentData()
        return {"quarter": quarter} if quarter else {}


LOAN_FILTERS = (FilterSpec("customer_type", "enum", CUSTOMER_TYPES),
                FilterSpec("nature", "enum", NATURES))
