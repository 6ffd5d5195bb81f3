"""The handover rule (DOMAIN.md 2, `handover.follows_loans`).

The NPL indicator (4) and the maintenance fee (6.1) compare the base date with the end date. With
the rule (the default) both dates look at the loans a staff member manages on the **end** date:
a loan handed over during the quarter takes its base with it. `Handover` records each loan whose
manager on the base date differs from its manager on the end date, so an explanation can name
the loans that moved and whose base went where.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Mapping

from ruralperf.domain.periods import Quarter
from ruralperf.rules.histories import ManagerHistory
from ruralperf.rules.ledger import MonthFacts


@dataclass(frozen=True)
class Handover:
    contract: str
    household: str
    from_staff: str  # the manager on the base date
    to_staff: str  # the manager on the end date
    on: date  # the effective date of the quarter's last reassignment of the loan

    def text(self) -> str:
        return f"{self.contract} {self.from_staff}→{self.to_staff} {self.on.isoformat()}"


def handovers(histories: Mapping[str, ManagerHistory], households: Mapping[str, str],
              quarter: Quarter) -> list[Handover]:
    """The loans of `histories` managed by someone else on the end date than on the base date."""
    out = []
    for contract in sorted(histories):
        history = histories[contract]
        before, after = history.on(quarter.base_date), history.on(quarter.end_date)
        if before != after:
            out.append(Handover(contract, households.get(contract, ""), before, after,
                                history.last_change(quarter.base_date, quarter.end_date)))
    return out


def by_staff(moved: Iterable[Handover]) -> dict[str, tuple[Handover, ...]]:
    """staff -> the handovers they gave or received."""
    out: dict[str, list[Handover]] = {}
    for h in moved:
        out.setdefault(h.from_staff, []).append(h)
        out.setdefault(h.to_staff, []).append(h)
    return {s: tuple(v) for s, v in out.items()}


def rebase(base: MonthFacts, redone: MonthFacts, pairs: set[tuple[str, str]],
           npl_moves: Iterable[tuple[str, str, Any]]) -> MonthFacts:
    """The base month's facts as seen by the end date's managers.

    `pairs`: the (staff, household) pairs a handover touched; `redone` holds their facts from
    the base-month snapshots of the loans each staff member manages on the end date (a pair
    missing from it has no outstanding loan left). `npl_moves`: (from, to, NPL balance on the
    base date) of each loan handed over; the NPL balance is a sum, so it simply moves."""
    households = {s: dict(w) for s, w in base.households.items()}
    for staff_no, household in pairs:
        worst = redone.households.get(staff_no, {})
        mine = households.setdefault(staff_no, {})
        if household in worst:
            mine[household] = worst[household]
        else:
            mine.pop(household, None)
    npl: dict[str, Any] = dict(base.npl)  # fen or Decimal, as the facts hold them
    for before, after, balance in npl_moves:
        npl[before] = npl.get(before, 0) - balance
        npl[after] = npl.get(after, 0) + balance
    return MonthFacts({s: w for s, w in households.items() if w}, npl, dict(base.interest))


def handover_inputs(scheme, moved: Iterable[Handover]) -> tuple[tuple[str, str], ...]:
    """The explanation's inputs naming the loans handed over ("C012 E002→E003 2025-08-15") and
    the reading applied (`handover.follows_loans`)."""
    moved = list(moved)
    if not moved:
        return ()
    return (("handovers", "; ".join(h.text() for h in moved)),
            ("base_follows_loans", "yes" if scheme["handover.follows_loans"] else "no"))


def npl_inputs(scheme, base_npl, end_npl, moved: Iterable[Handover]) -> tuple[tuple[str, str], ...]:
    """The NPL indicator's inputs (DOMAIN.md 4): the NPL balance of the staff member's loans at
    both dates, and the loans handed over."""
    from ruralperf.domain.money import money_str

    return (("npl_base", money_str(base_npl)), ("npl_end", money_str(end_npl)),
            *handover_inputs(scheme, moved))
