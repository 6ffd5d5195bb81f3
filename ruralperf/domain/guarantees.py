"""How bad a loan's guarantees stand (issue 17): the guarantee statuses worst first, the worst of
a loan's guarantees and the soonest deadline among them, and the cell a loans list shows. The
statuses themselves are worked out by `rules.guarantees` (DOMAIN.md 7.7)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ruralperf.domain.results import GuaranteeLimitation

# The guarantee statuses, worst first: what a list shows beside the loan (issue 17).
SEVERITY = ("guarantor_lapsed", "released", "warning", "running", "secured", "closed")
_SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITY)}


def worst_status(guarantees: Sequence[GuaranteeLimitation]) -> str | None:
    """The worst status among a loan's guarantees (None without guarantees)."""
    return min((g.status for g in guarantees), key=lambda s: _SEVERITY_RANK.get(s, 99),
               default=None)


def severity(status: str | None) -> int:
    """Sort key of a worst status: the worst first, loans without guarantees last."""
    return len(SEVERITY) + 1 if status is None else _SEVERITY_RANK.get(status, len(SEVERITY))


def soonest_days(guarantees: Sequence[GuaranteeLimitation]) -> int | None:
    """The fewest days left of a running or warning guarantee period."""
    return min((g.days_left for g in guarantees if g.days_left is not None), default=None)


@dataclass(frozen=True)
class GuaranteeCell:
    """A loan's guarantees in one list cell."""
    count: int
    worst: str | None  # the worst status (SEVERITY); None if not computed
    guarantors: tuple[str, ...]
    days_left: int | None = None  # the soonest running or warning guarantee period

    def __lt__(self, other: "GuaranteeCell") -> bool:
        return self.count < other.count
