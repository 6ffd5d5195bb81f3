"""The handover rule (DOMAIN.md 2, `handover.follows_loans`).

The NPL indicator (4) and the maintenance fee (6.1) compare the base date with the end date. With
the rule (the default) both dates look at the loans a staff member manages on the **end** date:
a loan handed over during the quarter takes its base with it. `Handover` records each loan whose
manager on the base date differs from its manager on the end date, so an explanation can name
the loans that moved and whose base went where. The loans that moved and the rebased facts are
in `domain.handover`; here, what the explanations say of them.
"""
from __future__ import annotations

from typing import Iterable

from ruralperf.domain.handover import Handover, by_staff, handovers, rebase

__all__ = ["Handover", "by_staff", "handovers", "rebase", "handover_inputs", "npl_inputs"]


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
