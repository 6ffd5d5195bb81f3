"""Money invariants of DOMAIN.md 9 over any sequence of approved quarters (hypothesis), on the
pure rules with an in-memory ledger that applies each quarter's moves as an approval does."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from ruralperf.domain.deferral import CLAWBACK, RELEASE, Clawback, DeferredPart
from ruralperf.domain.money import ZERO
from ruralperf.domain.periods import Quarter
from ruralperf.rules.deferral import claw, defer, schedule
from tests.rules.strategies import money

SETTINGS = settings(max_examples=150, deadline=None)
OFFSETS = st.lists(st.integers(1, 16), min_size=1, max_size=5, unique=True).map(
    lambda xs: tuple(sorted(xs)))
RATES = st.one_of(st.none(), st.integers(0, 100).map(lambda n: Decimal(n) / 100))
QUARTER_INPUT = st.tuples(
    st.integers(1, 3),  # quarters since the previous approved one (gaps: not approved)
    money("-5000", "50000"),  # net before clawback
    st.lists(money("0.01", "30000"), max_size=3),  # clawbacks of the quarter
    RATES, OFFSETS)


def _run(sequence):
    """Approve the quarters one by one; returns (ledger parts, per-quarter outcomes, moves)."""
    ledger: dict[tuple[Quarter, Quarter], DeferredPart] = {}
    outcomes, all_moves = [], []
    quarter, carry = Quarter(2024, 1), ZERO
    for gap, before, amounts, rate, offsets in sequence:
        quarter = quarter.shift(gap)
        clawbacks = [Clawback("E001", date(quarter.year, 3 * quarter.q - 1, 10), a, "r", id=i)
                     for i, a in enumerate(amounts)]
        clawed = claw([p for p in ledger.values() if p.remaining > 0], clawbacks)
        net_before = before - carry - clawed.from_pay
        net, carry = (net_before, ZERO) if net_before >= 0 else (ZERO, -net_before)
        outcome = defer("E001", quarter, net, rate, offsets, clawed)
        for move in outcome.moves:  # what the approval stores
            part = ledger[(move.origin, move.due)]
            ledger[part.key] = replace(
                part, released=part.released + (move.amount if move.kind == RELEASE else 0),
                clawed_back=part.clawed_back + (move.amount if move.kind == CLAWBACK else 0))
            all_moves.append((quarter, move))
        for part in outcome.new_parts:
            assert part.key not in ledger
            ledger[part.key] = part
        outcomes.append((net, outcome))
    return ledger, outcomes, all_moves


@SETTINGS
@given(st.lists(QUARTER_INPUT, min_size=1, max_size=14))
def test_deferred_equals_released_plus_clawed_plus_balance(sequence):
    ledger, outcomes, _ = _run(sequence)
    deferred = sum((o.deferred for _, o in outcomes), ZERO)
    released = sum((o.released for _, o in outcomes), ZERO)
    clawed = sum((o.clawed.total - o.clawed.from_pay for _, o in outcomes), ZERO)
    balance = outcomes[-1][1].balance
    assert deferred == released + clawed + balance
    assert balance == sum((p.remaining for p in ledger.values()), ZERO)
    for net, o in outcomes:
        assert o.deferred == sum((p.amount for p in o.new_parts), ZERO)
        assert net - o.deferred + o.released >= 0  # paid is never negative
        assert all(x.amount == x.from_deferral + x.from_pay for x in o.clawed.lines)


@SETTINGS
@given(st.lists(QUARTER_INPUT, min_size=1, max_size=14))
def test_a_clawback_never_takes_a_part_twice(sequence):
    ledger, _, moves = _run(sequence)
    for part in ledger.values():
        assert ZERO <= part.remaining <= part.amount
        assert part.amount > 0
    for quarter, move in moves:
        assert move.amount > 0
        assert move.origin < quarter  # only earlier quarters' parts move
    released = {(m.origin, m.due) for q, m in moves if m.kind == RELEASE}
    assert len(released) == len([m for _, m in moves if m.kind == RELEASE])  # once each
    for quarter, move in moves:  # nothing is taken from a part after it was released
        if move.kind == CLAWBACK:
            assert not any((m.origin, m.due) == (move.origin, move.due) and q < quarter
                           for q, m in moves if m.kind == RELEASE)


@SETTINGS
@given(money("0.01", "999999"), OFFSETS)
def test_parts_add_up_to_the_deferred_amount(amount, offsets):
    parts = schedule("E001", amount, Quarter(2025, 1), offsets)
    assert sum((p.amount for p in parts), ZERO) == amount
    assert all(p.amount > 0 for p in parts)
    dues = [Quarter(2025, 1).shift(o) for o in offsets]
    assert [p.due for p in parts] == [d for d in dues if d in {p.due for p in parts}]
    if amount >= len(offsets) * Decimal("0.01"):  # the rule book's rule exactly
        each = (amount / len(offsets)).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
        rest = amount - (len(offsets) - 1) * each
        if rest > 0:
            assert [p.amount for p in parts] == [each] * (len(offsets) - 1) + [rest]
        elif rest == 0:  # the last part would be 0.00 and is not kept
            assert [p.amount for p in parts] == [each] * (len(offsets) - 1)


def test_a_few_fen_in_many_parts_never_make_a_negative_part():
    parts = schedule("E001", Decimal("0.11"), Quarter(2025, 1), (1, 2, 3, 4, 5, 6, 7))
    assert [p.amount for p in parts] == [Decimal("0.02")] * 5 + [Decimal("0.01")]
    assert [p.amount for p in schedule("E001", Decimal("0.01"), Quarter(2025, 1), (4, 8, 12))] \
        == [Decimal("0.01")]
