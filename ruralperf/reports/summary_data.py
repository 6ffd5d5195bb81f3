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
# DOMAIN.md 9: shown only when some staff member of the run has a clawback or deferral, so a
# run without them prints exactly as before.
DEFERRAL_KEYS = ("clawback", "deferred", "released", "paid", "deferred_balance")
_SHORT = {"cap_reduction": "cap_reduction_short", "gross": "gross_short",
          "sol_penalty": "penalty_short", "carried_in": "carried_in_short",
          "adjustments": "adjustments_short", "net": "net_short", "carry_to_next": "carry_short"}
_DEFERRAL_SHORT = {"clawback": ("追索扣回", "Clawback"), "deferred": ("本季延期", "Deferred"),
                   "released": ("到期发放", "Released"), "paid": ("实发合计", "Paid"),
                   "deferred_balance": ("延期余额", "Def. balance")}


def money_keys(staff: Iterable[StaffPay]) -> tuple[str, ...]:
    """The money columns of a run: MONEY_KEYS, and DEFERRAL_KEYS when the run has any."""
    deferring = any(s.clawback or s.deferred or s.released or s.deferred_balance for s in staff)
    return MONEY_KEYS + DEFERRAL_KEYS if deferring else MONEY_KEYS


def money_headers(lang: str | None, keys: tuple[str, ...] = MONEY_KEYS) -> list[str]:
    """Column titles of the money columns, in `keys` order."""
    en = (lang or "").startswith("en")
    headers = [pick(COMPONENTS_SHORT, k, lang) if k in ALL_KEYS
               else label(_SHORT[k], lang) if k in _SHORT else _DEFERRAL_SHORT[k][1 if en else 0]
               for k in keys]
    if "paid" in keys:  # with deferral, `net` is not what is paid out
        headers[keys.index("net")] = "Net" if en else "本季绩效"
    return headers


def money_values(s: StaffPay, keys: tuple[str, ...] = MONEY_KEYS) -> list[Decimal]:
    """One staff member's amounts, in `keys` order (assessed components, then totals)."""
    return [s.assessed.get(k, ZERO) if k in ALL_KEYS else getattr(s, k) for k in keys]


def money_totals(staff: Iterable[StaffPay], keys: tuple[str, ...] = MONEY_KEYS) -> list[Decimal]:
    """Column sums over the staff members, in `keys` order."""
    totals = [ZERO] * len(keys)
    for s in staff:
        totals = [t + v for t, v in zip(totals, money_values(s, keys))]
    return totals
