"""`MonthPass.states` (the rows as db.month_facts reduces them in SQL) gives the same facts as
`MonthPass.snapshots` on the raw rows, whatever the rows."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ruralperf.domain.entities import NPL_GRADES
from ruralperf.domain.ledger import MonthPass

GRADES = ["normal", "special_mention", "substandard", "doubtful", "loss"]
ROW = st.tuples(st.sampled_from(["C1", "C2", "C3", "C4", "C5", "C6", "X"]),
                st.integers(0, 5), st.sampled_from([0, 0, 0, 3, 91]), st.integers(0, 4),
                st.sampled_from(GRADES))
OWNERS = {"C1": ("E1", "H1"), "C2": ("E1", "H1"), "C3": ("E1", "H2"), "C4": ("E2", "H1"),
          "C5": ("E2", "H3"), "C6": ("E3", "H3")}


def _reduced(rows):
    """What the SQL of db.month_facts.compute selects: the same CASE expressions."""
    for contract, balance, overdue, arrears, grade in rows:
        bad = balance if grade in NPL_GRADES else None
        if balance > 0 or bad is not None:
            yield contract, (None if balance <= 0 else -1 if overdue != 0 else arrears), bad


@settings(max_examples=300, deadline=None)
@given(st.lists(ROW, max_size=30))
def test_states_give_the_facts_snapshots_give(rows):
    raw, reduced = MonthPass(zero=0), MonthPass(zero=0)
    raw.snapshots(rows, OWNERS)
    reduced.states(_reduced(rows), OWNERS)
    assert reduced.facts() == raw.facts()
