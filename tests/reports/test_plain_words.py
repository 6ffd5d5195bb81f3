"""Every yuan traceable, in words: the statement says what the completion rate did to each
component, works out the cap reduction, and carries no technical text (function names,
parameter syntax, rule numbers) on paper."""
from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from ruralperf.domain.money import ZERO, money_display
from ruralperf.domain.results import OUTSIDE_CAP
from ruralperf.reports.statement_pdf import statements_pdf
from tests.reports.conftest import needs_poppler, pdftotext

BRANCH = ("0001", "本网点")
TECHNICAL = re.compile(r"min\(|max\(|tier\(|档次\(|规则\s*\d|rule \d|\d:\d+;|\bp\)|"
                       r"≥ committee tier|[a-z]+\.[a-z_]+")


def _text(run, tmp_path, lang):
    path = tmp_path / f"all_{lang}.pdf"
    path.write_bytes(statements_pdf(run, BRANCH, lang))
    return pdftotext(path)


@needs_poppler
def test_no_technical_text_on_any_statement(approved_run, tmp_path):
    for lang in ("zh_CN", "en"):
        text = _text(approved_run, tmp_path, lang)
        found = sorted({m.group(0) for m in TECHNICAL.finditer(text)})
        assert not found, (lang, found)


def _capped(run):
    """The run with E003 under a monthly cap of 800.00 (the golden branch has no capped staff
    member under the second edition, whose cap is monthly)."""
    staff = []
    for s in run.result.staff:
        if s.staff_no == "E003":
            in_cap = sum((v for k, v in s.assessed.items() if k not in OUTSIDE_CAP), ZERO)
            cut = in_cap - 3 * Decimal("800.00")
            s = dataclasses.replace(s, cap=Decimal("800.00"), cap_reduction=cut,
                                    gross=s.gross - cut, net=s.net - cut)
        staff.append(s)
    return dataclasses.replace(run, result=dataclasses.replace(run.result, staff=tuple(staff)))


@needs_poppler
def test_cap_reduction_worked_and_p_effect_per_component(approved_run, tmp_path):
    approved_run = _capped(approved_run)
    text = re.sub(r"\s+", " ", _text(approved_run, tmp_path, "zh_CN"))
    capped = [s for s in approved_run.result.staff if s.cap_reduction]
    assert capped
    for s in capped:
        in_cap = sum((v for k, v in s.assessed.items() if k not in OUTSIDE_CAP), ZERO)
        assert (f"计入限额的合计 {money_display(in_cap)} − 每月最高限额 {money_display(s.cap)} × 3 = "
                f"{money_display(s.cap_reduction)}") in text
    for s in approved_run.result.staff:
        for key, base in s.base.items():
            lost = base - s.assessed.get(key, ZERO)
            if lost > 0:
                assert f"按完成率折算少计 {money_display(lost)}" in text, (s.staff_no, key)
