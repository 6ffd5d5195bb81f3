"""Guarantees beside loans (issue 17): the loans list's 担保 cell (how many, the worst status of
the guarantee periods, the names), and the 担保 column of every limitation list."""
from __future__ import annotations

import io
from datetime import date

from openpyxl import load_workbook

from ruralperf.cli_text import limitation_table
from ruralperf.domain.results import GuaranteeLimitation
from ruralperf.reports.limitation_reports import limitation_xlsx
from ruralperf.rules.guarantees import severity, soonest_days, worst_status
from ruralperf.services.loan_guarantees import GuaranteeCell, cell_text, guarantee_cells

from .test_guarantees_workspace import _branch

AS_OF = date(2025, 10, 15)


def _g(status, days=None):
    return GuaranteeLimitation(guarantor="x", kind="joint_several",
                               guarantee_end=date(2025, 1, 1), status=status, days_left=days)


def test_worst_status_orders_lost_before_warning_before_running():
    assert worst_status([]) is None
    assert worst_status([_g("secured"), _g("warning", 9), _g("running", 40)]) == "warning"
    assert worst_status([_g("warning", 3), _g("released")]) == "released"
    assert worst_status([_g("closed"), _g("guarantor_lapsed"), _g("released")]) == \
        "guarantor_lapsed"
    assert soonest_days([_g("running", 40), _g("warning", 9), _g("secured")]) == 9
    assert severity("released") < severity("warning") < severity("running") < severity(None)


def test_guarantee_cells_of_a_page_of_loans(workspace):
    _branch(workspace)
    cells = guarantee_cells(workspace.engine, workspace.branch_id, {"G1", "G2", "G3"}, AS_OF)
    assert set(cells) == {"G1", "G2"}  # G3 has no guarantor
    assert cells["G1"] == GuaranteeCell(2, "released", ("王五", "赵六"), None)
    assert cells["G2"].worst == "released" and cells["G2"].guarantors == ("钱七",)
    # before the periods end the cell counts the days left of the soonest one
    early = guarantee_cells(workspace.engine, workspace.branch_id, {"G1", "G2"},
                            date(2025, 4, 15))
    assert early["G1"].worst == "warning" and early["G1"].days_left == 76  # 赵六 to 06-30
    assert early["G2"].worst == "running"  # the loan is not due, its guarantee period runs
    assert cell_text(cells["G1"], {"released": "保证人免责"}.get) == "2 · 保证人免责：王五、赵六"
    assert cell_text(None, str) == "" and cell_text(0, str) == "" and cell_text(3, str) == "3"


def test_loans_list_pages_carry_the_guarantees(workspace):
    _branch(workspace)
    rows, total = workspace.browse.page("loans", sort="guarantees", descending=True)
    assert total == 3
    assert [r["contract_no"] for r in rows] == ["G1", "G2", "G3"]
    g1, g2, g3 = rows
    assert isinstance(g1["guarantees"], GuaranteeCell) and g1["guarantees"].count == 2
    assert g1["guarantees"].worst == "released"  # today, long after 2025
    assert g2["guarantees"].guarantors == ("钱七",) and g3["guarantees"] is None
    bare, _ = workspace.browse.page("loans", guarantees=False)
    assert {r["contract_no"]: r["guarantees"] for r in bare} == {"G1": 2, "G2": 1, "G3": 0}


def test_every_limitation_list_shows_the_guarantees(workspace):
    _branch(workspace)
    report = workspace.limitation(AS_OF)
    text = limitation_table(report, "zh_CN")
    assert "担保" in text.splitlines()[1]
    g1 = next(line for line in text.splitlines() if line.startswith("G1"))
    assert g1.rstrip().endswith("2 · 保证人免责")
    assert "1 · guarantor released" in limitation_table(report, "en")
    book = load_workbook(io.BytesIO(limitation_xlsx(report, days=3650)))
    for sheet in book.worksheets:
        assert [c.value for c in sheet[3]][-1] == "担保"
