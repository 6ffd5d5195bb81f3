"""`ruralperf verify CODE`: which run, version, staff member and amount a printed code belongs
to, and whether the run is still the approved one; draft and approved copies differ."""
from __future__ import annotations

import dataclasses

from ruralperf.cli import main
from ruralperf.reports.verification import describe_match, run_statement_code, summary_code
from ruralperf.domain.periods import Quarter


def _codes(ws, staff_no="E002"):
    run = ws.stored_pay_run(Quarter(2025, 3))
    return run, run_statement_code(run, ws.branch[0], run.result.for_staff(staff_no))


def test_draft_and_approved_copies_carry_different_codes(approvable_ws):
    approvable_ws.compute_pay_run(Quarter(2025, 3))
    draft, draft_code = _codes(approvable_ws)
    approvable_ws.approve_pay_run(Quarter(2025, 3), reason="本网点仅一名管理员")
    approved, approved_code = _codes(approvable_ws)
    assert draft.label == approved.label and draft_code != approved_code
    match = approvable_ws.verify_code(draft_code)
    assert match.staff.staff_no == "E002" and not match.approved_copy and not match.valid
    text = "\n".join(describe_match(draft_code, match, "zh_CN"))
    assert "2025Q3-v1" in text and "E002" in text and "草稿件" in text
    assert f"¥{match.staff.net:,.2f}" in text
    match = approvable_ws.verify_code(approved_code.lower().replace("-", " "))
    assert match.approved_copy and match.valid
    assert "有效" in describe_match(approved_code, match, "zh_CN")[-1]
    # reopened: the approved copy of v1 is no longer valid, v2 is the quarter's run now
    approvable_ws.reopen_pay_run(Quarter(2025, 3), "更正存款日均")
    match = approvable_ws.verify_code(approved_code)
    assert match.run.label == "2025Q3-v1" and not match.valid
    assert match.newest_label == "2025Q3-v2"
    assert "已失效" in describe_match(approved_code, match, "zh_CN")[-1]
    assert "no longer valid" in describe_match(approved_code, match, "en")[-1]


def test_a_summary_code_and_an_unknown_code(approvable_ws):
    approvable_ws.compute_pay_run(Quarter(2025, 3))
    run = approvable_ws.stored_pay_run(Quarter(2025, 3))
    codes = [run_statement_code(run, approvable_ws.branch[0], s) for s in run.result.staff]
    code = summary_code(run.label, approvable_ws.branch[0], (), codes)
    match = approvable_ws.verify_code(code)
    assert match is not None and match.staff is None
    assert "汇总表" in describe_match(code, match, "zh_CN")[0]
    assert approvable_ws.verify_code("AAAA-BBBB") is None
    changed = dataclasses.replace(run.result.for_staff("E002"), net=run.result.for_staff(
        "E002").net + 1)
    assert approvable_ws.verify_code(run_statement_code(run, "0001", changed)) is None


def test_the_verify_command(approvable_ws, capsys):
    approvable_ws.compute_pay_run(Quarter(2025, 3))
    run, code = _codes(approvable_ws, "E001")
    path = str(approvable_ws.path)
    approvable_ws.close()
    assert main(["--db", path, "verify", code]) == 0
    out = capsys.readouterr().out
    assert "2025Q3-v1" in out and "E001" in out and "尚未审批" in out
    assert main(["--db", path, "verify", "ZZZZ-2222"]) == 1
    assert "没有找到校验码 ZZZZ-2222" in capsys.readouterr().err
