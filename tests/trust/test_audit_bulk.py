"""Issue 22: a month's ledger is audited as one entry per range of keys, hash-chained like any
other entry, and the audit trail still says who inserted a row, when and from which file."""
from __future__ import annotations

import sqlite3

from openpyxl import Workbook

from ruralperf.io import apply
from ruralperf.security import audit_bulk
from ruralperf.services.audit_view import AuditFilter


def _ledger(path, golden_db) -> list[str]:
    con = sqlite3.connect(golden_db)
    contracts = [c for (c,) in con.execute("SELECT DISTINCT contract_no FROM snapshots WHERE "
                                           "month = '2025-09' ORDER BY contract_no")]
    con.close()
    wb = Workbook()
    sheet = wb.active
    sheet.title = "月末台账"
    sheet.append(["合同号", "月份", "贷款余额", "逾期天数", "欠息月数", "五级分类"])
    for c in contracts:
        sheet.append([c, "2025-10", 1000, 0, 0, "正常"])
    wb.save(path)
    return contracts


def test_a_bulk_ledger_is_audited_by_key_ranges(golden_ws, golden_db, tmp_path, monkeypatch):
    monkeypatch.setattr(apply, "BULK_MIN", 3)
    monkeypatch.setattr(audit_bulk, "RANGE", 4)
    contracts = _ledger(tmp_path / "十月台账.xlsx", golden_db)
    before = golden_ws.verify_audit().checked
    report = golden_ws.import_workbook(tmp_path / "十月台账.xlsx")
    assert report.ok and report.counts["snapshots"].inserted == len(contracts) >= 5
    view = golden_ws.audit_view
    rows, total = view.page(AuditFilter(action=audit_bulk.BULK))
    assert total == (len(contracts) + 3) // 4 == golden_ws.verify_audit().checked - before
    assert all(r["source"] == "import:十月台账.xlsx" and r["table_name"] == "snapshots"
               for r in rows)
    assert golden_ws.verify_audit().ok  # chained (and keyed) like any other entry
    # Who inserted this row, when, from which file:
    key = f"{contracts[4]}/2025-10"
    history = view.history("snapshots", key)
    assert len(history) == 1 and history[0]["action"] == audit_bulk.BULK
    assert history[0]["user"] == golden_ws.username and history[0]["at"]
    assert history[0]["source"] == "import:十月台账.xlsx"
    assert key in history[0]["new_values"]
    assert view.history("snapshots", f"{contracts[4]}/2025-11") == []
    # The viewer's text search finds the entry by any key it covers.
    found, _n = view.page(AuditFilter(text=contracts[4]))
    assert history[0]["seq"] in {r["seq"] for r in found}


def test_a_small_sheet_keeps_one_entry_per_row(golden_ws, golden_db, tmp_path):
    contracts = _ledger(tmp_path / "oct.xlsx", golden_db)
    assert len(contracts) < apply.BULK_MIN
    assert golden_ws.import_workbook(tmp_path / "oct.xlsx").ok
    _rows, total = golden_ws.audit_view.page(AuditFilter(table="snapshots", action="insert",
                                                         text="/2025-10"))
    assert total == len(contracts)
    key = f"{contracts[0]}/2025-10"
    assert [r["action"] for r in golden_ws.audit_view.history("snapshots", key)] == ["insert"]


def test_range_changes_sort_and_split():
    changes = audit_bulk.range_changes("snapshots", [f"C{i:03d}/2025-10" for i in (3, 1, 2)])
    assert [c.key for c in changes] == ["C001/2025-10 … C003/2025-10"]
    assert changes[0].new == {"rows": 3, "first": "C001/2025-10", "last": "C003/2025-10",
                              "keys": ["C001/2025-10", "C002/2025-10", "C003/2025-10"]}
