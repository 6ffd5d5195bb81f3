"""Deferred pay and clawbacks as values (DOMAIN.md 9): the parts a quarter defers, what later
quarters release or claw back from them, and the clawback records.

A part is identified by (staff, origin quarter, due quarter): a quarter defers at most one part
per due quarter. Quarters are `Quarter` values, ordered in time.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ruralperf.domain.money import ZERO
from ruralperf.domain.periods import Quarter

RELEASE, CLAWBACK = "release", "clawback"


@dataclass(frozen=True)
class DeferredPart:
    """One scheduled part of a quarter's deferred pay, with what has happened to it so far."""

    staff_no: str
    origin: Quarter  # the quarter that deferred it
    due: Quarter  # the quarter it is released in
    amount: Decimal
    released: Decimal = ZERO
    clawed_back: Decimal = ZERO

    @property
    def key(self) -> tuple[Quarter, Quarter]:
        return (self.origin, self.due)

    @property
    def remaining(self) -> Decimal:
        return self.amount - self.released - self.clawed_back


@dataclass(frozen=True)
class PartMove:
    """What one pay run did to one part: released or clawed back `amount` of it."""

    origin: Quarter
    due: Quarter
    kind: str  # RELEASE | CLAWBACK
    amount: Decimal


@dataclass(frozen=True)
class Clawback:
    """A clawback record (sheet 追索扣回): taken back in the pay run of the quarter of `date`."""

    staff_no: str
    date: date
    amount: Decimal
    reason: str
    contracts: tuple[str, ...] = ()
    id: int = 0  # the record's id: orders clawbacks of the same day


@dataclass(frozen=True)
class ClawbackLine:
    """A clawback as applied: how much the deferred balance covered and how much came from pay."""

    date: date
    amount: Decimal
    reason: str
    contracts: tuple[str, ...]
    from_deferral: Decimal
    from_pay: Decimal


def split_contracts(text: str | None) -> tuple[str, ...]:
    """`C1、C2, C3;C4` -> ("C1", "C2", "C3", "C4") (WORKBOOK.md 追索扣回 合同号)."""
    if not text:
        return ()
    for sep in ("、", "，", "；", ";"):
        text = text.replace(sep, ",")
    return tuple(dict.fromkeys(p.strip() for p in text.split(",") if p.strip()))


def join_contracts(contracts: tuple[str, ...]) -> str:
    return "、".join(contracts)
