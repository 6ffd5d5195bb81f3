"""Issue 14.2: a run carries the fingerprint of its inputs; submit and approve refuse a run
whose inputs changed since it was computed."""
from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest

from ruralperf.errors import UserError
from ruralperf.services.records import raw_sheet
from ruralperf.domain.periods import Quarter


def _adjust(ws, amount="50000"):
    report = ws.import_sheets([raw_sheet("adjustments", [
        {"staff_no": "E001", "quarter": "2025Q3", "amount": Decimal(amount), "reason": "奖励"}])])
    assert report.ok


def test_approve_refuses_a_run_whose_inputs_changed(approvable_ws):
    ws = approvable_ws
    before = ws.compute_pay_run(Quarter(2025, 3)).for_staff("E001").net
    _adjust(ws)
    with pytest.raises(UserError) as exc:
        ws.approve_pay_run(Quarter(2025, 3), reason="one admin")
    assert exc.value.code == "inputs_changed"
    assert "数据已变化，请重新核算" in exc.value.message("zh_CN")
    ws.compute_pay_run(Quarter(2025, 3))
    ws.approve_pay_run(Quarter(2025, 3), reason="one admin")
    assert ws.stored_pay_run(Quarter(2025, 3)).result.for_staff("E001").net > before


def test_submit_refuses_a_run_whose_inputs_changed(approvable_ws):
    ws = approvable_ws
    ws.compute_pay_run(Quarter(2025, 3))
    ws.records.save("targets", {"staff_no": "E001", "quarter": "2025Q3", "interest": "1",
                                "deposit": "1", "npl": "0", "intermediate": 1,
                                "quality": 100},
                    row_id=ws.browse.find("targets", staff_no="E001", quarter="2025Q3")["id"])
    with pytest.raises(UserError) as exc:
        ws.submit_pay_run(Quarter(2025, 3))
    assert exc.value.code == "inputs_changed"


def test_submitted_then_changed_is_refused_at_approval(approvable_ws):
    ws = approvable_ws
    ws.compute_pay_run(Quarter(2025, 3))
    ws.submit_pay_run(Quarter(2025, 3))
    _adjust(ws, "1")
    with pytest.raises(UserError) as exc:
        ws.approve_pay_run(Quarter(2025, 3), reason="one admin")
    assert exc.value.code == "inputs_changed"


def test_unchanged_inputs_approve(approvable_ws):
    ws = approvable_ws
    ws.compute_pay_run(Quarter(2025, 3))
    ws.submit_pay_run(Quarter(2025, 3))
    ws.approve_pay_run(Quarter(2025, 3), reason="one admin")
    assert ws.stored_pay_run(Quarter(2025, 3)).status == "approved"


def test_fingerprint_is_the_same_in_another_process(approvable_ws, golden_db):
    """Independent of Python's hash seed (sets of households are sorted)."""
    code = ("import sys; from ruralperf.workspace import Workspace; "
            "from ruralperf.services import computing; from ruralperf.domain.periods import Quarter; "
            "ws = Workspace.open(sys.argv[1]); "
            "print(computing.compute_with_fingerprint(ws.engine, ws.branch_id, "
            "Quarter.parse('2025Q3'))[1]); ws.close()")
    prints = {subprocess.run([sys.executable, "-c", code, str(golden_db)], check=True,
                             capture_output=True, text=True,
                             env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin",
                                  "PYTHONPATH": ":".join(sys.path)}).stdout.strip()
              for seed in ("1", "2")}
    assert len(prints) == 1 and len(next(iter(prints))) == 64
