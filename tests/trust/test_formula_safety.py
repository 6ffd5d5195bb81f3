"""10,000 hostile strings written through every Excel export never become formulas: no sheet
of any exported file holds a formula element, and every such text cell reads back as text."""
from __future__ import annotations

import io
import random
import re
import zipfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from openpyxl import load_workbook

from ruralperf.domain.results import LimitationReport, LoanLimitation
from ruralperf.io.parse import Problem
from ruralperf.io.problems_xlsx import write_problems_xlsx
from ruralperf.io.reader import RawSheet
from ruralperf.reports.limitation_reports import limitation_xlsx
from ruralperf.reports.summary_xlsx import summary_xlsx
from ruralperf.security import audit
from ruralperf.services.audit_view import AuditFilter
from ruralperf.services.export import ExportColumn, export_view
from ruralperf.domain.periods import Quarter

PREFIXES = ["=", "+", "-", "@", "=cmd|'/c calc'!A0", "=HYPERLINK(\"http://x\",\"y\")",
            "=1+1", "+1", "-2", "@SUM(A1)", "\t=", " =", "＝", "=-", "==", ""]
ALPHABET = "ABCxyz0129 ()!|'\";:,.$%&*张伟李娜王强客户\x07\x1f"
FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def hostile(rng: random.Random, n: int, max_len: int = 40) -> list[str]:
    out = []
    for _ in range(n):
        body = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, max_len)))
        out.append(rng.choice(PREFIXES) + body)
    return out


def assert_no_formulas(data: bytes) -> int:
    """Checks the raw sheets and the cell types; returns the number of text cells seen."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                assert not FORMULA_TAG.search(zf.read(name)), name
    texts = 0
    book = load_workbook(io.BytesIO(data))
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                texts += isinstance(cell.value, str)
    return texts


def test_ten_thousand_hostile_strings_through_every_export(golden_ws, tmp_path):
    rng = random.Random(2025)
    strings = hostile(rng, 10_000)
    chunks = [strings[i::5] for i in range(5)]  # 2,000 strings for each of five exports

    # 1. branch summary: staff names and positions
    golden_ws.compute_pay_run(Quarter(2025, 3))
    stored = golden_ws.stored_pay_run(Quarter(2025, 3))
    model = stored.result.staff[0]
    staff = tuple(replace(model, staff_no=f"S{i:04d}", name=chunks[0][2 * i],
                          position=chunks[0][2 * i + 1]) for i in range(1000))
    stored = replace(stored, result=replace(stored.result, staff=staff))
    assert assert_no_formulas(summary_xlsx(stored, golden_ws.branch)) >= 2000

    # 2. limitation lists: contract and household numbers, manager names
    as_of = date(2025, 9, 30)
    loans = tuple(LoanLimitation(chunks[1][2 * i], chunks[1][2 * i + 1], "E001", "warning",
                                 as_of + timedelta(days=10), 10, None, None)
                  for i in range(1000))
    names = {"E001": chunks[1][0]}
    assert assert_no_formulas(limitation_xlsx(LimitationReport(as_of, loans), names=names)) >= 2000

    # 3. the audit trail: record keys and sources
    from ruralperf.db.engine import write_session

    with write_session(golden_ws.engine) as s:
        audit.append(s, golden_ws.branch_id, "admin", "test",
                     [audit.Change("insert", "households", key, None, {"name": key})
                      for key in chunks[2]])
    out = tmp_path / "audit.xlsx"
    golden_ws.audit_view.export_xlsx(out, AuditFilter(table="households"))
    assert assert_no_formulas(out.read_bytes()) >= 2000

    # 4. a data page's view: household names as imported
    rows = [(1, ("household_no", "name"))]
    # (control characters are refused by the import since issue 14: left out of the names)
    rows += [(i + 2, (f"X{i:05d}", CONTROL.sub("", name)[:100].strip() or "空"))
             for i, name in enumerate(chunks[3])]
    report = golden_ws.import_sheets([RawSheet("households", rows)])
    assert report.ok, [p.message() for p in report.errors[:3]]
    out = tmp_path / "view.xlsx"
    export_view(golden_ws, "households", out,
                [ExportColumn("household_no", "客户号", "text"), ExportColumn("name", "户名", "text")])
    assert assert_no_formulas(out.read_bytes()) >= 2000

    # 5. the list of import problems: values quoted in messages
    problems = [Problem("贷款", i + 2, "贷款金额", "not_a_number", (("value", text),))
                for i, text in enumerate(chunks[4])]
    out = write_problems_xlsx(problems, tmp_path / "problems.xlsx")
    assert assert_no_formulas(Path(out).read_bytes()) >= 2000
