"""The summary a payroll office signs: a 签收 column per staff member, a subtotal on every page
of a long summary, the total in capital numerals."""
from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from ruralperf.domain.money import ZERO, money_display
from ruralperf.reports.cn_amount import cn_capital
from ruralperf.reports.summary_pdf import ROWS_PER_PAGE, summary_pdf
from tests.reports.conftest import needs_poppler, pdftotext

BRANCH = ("0001", "本网点")


def _many(run, n: int):
    model = run.result.staff
    staff = tuple(dataclasses.replace(model[i % len(model)], staff_no=f"S{i:03d}")
                  for i in range(n))
    return dataclasses.replace(run, result=dataclasses.replace(run.result, staff=staff))


def _amounts(text: str) -> list[Decimal]:
    return [Decimal(x.replace(",", "")) for x in re.findall(r"-?\d[\d,]*\.\d\d", text)]


@needs_poppler
def test_long_summary_has_page_subtotals_signature_column_and_total_in_words(approved_run,
                                                                           tmp_path):
    run = _many(approved_run, ROWS_PER_PAGE * 2 + 5)
    path = tmp_path / "summary.pdf"
    path.write_bytes(summary_pdf(run, BRANCH))
    pages = pdftotext(path).split("\f")[:-1]
    assert len(pages) >= 3
    net_total = sum((s.net for s in run.result.staff), ZERO)
    subtotal_nets = []
    for n, page in enumerate(pages[:3]):
        assert "签收" in page, n
        lines = [x for x in page.splitlines() if "本页小计" in x]
        assert len(lines) == 1, n
        on_page = [s for s in run.result.staff if re.search(rf"\b{s.staff_no}\b", page)]
        net = sum((s.net for s in on_page), ZERO)
        assert money_display(net) in lines[0]
        subtotal_nets.append(net)
    assert sum(subtotal_nets, ZERO) == net_total
    flat = re.sub(r"\s+", "", "".join(pages))
    assert f"实发合计（大写）：人民币{cn_capital(net_total)}" in flat
    assert money_display(net_total) in flat


@needs_poppler
def test_short_summary_has_no_page_subtotal(approved_run, tmp_path):
    path = tmp_path / "summary.pdf"
    path.write_bytes(summary_pdf(approved_run, BRANCH))
    text = pdftotext(path)
    assert "签收" in text and "本页小计" not in text and "实发合计（大写）" in text
