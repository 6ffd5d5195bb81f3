"""The parameter tracer (domain.trace): a traced scheme records each read once, typed, and
changes neither the values nor the inputs' fingerprint."""
from __future__ import annotations

from datetime import date

from ruralperf.domain.entities import ParameterValue
from ruralperf.domain.parameters import BUILTIN_FROM, ParameterBook
from ruralperf.services.fingerprint import fingerprint
from ruralperf.rules.engine import compute_pay_run

from .builders import inputs


def test_a_traced_scheme_records_what_is_read():
    book = ParameterBook([ParameterValue("composite.floating_twice", "是", date(2025, 1, 1))])
    scheme = book.at(date(2025, 9, 30))
    assert scheme.trace() is None
    traced = scheme.traced()
    assert traced.traced() is traced and (traced.values, traced.raw) == (scheme.values, scheme.raw)
    assert traced["composite.floating_twice"] is True and traced["interest.rate"] is not None
    used = traced.trace().uses()
    assert list(used) == ["composite.floating_twice", "interest.rate"]
    assert used["composite.floating_twice"].text == "是"
    assert used["composite.floating_twice"].since == date(2025, 1, 1)
    assert used["interest.rate"].since == BUILTIN_FROM


def test_tracing_leaves_the_fingerprint_alone():
    plain = inputs(params={"floating.base_monthly": "1000.00"})
    before = fingerprint(plain)
    traced = inputs(params={"floating.base_monthly": "1000.00"})
    traced.scheme = traced.scheme.traced()
    traced.scheme["floating.base_monthly"]
    assert fingerprint(traced) == before


def test_the_engine_returns_its_record():
    result = compute_pay_run(inputs(params={"floating.base_monthly": "1000.00"}))
    assert result.used("floating.base_monthly") == 1000
    assert result.parameters_used["floating.base_monthly"].text == "1000.00"
