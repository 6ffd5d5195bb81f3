"""Backups: verified copies, rotation, restore brings back exactly the backed-up data, a
damaged file is reported with the way back and never touched, a second copy is refused."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ruralperf.safety import backup as b
from ruralperf.safety.guard import DatabaseDamaged, DatabaseInUse
from ruralperf.workspace import Workspace


def dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_import_takes_verified_backup_first(golden_ws, golden_db):
    from tests.trust.conftest import completing_sheets

    before = dump(golden_db)
    golden_ws.import_sheets(completing_sheets())
    backups = golden_ws.backups()
    assert [x.reason for x in backups] == ["before-import"]
    assert b.integrity_ok(backups[0].path)
    assert dump(backups[0].path) == before


def test_the_backup_before_an_import_is_checked_after_the_commit(golden_ws, monkeypatch):
    """The import waits for the copy only; the integrity check runs on in a thread and
    `backup_problems` (the CLI, `close`) waits for its verdict."""
    from tests.trust.conftest import completing_sheets

    checked = []
    real = b.integrity_ok
    monkeypatch.setattr(b, "integrity_ok", lambda path, quick=False: checked.append(path)
                        or real(path, quick))
    golden_ws.import_sheets(completing_sheets())
    assert golden_ws.backup_problems() == []
    assert checked == [golden_ws.backups()[0].path]


def test_a_backup_failing_its_later_check_is_set_aside_and_reported(golden_ws, monkeypatch):
    from tests.trust.conftest import completing_sheets

    monkeypatch.setattr(b, "integrity_ok", lambda path, quick=False: False)
    report = golden_ws.import_sheets(completing_sheets())
    assert report.ok and report.changed  # the import itself stands
    failed = golden_ws.backup_problems()
    assert len(failed) == 1 and not failed[0].exists()
    assert Path(f"{failed[0]}.damaged").exists()
    assert golden_ws.backups() == []  # never offered for a restore
    assert golden_ws.backup_problems() == []  # reported once


def test_a_verified_backup_is_a_flushed_exact_copy(golden_db):
    taken = b.take_backup(golden_db, "manual", verify=False)
    assert b.Verification(taken).wait() is True
    assert dump(taken.path) == dump(golden_db)
    assert not list(taken.path.parent.glob("*.partial"))


def test_restore_brings_back_exactly_the_backup(golden_ws, golden_db):
    from tests.trust.conftest import completing_sheets

    saved = golden_ws.backup("manual")
    expected = dump(saved.path)
    golden_ws.import_sheets(completing_sheets())
    assert dump(golden_db) != expected
    golden_ws.close()
    before_restore = b.restore_backup(saved.path, golden_db)
    assert dump(golden_db) == expected
    assert before_restore is not None and before_restore.reason == "before-restore"


def test_rotation_keeps_last_ten_daily_and_monthly(tmp_path):
    now = datetime(2026, 11, 22, 12, 0, 0)
    items = [b.Backup(tmp_path / f"x{i}.db", now - timedelta(hours=6 * i), "auto")
             for i in range(400)]  # every 6 hours for 100 days
    keep = b.rotation_keep(items, now)
    assert all(x.path in keep for x in items[:10])
    days = {x.taken_at.date() for x in items if x.path in keep}
    assert {(now - timedelta(days=d)).date() for d in range(31)} <= days
    months = {(x.taken_at.year, x.taken_at.month) for x in items if x.path in keep}
    assert months == {(x.taken_at.year, x.taken_at.month) for x in items}
    assert len(keep) < 60


def test_take_backup_rotates_old_files(golden_db):
    for day in range(40):
        b.take_backup(golden_db, "auto", now=datetime(2026, 1, 1) + timedelta(days=day))
    kept = b.list_backups(golden_db)
    assert 31 <= len(kept) <= 40


def test_damaged_database_is_reported_and_untouched(golden_db):
    good = b.take_backup(golden_db, "manual")
    data = bytearray(golden_db.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # wreck a page
    golden_db.write_bytes(bytes(data))
    wrecked = golden_db.read_bytes()
    with pytest.raises(DatabaseDamaged) as exc:
        Workspace.open(golden_db)
    assert exc.value.backup.path == good.path
    assert golden_db.read_bytes() == wrecked


def test_not_a_database_file_is_reported(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("这不是数据库" * 100, encoding="utf-8")
    with pytest.raises(DatabaseDamaged):
        Workspace.open(path)
    assert path.read_text(encoding="utf-8").startswith("这不是数据库")


def test_second_exclusive_copy_is_told_file_in_use(golden_db):
    first = Workspace.open(golden_db, exclusive=True)
    try:
        with pytest.raises(DatabaseInUse):
            Workspace.open(golden_db, exclusive=True)
    finally:
        first.close()
    Workspace.open(golden_db, exclusive=True).close()


def test_cli_restore_backs_up_current_file(golden_db, capsys):
    from ruralperf.cli import main

    saved = b.take_backup(golden_db, "manual")
    assert main(["--db", str(golden_db), "restore", str(saved.path)]) == 0
    reasons = [x.reason for x in b.list_backups(golden_db)]
    assert "before-restore" in reasons


def test_restoring_a_backup_older_than_the_branch_code_reopens_its_branch(golden_ws):
    """The branch's code was changed after the backup: the restored file only knows the old
    code, and the workspace reopens on it rather than refusing an unknown branch."""
    old_code = golden_ws.branch[0]
    saved = golden_ws.backup("manual")
    golden_ws.set_branch("0999", "改名后的网点")
    restored = golden_ws.restore(saved.path)
    try:
        assert restored.error is None
        assert restored.workspace.branch[0] == old_code
    finally:
        restored.workspace.close()


def test_a_workbook_import_copies_while_reading_and_keeps_the_copy_only_if_it_changes_data(
        golden_ws, golden_db, tmp_path):
    """Issue 22: the backup before a workbook import is copied in a thread from the start; an
    import that changes nothing (or is refused) leaves no backup behind."""
    from openpyxl import Workbook

    before = dump(golden_db)
    wb = Workbook()
    wb.active.title = "存款日均"
    wb.active.append(["工号", "月份", "日均余额"])
    wb.active.append(["E005", "2025-04", 50000])
    wb.save(tmp_path / "dep.xlsx")
    assert golden_ws.import_workbook(tmp_path / "dep.xlsx").changed
    taken = golden_ws.backups()
    assert [x.reason for x in taken] == ["before-import"] and dump(taken[0].path) == before
    assert golden_ws.backup_problems() == []
    assert not golden_ws.import_workbook(tmp_path / "dep.xlsx").changed
    wb.active.append(["E999", "2025-04", 1])  # unknown staff: refused
    wb.save(tmp_path / "bad.xlsx")
    assert not golden_ws.import_workbook(tmp_path / "bad.xlsx").ok
    assert golden_ws.backups() == taken
    assert not list(b.backup_dir(golden_db).glob("*.partial"))
