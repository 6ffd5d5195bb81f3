"""Branch summary (PDF and .xlsx) against the statements and `payrun --json`, to the fen."""
from __future__ import annotations

import io
import json
import re
from decimal import Decimal

from openpyxl import load_workbook

from ruralperf.cli import main
from ruralperf.domain.results import ALL_KEYS
from ruralperf.reports.statement_pdf import statement_pdf
from ruralperf.reports.summary_data import MONEY_KEYS, money_totals
from ruralperf.reports.summary_pdf import summary_pdf
from ruralperf.reports.summary_xlsx import HEADER_ROW, summary_xlsx
from ruralperf.domain.periods import Quarter
from tests.reports.conftest import needs_poppler, pdftotext

BRANCH = ("0001", "本网点")
AMOUNT = re.compile(r"(?<![\d.])-?\d{1,3}(?:,\d{3})*\.\d{2}(?!\d)")


def _amounts(text: str) -> list[Decimal]:
    return [Decimal(x.replace(",", "")) for x in AMOUNT.findall(text)]


def _cell_decimal(value) -> Decimal:
    """A number read back from .xlsx (openpyxl gives int/float) as the exact decimal written."""
    return Decimal(repr(value)).quantize(Decimal("0.01")) if value is not None else None


@needs_poppler
def test_summary_totals_equal_the_statements(approved_run, tmp_path):
    nets = []
    for s in approved_run.result.staff:
        path = tmp_path / f"{s.staff_no}.pdf"
        path.write_bytes(statement_pdf(approved_run, s.staff_no, BRANCH))
        found = re.search(r"¥(-?[\d,]+\.\d\d)", pdftotext(path))
        nets.append(Decimal(found.group(1).replace(",", "")))
    path = tmp_path / "summary.pdf"
    path.write_bytes(summary_pdf(approved_run, BRANCH))
    text = pdftotext(path)
    total_line = next(line for line in text.splitlines() if line.strip().startswith("合计"))
    totals = _amounts(total_line)
    assert len(totals) == len(MONEY_KEYS)
    assert totals[MONEY_KEYS.index("net")] == sum(nets) == Decimal("10752.23")
    assert totals == money_totals(approved_run.result.staff)
    for s in approved_run.result.staff:  # every staff row as in the run
        line = next(line for line in text.splitlines() if line.strip().startswith(s.staff_no))
        assert s.name in line
        assert _amounts(line)[-len(MONEY_KEYS):] == [
            *(s.assessed[k] for k in ALL_KEYS), s.cap_reduction, s.gross, s.sol_penalty,
            s.carried_in, s.adjustments, s.net, s.carry_to_next]


@needs_poppler
def test_summary_extremes_fit(extreme_run, tmp_path):
    path = tmp_path / "x.pdf"
    path.write_bytes(summary_pdf(extreme_run, BRANCH))
    text = pdftotext(path)
    line = next(line for line in text.splitlines() if line.strip().startswith("E999"))
    assert "欧阳慕容长青" in line
    big = Decimal("12345678.90")
    completion, *amounts = _amounts(line)  # p first, as a percentage (100.82%)
    assert f"{completion}%" in line
    assert amounts == [big] * 11 + [big * 10, big, big, -big, Decimal("98765432.10"), big]
    total_line = next(line for line in text.splitlines() if line.strip().startswith("合计"))
    assert _amounts(total_line) == money_totals(extreme_run.result.staff)


def test_xlsx_matches_payrun_json(golden_db, tmp_path, capsys):
    assert main(["--db", str(golden_db), "payrun", "2025Q3", "--json"]) == 0
    expected = {s["staff_no"]: s for s in json.loads(capsys.readouterr().out)["staff"]}
    from ruralperf.workspace import Workspace

    with Workspace.open(golden_db) as ws:
        run = ws.stored_pay_run(Quarter(2025, 3))
        data = summary_xlsx(run, ws.branch)
    wb = load_workbook(io.BytesIO(data))
    sheet = wb.worksheets[0]
    assert sheet.freeze_panes == f"C{HEADER_ROW + 1}"
    header = [c.value for c in sheet[HEADER_ROW]]
    rows = list(sheet.iter_rows(min_row=HEADER_ROW + 1))
    body, total = rows[:-1], rows[-1]
    assert [r[0].value for r in body] == sorted(expected)
    offset = header.index("浮动工资")
    for row in body:
        exp = expected[row[0].value]
        assert row[1].value == exp["name"]
        assert Decimal(repr(row[3].value)).quantize(Decimal("0.0001")) == Decimal(exp["p"])
        got = [_cell_decimal(c.value) for c in row[offset:offset + len(MONEY_KEYS)]]
        want = [Decimal(exp["assessed"][k]) for k in ALL_KEYS] + \
            [Decimal(exp[k]) for k in MONEY_KEYS[len(ALL_KEYS):]]
        assert got == want
        assert row[offset].number_format.startswith("#,##0.00")
    sums = [sum((Decimal(expected[n]["assessed"][k]) for n in expected), Decimal(0))
            for k in ALL_KEYS] + [sum((Decimal(expected[n][k]) for n in expected), Decimal(0))
                                  for k in MONEY_KEYS[len(ALL_KEYS):]]
    assert [_cell_decimal(c.value) for c in total[offset:offset + len(MONEY_KEYS)]] == sums
    assert str(total[0].value).startswith("合计")

    bases = wb.worksheets[2]
    base_header = [c.value for c in bases[1]]
    for row in bases.iter_rows(min_row=2):
        exp = expected[row[0].value]
        for k, name in zip(ALL_KEYS, base_header[-len(ALL_KEYS):]):
            assert _cell_decimal(row[base_header.index(name)].value) == Decimal(exp["base"][k])

    details = wb.worksheets[1]
    assert details.freeze_panes == "C2"
    lines = list(details.iter_rows(min_row=2, values_only=True))
    by_component: dict[tuple[str, str], Decimal] = {}
    for staff_no, _name, _label, key, *_rest, amount, _flag in lines:
        by_component[(staff_no, key)] = by_component.get((staff_no, key), Decimal(0)) + \
            _cell_decimal(amount)
    for staff_no, exp in expected.items():  # the detail lines add up to each base
        for k in ALL_KEYS:
            assert by_component.get((staff_no, k), Decimal("0.00")) == Decimal(exp["base"][k])
        assert by_component.get((staff_no, "sol_penalty"), Decimal("0.00")) == \
            Decimal(exp["sol_penalty"])
        assert by_component.get((staff_no, "adjustment"), Decimal("0.00")) == \
            Decimal(exp["adjustments"])


def test_xlsx_text_is_never_a_formula(extreme_run):
    wb = load_workbook(io.BytesIO(summary_xlsx(extreme_run, BRANCH, "en")))
    reasons = [c for row in wb.worksheets[1].iter_rows() for c in row
               if isinstance(c.value, str) and c.value.startswith("=")]
    assert reasons, "the synthetic '=HYPERLINK' reason and '= reward to' formula are exported"
    for cell in reasons:
        assert cell.data_type == "s" and cell.quotePrefix
