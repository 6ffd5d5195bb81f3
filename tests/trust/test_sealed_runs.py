"""Issue 14.4 (part): an approved run is verified whenever it is read or printed; an edit of
its stored result in the database file is reported, never repaired."""
from __future__ import annotations

import sqlite3

import pytest

from ruralperf.errors import UserError
from ruralperf.domain.periods import Quarter


def _approved(ws):
    ws.compute_pay_run(Quarter(2025, 3))
    ws.approve_pay_run(Quarter(2025, 3), reason="one admin")
    assert ws.approved_run_problems() == []


def test_editing_an_approved_result_is_reported_when_read(approvable_ws, golden_db):
    from ruralperf.cli import main

    ws = approvable_ws
    _approved(ws)
    con = sqlite3.connect(golden_db)
    con.execute("update pay_runs set result_json = replace(result_json, '4652.92', '9652.92')")
    con.commit()
    con.close()
    with pytest.raises(UserError) as exc:
        ws.stored_pay_run(Quarter(2025, 3))
    assert exc.value.code == "run_tampered"
    assert "2025Q3-v1" in exc.value.message("zh_CN") and "改动" in exc.value.message("zh_CN")
    assert ws.approved_run_problems() == [("2025Q3-v1", "result_changed")]
    ws.close()
    assert main(["--db", str(golden_db), "audit", "verify"]) == 1


def test_recomputing_the_content_hash_does_not_help(approvable_ws, golden_db):
    import hashlib

    ws = approvable_ws
    _approved(ws)
    con = sqlite3.connect(golden_db)
    text = con.execute("select result_json from pay_runs").fetchone()[0]
    edited = text.replace("4652.92", "9652.92")
    con.execute("update pay_runs set result_json = ?, content_hash = ?",
                (edited, hashlib.sha256(edited.encode()).hexdigest()))
    con.commit()
    con.close()
    assert ws.approved_run_problems() == [("2025Q3-v1", "result_changed")]


def test_statements_of_a_tampered_run_are_not_printed(approvable_ws, golden_db, tmp_path):
    from ruralperf.cli import main

    ws = approvable_ws
    _approved(ws)
    ws.close()
    con = sqlite3.connect(golden_db)
    con.execute("update pay_runs set inputs_fingerprint = 'x'")
    con.commit()
    con.close()
    assert main(["--db", str(golden_db), "statements", "2025Q3", "--out",
                 str(tmp_path / "out")]) == 1
    assert not list((tmp_path / "out").glob("*.pdf")) if (tmp_path / "out").exists() else True
