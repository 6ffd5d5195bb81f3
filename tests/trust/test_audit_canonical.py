"""The audit trail's stored JSON is built by hand for speed (`audit.canonical`); it must be the
very text `json.dumps(sort_keys=True)` gives, since old entries were hashed over that text."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from ruralperf.security.audit import _json_canonical, canonical

VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-10**20, 10**20), st.text(max_size=12),
    st.decimals(allow_nan=False, allow_infinity=False, places=4),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.dates(), st.datetimes(), st.floats(allow_nan=False),
    st.lists(st.integers(), max_size=3))
KEYS = st.text(min_size=1, max_size=10)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(KEYS, VALUES, max_size=8))
def test_the_fast_text_is_the_json_text(values):
    assert canonical(values) == _json_canonical(values)


def test_examples():
    row = {"contract_no": "C001", "month": "2025-10", "balance": Decimal("80000.00"),
           "overdue_days": 0, "grade": "正常", "increment": None, "on": date(2025, 7, 1),
           "at": datetime(2025, 7, 1, 8, 30), "flag": True, "quote": 'a"b\\c\n'}
    assert canonical(row) == _json_canonical(row)
    assert canonical(None) is None
    assert canonical({}) == "{}"
    assert canonical({1: "a", 2: "b"}) == _json_canonical({1: "a", 2: "b"})
