"""The audit trail is hash-chained: editing or deleting an entry is detected."""
from __future__ import annotations

import sqlite3

from ruralperf.cli import main
from ruralperf.domain.periods import Quarter


def _entries(ws) -> int:
    return ws.verify_audit().checked


def test_chain_verifies_and_detects_tampering(approvable_ws, golden_db, capsys):
    ws = approvable_ws
    ws.compute_pay_run(Quarter(2025, 3))
    ws.add_user("boss", "secret-1", "admin")
    result = ws.verify_audit()
    assert result.ok and result.checked >= 2
    assert main(["--db", str(golden_db), "audit", "verify"]) == 1  # accounts exist: log in

    con = sqlite3.connect(golden_db)
    con.execute("update audit_log set new_values = replace(new_values, 'admin', 'auditor') "
                "where table_name = 'users'")
    con.commit()
    con.close()
    broken = ws.verify_audit()
    assert not broken.ok and broken.reason == "altered"


def test_deleted_entry_is_detected(approvable_ws, golden_db):
    ws = approvable_ws
    ws.compute_pay_run(Quarter(2025, 3))
    ws.compute_pay_run(Quarter(2025, 3))
    ws.compute_pay_run(Quarter(2025, 3))
    con = sqlite3.connect(golden_db)
    con.execute("delete from audit_log where seq = (select min(seq) + 1 from audit_log)")
    con.commit()
    con.close()
    result = ws.verify_audit()
    assert not result.ok and result.reason == "missing"


def test_cli_audit_verify_exit_codes(approvable_ws, golden_db, monkeypatch):
    approvable_ws.compute_pay_run(Quarter(2025, 3))
    assert main(["--db", str(golden_db), "audit", "verify"]) == 0
    con = sqlite3.connect(golden_db)
    con.execute("update audit_log set user = 'mallory'")
    con.commit()
    con.close()
    assert main(["--db", str(golden_db), "audit", "verify"]) == 1
