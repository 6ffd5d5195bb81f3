"""Deferral and clawback of one staff member in one quarter (DOMAIN.md 5.3 steps 5-6, 9).

Pure functions over the parts left by the approved runs of earlier quarters:
1. `claw`: the quarter's clawbacks, in date order, take the open parts (latest due quarter
   first, within one due quarter the latest origin first); what they cannot cover is taken
   from pay (`clawback_from_pay`, step 5).
2. `release`: the open parts due in the quarter (or before it, when that quarter had no
   approved run to release them) are paid out.
3. `schedule`: the quarter's own deferral, `round2(net × rate)`, in equal parts, the last
   taking the rounding.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from ruralperf.domain.deferral import (CLAWBACK, RELEASE, Clawback, ClawbackLine, DeferredPart,
                                       PartMove)
from ruralperf.domain.money import ZERO, round2
from ruralperf.domain.periods import Quarter


def schedule(staff_no: str, deferred: Decimal, origin: Quarter,
             offsets: tuple[int, ...]) -> tuple[DeferredPart, ...]:
    """The parts of `deferred`: `round2(D / k)` each, the last `D − (k − 1) × round2(D / k)`.

    Reading: with many instalments and a few fen, (k − 1) × round2(D / k) can exceed D (0.11 in
    7 parts: 6 × 0.02); a part then takes only what is left and the last the rest, so no part
    is negative, and parts of 0.00 are not kept (nothing to release). Whenever the rule book's
    last part is ≥ 0 (always for k ≤ 3) this is exactly its rule."""
    if deferred == ZERO:
        return ()
    k = len(offsets)
    each, left, amounts = round2(deferred / k), deferred, []
    for _ in range(k - 1):
        amounts.append(min(each, left))
        left -= amounts[-1]
    amounts.append(left)
    return tuple(DeferredPart(staff_no, origin, origin.shift(o), a)
                 for o, a in zip(offsets, amounts) if a != ZERO)


def _claw_order(part: DeferredPart) -> tuple[Quarter, Quarter]:
    return (part.due, part.origin)


@dataclass(frozen=True)
class Clawed:
    lines: tuple[ClawbackLine, ...]
    moves: tuple[PartMove, ...]
    parts: tuple[DeferredPart, ...]  # the open parts after the clawbacks

    @property
    def total(self) -> Decimal:
        return sum((x.amount for x in self.lines), ZERO)

    @property
    def from_pay(self) -> Decimal:
        return sum((x.from_pay for x in self.lines), ZERO)


def claw(parts: list[DeferredPart], clawbacks: list[Clawback]) -> Clawed:
    """Apply the clawbacks in date order against the open parts (DOMAIN.md 9.3)."""
    open_parts = sorted((p for p in parts if p.remaining > 0), key=_claw_order, reverse=True)
    lines, moves = [], []
    for cb in sorted(clawbacks, key=lambda c: (c.date, c.id)):
        wanted = cb.amount
        for i, part in enumerate(open_parts):
            if wanted == 0:
                break
            take = min(wanted, part.remaining)
            if take <= 0:
                continue
            open_parts[i] = replace(part, clawed_back=part.clawed_back + take)
            moves.append(PartMove(part.origin, part.due, CLAWBACK, take))
            wanted -= take
        lines.append(ClawbackLine(cb.date, cb.amount, cb.reason, cb.contracts,
                                  cb.amount - wanted, wanted))
    return Clawed(tuple(lines), tuple(moves), tuple(open_parts))


def release(parts: tuple[DeferredPart, ...], quarter: Quarter
            ) -> tuple[tuple[PartMove, ...], tuple[DeferredPart, ...]]:
    """(the release moves of the parts due by `quarter`, the parts still open after them)."""
    moves, left = [], []
    for part in sorted(parts, key=_claw_order):
        if part.due <= quarter and part.remaining > 0:
            moves.append(PartMove(part.origin, part.due, RELEASE, part.remaining))
        elif part.remaining > 0:
            left.append(part)
    return tuple(moves), tuple(left)


@dataclass(frozen=True)
class DeferralOutcome:
    """One staff member's clawbacks and deferral in one quarter."""

    clawed: Clawed
    releases: tuple[PartMove, ...]
    deferred: Decimal
    new_parts: tuple[DeferredPart, ...]
    balance: Decimal  # after the quarter: open parts not released, plus `deferred`

    @property
    def released(self) -> Decimal:
        return sum((m.amount for m in self.releases), ZERO)

    @property
    def moves(self) -> tuple[PartMove, ...]:
        return self.clawed.moves + self.releases


def defer(staff_no: str, quarter: Quarter, net: Decimal, rate: Decimal | None,
          offsets: tuple[int, ...], clawed: Clawed) -> DeferralOutcome:
    """Step 6: release what is due, defer `round2(net × rate)` of this quarter's `net`."""
    releases, left = release(clawed.parts, quarter)
    deferred = round2(net * rate) if rate else ZERO
    new_parts = schedule(staff_no, deferred, quarter, offsets)
    balance = sum((p.remaining for p in left), ZERO) + deferred
    return DeferralOutcome(clawed, releases, deferred, new_parts, balance)
