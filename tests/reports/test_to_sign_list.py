"""须签收清单 (issue 17): per officer, the loans and guarantees whose signature is due, soonest
first, each officer from a new page; printable as a PDF in the statements' fonts."""
from __future__ import annotations

import subprocess
from datetime import date

from ruralperf.services.demand_notices import sign_lines
from tests.reports.conftest import needs_poppler, pdftotext
from tests.rules.test_guarantees_workspace import _branch
from tests.rules.test_workspace import _import, sheet

AS_OF = date(2025, 9, 1)  # G2's guarantee period ends 2025-09-30 (warning)
EARLY = date(2025, 6, 2)  # 赵六 (G1, E1) and 孙八 (G2, E2): periods end 2025-06-30


def _two_officers(ws) -> None:
    _branch(ws)
    _import(ws, sheet("guarantees", ["contract_no", "guarantor", "id_number", "kind",
                                     "period_months"], ("G2", "孙八", None, "一般保证", "3")))


def test_sign_lines_carry_the_borrower_balance_and_officer(workspace):
    _branch(workspace)
    report = workspace.limitation(AS_OF)
    lines = sign_lines(workspace.engine, workspace.branch_id, report)
    assert [(x.officer, x.contract_no, x.borrower, x.guarantor, x.deadline, x.days_left)
            for x in lines] == [("E2", "G2", "二", "钱七", date(2025, 9, 30), 29)]
    assert sign_lines(workspace.engine, workspace.branch_id, report, officer="E1") == []
    # in June G1's general guarantor (赵六, period to 06-30) is due, for E1
    early = sign_lines(workspace.engine, workspace.branch_id, workspace.limitation(EARLY))
    assert [(x.officer, x.guarantor, x.days_left) for x in early] == [("E1", "赵六", 28)]


@needs_poppler
def test_the_list_prints_one_officer_per_page(workspace, tmp_path):
    _two_officers(workspace)
    path = tmp_path / "to_sign.pdf"
    path.write_bytes(workspace.to_sign_pdf(EARLY))
    text = pdftotext(path, layout=False)
    pages = ["".join(page.split()) for page in text.split("\f")]
    assert "须签收清单" in pages[0] and "信贷员：E1甲" in pages[0] and "赵六（保证人，借款人一）" in pages[0]
    assert "信贷员：E2乙" in pages[1] and "孙八（保证人，借款人二）" in pages[1] and "2025-06-30" in pages[1]
    assert "孙八" not in pages[0]
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "Type 3" not in fonts  # embedded outline fonts, as the statements
    english = tmp_path / "en.pdf"
    english.write_bytes(workspace.to_sign_pdf(EARLY, officer="E2", lang="en"))
    text = " ".join(pdftotext(english, layout=False).split())
    assert "To Be Signed" in text and "孙八 (guarantor of 二)" in text and "E1" not in text
    nothing = tmp_path / "none.pdf"
    nothing.write_bytes(workspace.to_sign_pdf(AS_OF, officer="E1"))
    assert "无" in pdftotext(nothing)


@needs_poppler
def test_the_command_line_writes_the_list_and_the_notices(workspace, tmp_path, capsys):
    """`ruralperf limitation --to-sign-pdf F --officer E2 --notices-pdf G`: the printouts of the
    limitation page from the command line; the JSON on stdout stays clean."""
    import json

    from ruralperf.cli import main

    _two_officers(workspace)
    db = str(workspace.db)
    workspace.close()
    sign, notices = tmp_path / "须签收.pdf", tmp_path / "催收.pdf"
    assert main(["--db", db, "limitation", "--as-of", EARLY.isoformat(), "--json",
                 "--to-sign-pdf", str(sign), "--officer", "E2",
                 "--notices-pdf", str(notices)]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out)["as_of"] == EARLY.isoformat()
    assert f"已生成：{sign}" in out.err and f"已生成：{notices}" in out.err
    text = "".join(pdftotext(sign, layout=False).split())
    assert "信贷员：E2乙" in text and "孙八" in text and "赵六" not in text
    assert "催收通知书" in "".join(pdftotext(notices, layout=False).split())
