"""Issue 15.2: statements and explanations print the parameters the engine used (its record,
domain.trace), not the entered text parsed again; stored runs carry a format and load through
io.stored_run, old ones (no format) as before."""
from __future__ import annotations

import json
import re
from datetime import date

import pytest

from ruralperf.domain.money import ratio_percent, round2
from ruralperf.io import stored_run
from ruralperf.io.reader import RawSheet
from ruralperf.reports.statement_pdf import statement_pdf
from ruralperf.domain.periods import Quarter
from tests.reports.conftest import needs_poppler, pdftotext


def _text(tmp_path, data: bytes) -> str:
    path = tmp_path / "s.pdf"
    path.write_bytes(data)
    return re.sub(r"[ \t]+", " ", pdftotext(path))


@pytest.fixture
def twice_run(golden_ws):
    """The golden quarter with `composite.floating_twice = 是` (accepted by the import)."""
    sheet = RawSheet("parameters", [(1, ("key", "value", "effective_from")),
                                    (2, ("composite.floating_twice", "是", date(2025, 1, 1)))])
    assert golden_ws.import_sheets([sheet]).ok
    golden_ws.compute_pay_run(Quarter(2025, 3))
    return golden_ws.stored_pay_run(Quarter(2025, 3))


def _staff_below_one(run):
    """A staff member paid below full completion, where applying p twice shows."""
    return next(s for s in run.result.staff if 0 < s.p < 1 and s.base["floating"])


@needs_poppler
def test_statement_of_a_floating_twice_run_prints_the_factor_used(twice_run, tmp_path):
    result = twice_run.result
    assert result.parameters["composite.floating_twice"] == "是"
    assert result.used("composite.floating_twice") is True
    s = _staff_below_one(twice_run)
    factor = min(s.p, result.used("floating.completion_cap"))
    assert s.assessed["floating"] == round2(s.base["floating"] * factor * s.p)
    text = _text(tmp_path, statement_pdf(twice_run, s.staff_no, ("0001", "本网点")))
    assert f"{ratio_percent(factor)} × {ratio_percent(s.p)}" in text
    assert "按完成率折算两次" in text


def test_the_record_names_each_parameter_read_with_its_value_and_date(twice_run):
    used = twice_run.result.parameters_used
    twice = used["composite.floating_twice"]
    assert (twice.value, twice.text, twice.since) == (True, "是", date(2025, 1, 1))
    assert used["deferral.instalments"].value == (4, 8, 12)
    tiers = used["sol.reward_tiers"].value
    assert tiers[0][0] == 0 and tiers[-1][1] is None  # read, typed, and kept typed
    # read by the loading (handover rule) as well as by the rules
    assert "handover.follows_loans" in used and "maintenance.max_arrears_months" in used
    # a key in force that no rule of the pay run reads is not in the record
    assert "limitation.warn_days" in twice_run.result.parameters
    assert "limitation.warn_days" not in used


def test_stored_run_round_trip_keeps_the_record(twice_run):
    text = stored_run.dumps(twice_run.result)
    assert json.loads(text)["format"] == stored_run.FORMAT
    again = stored_run.loads(text)
    assert again.parameters_used == twice_run.result.parameters_used
    assert stored_run.dumps(again) == text


def test_a_newer_format_is_refused(twice_run):
    document = json.loads(stored_run.dumps(twice_run.result))
    document["format"] = stored_run.FORMAT + 1
    with pytest.raises(ValueError):
        stored_run.loads(json.dumps(document))


@needs_poppler
def test_a_run_stored_without_a_format_loads_and_prints_as_before(golden_run, tmp_path):
    document = json.loads(stored_run.dumps(golden_run.result))
    del document["format"], document["parameters_used"]  # as stored before issue 15
    old = stored_run.loads(json.dumps(document, ensure_ascii=False))
    assert old.used("floating.completion_cap") == golden_run.result.used("floating.completion_cap")
    assert old.parameters_used["composite.floating_twice"].since is None
    from dataclasses import replace

    old_run = replace(golden_run, result=old)
    for s in golden_run.result.staff:
        assert _text(tmp_path, statement_pdf(old_run, s.staff_no, ("0001", "本网点"))) == \
            _text(tmp_path, statement_pdf(golden_run, s.staff_no, ("0001", "本网点")))


def test_explanation_shows_p_applied_twice(twice_run):
    from ui.widgets.amounts import ratio_text
    from ui.workflow.explain import explain

    s = _staff_below_one(twice_run)
    factors = [(k, v) for k, v in explain(twice_run.result, s, "floating").summary
               if k.startswith("×")]
    cap = twice_run.result.used("floating.completion_cap")
    assert [v for _, v in factors] == [ratio_text(min(s.p, cap)), ratio_text(s.p)]
