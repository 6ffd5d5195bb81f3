"""Property tests of the handover rule (DOMAIN.md 2, issue 16): a loan handed over and back
within a quarter changes nothing, and the branch's total NPL decrease does not depend on who
manages what."""
from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings, strategies as st

from ruralperf.domain.money import ZERO
from ruralperf.rules.engine import compute_pay_run

from .builders import Q3, inputs, loan, snap, staff

STAFF = ["E1", "E2", "E3"]
GRADES = ["normal", "normal", "special_mention", "substandard", "doubtful", "loss"]
NPL = {"substandard", "doubtful", "loss"}
QUARTER_DAYS = (Q3.end_date - Q3.start).days


@st.composite
def branch(draw):
    n = draw(st.integers(1, 6))
    loans, snaps, moves = [], [], {}
    for i in range(n):
        contract = f"C{i}"
        loans.append(loan(contract, f"H{draw(st.integers(0, 3))}", disbursed="2024-01-10",
                          maturity="2027-01-10", manager=draw(st.sampled_from(STAFF))))
        for month in ("2025-06", "2025-09"):
            if draw(st.booleans()):
                snaps.append(snap(contract, month, balance=f"{draw(st.integers(0, 9000))}.00",
                                  overdue=draw(st.sampled_from([0, 0, 30])),
                                  arrears=draw(st.integers(0, 4)),
                                  grade=draw(st.sampled_from(GRADES))))
        if draw(st.booleans()):
            day = Q3.start + timedelta(days=draw(st.integers(0, QUARTER_DAYS)))
            moves[contract] = [(day, draw(st.sampled_from(STAFF)))]
    return loans, snaps, moves


def _run(loans, snaps, moves, follows="true"):
    return compute_pay_run(inputs(staff_list=[staff(s) for s in STAFF], loans=loans,
                                  snapshots=snaps, reassignments=moves,
                                  params={"handover.follows_loans": follows}))


def _handover_parts(result):
    return {s.staff_no: (s.base["maintenance"], s.indicators["npl"].actual) for s in result.staff}


@settings(max_examples=150, deadline=None)
@given(branch(), st.data())
def test_a_loan_handed_over_and_back_within_the_quarter_changes_nothing(b, data):
    loans, snaps, moves = b
    target = data.draw(st.sampled_from(loans))
    there = data.draw(st.integers(1, QUARTER_DAYS - 1))
    back = data.draw(st.integers(there + 1, QUARTER_DAYS))
    before = _run(loans, snaps, moves)
    history = sorted(moves.get(target.contract_no, []))
    owner = history[-1][1] if history else target.manager_no
    last = history[-1][0] if history else Q3.start - timedelta(days=1)
    start = max(last, Q3.start - timedelta(days=1))
    away = data.draw(st.sampled_from([s for s in STAFF if s != owner]))
    there_day = start + timedelta(days=there)
    back_day = start + timedelta(days=back)
    if back_day > Q3.end_date:
        return  # no room left in the quarter after the loan's last move
    moved = {**moves, target.contract_no: [*history, (there_day, away), (back_day, owner)]}
    assert _handover_parts(_run(loans, snaps, moved)) == _handover_parts(before)


def _npl(snaps, month):
    return sum((s.balance for s in snaps if str(s.month) == month and s.grade in NPL), ZERO)


@settings(max_examples=150, deadline=None)
@given(branch(), st.sampled_from(["true", "false"]))
def test_the_branch_total_npl_decrease_does_not_depend_on_who_manages_what(b, follows):
    loans, snaps, moves = b
    result = _run(loans, snaps, moves, follows)
    total = sum((s.indicators["npl"].actual for s in result.staff), ZERO)
    assert total == _npl(snaps, "2025-06") - _npl(snaps, "2025-09")
    nobody_moved = _run(loans, snaps, {}, follows)
    assert total == sum((s.indicators["npl"].actual for s in nobody_moved.staff), ZERO)
