"""Loans handed over during a quarter (DOMAIN.md 2): which loans a different staff member
manages on the quarter's end date than on its base date, and the base month's facts as the end
date's managers see them. Facts of the data, reading no scheme parameter: whether the handover
rule applies (`handover.follows_loans`) and how it is explained is in `rules.handover`."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Mapping

from ruralperf.domain.histories import ManagerHistory
from ruralperf.domain.ledger import MonthFacts
from ruralperf.domain.periods import Quarter


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
