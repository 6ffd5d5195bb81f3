"""The columns of the branch summary, shared by its PDF and its Excel form so both always show
the same figures: one row per staff member, every assessed component, the cap reduction, gross,
deductions, adjustments, net and carry-forward, and a totals row (sums of the rounded rows)."""
from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ruralperf.domain.money import ZERO
from ruralperf.domain.results import ALL_KEYS, StaffPay
from ruralperf.reports.labels import COMPONENTS_SHORT, label, pick

TOTAL_KEYS = ("cap_reduction", "gross", "sol_penalty", "carried_in", "adjustments", "net",
              "carry_to_next")
MONEY_KEYS = ALL_KEYS + TOTAL_KEYS
_SHORT = {"cap_reduction": "cap_reduction_short", "gross": "gross_short",
          "sol_penalty": "penalty_short", "carried_in": "carried_in_short",
          "adjustments": "adjustments_short", "net": "net_short", "carry_to_next": "carry_short"}


def money_headers(lang: str | None) -> list[str]:
    """Column titles of the money columns, in MONEY_KEYS order."""
    return [pick(COMPONENTS_SHORT, k, lang) for k in ALL_KEYS] + \
        [label(_SHORT[k], lang) for k in TOTAL_KEYS]


def money_values(s: StaffPay) -> list[Decimal]:
    """One staff member's amounts, in MONEY_KEYS order (assessed components, then totals)."""
    return [s.assessed.get(k, ZERO) for k in ALL_KEYS] + [getattr(s, k) for k in TOTAL_KEYS]


def money_totals(staff: Iterable[StaffPay]) -> list[Decimal]:
    """Column sums over the staff members, in MONEY_KEYS order."""
    totals = [ZERO] * len(MONEY_KEYS)
    for s in staff:
        totals = [t + v for t, v in zip(totals, money_values(s))]
    return totals
