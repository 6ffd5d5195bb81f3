"""Issue 22.4: a large file's quick check runs in a background thread after opening (the
window usable at once); until it has passed every write is refused with a clear message, a
file that fails stays open for viewing only and is never touched; small files (and the
command line) are checked before opening, as before."""
from __future__ import annotations

import sqlite3
import threading

import pytest

from ruralperf.errors import UserError
from ruralperf.safety import file_check
from ruralperf.safety.guard import DatabaseDamaged
from ruralperf.workspace import Workspace


@pytest.fixture
def large(monkeypatch):
    """Every file counts as large."""
    monkeypatch.setattr(file_check, "BACKGROUND_BYTES", 0)


@pytest.fixture
def slow_check(monkeypatch, large):
    """The background check waits for `release.set()` before it answers."""
    release = threading.Event()
    real = file_check.integrity_ok

    def held(path, quick=False):
        release.wait(30)
        return real(path, quick)

    monkeypatch.setattr(file_check, "integrity_ok", held)
    yield release
    release.set()


def _wreck_table(path, table: str) -> bytes:
    """Overwrite the root page of `table` (read by nothing at opening); the file's bytes."""
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size:root * page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_write_during_the_check_is_refused_with_the_message(golden_db, slow_check):
    ws = Workspace.open(golden_db, check_in_background=True)
    try:
        assert ws.file_check() == "checking"
        assert ws.branch[0]  # reads work meanwhile
        with pytest.raises(UserError) as refused:
            ws.set_branch("0001", "城关信用社（改）")
        assert refused.value.code == "db_checking"
        assert refused.value.message("zh_CN") == "正在检查数据库完整性，请稍候"
        assert ws.branch[1] != "城关信用社（改）"
        slow_check.set()
        assert ws.wait_file_check(30) == "ok"
        ws.set_branch("0001", "城关信用社（改）")
        assert ws.branch[1] == "城关信用社（改）"
    finally:
        ws.close()


def test_a_damaged_large_file_opens_for_viewing_only_and_is_never_touched(golden_db, large):
    wrecked = _wreck_table(golden_db, "snapshots")
    ws = Workspace.open(golden_db, check_in_background=True)
    try:
        assert ws.wait_file_check(30) == "damaged"
        assert ws.branch[0]  # still readable where the file is whole
        with pytest.raises(UserError) as refused:
            ws.set_branch("0001", "改名")
        assert refused.value.code == "db_damaged_read_only"
        assert "未通过完整性检查" in refused.value.message("zh_CN")
        assert "只能查看" in refused.value.message("zh_CN")
    finally:
        ws.close()
    assert golden_db.read_bytes() == wrecked


def test_an_unreadable_large_file_is_refused_as_damaged(golden_db, large):
    data = bytearray(golden_db.read_bytes())
    data[0:16] = b"not a database!!"
    golden_db.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged):
        Workspace.open(golden_db, check_in_background=True)
    assert golden_db.read_bytes() == bytes(data)


def test_a_small_file_is_checked_before_opening(golden_db):
    """Below the size (the default 256 MB) nothing changes: a damaged file is refused."""
    wrecked = _wreck_table(golden_db, "snapshots")
    with pytest.raises(DatabaseDamaged):
        Workspace.open(golden_db, check_in_background=True)
    assert golden_db.read_bytes() == wrecked


def test_without_the_option_a_large_file_is_checked_before_opening(golden_db, large):
    """The command line: one thing to do, checked first."""
    _wreck_table(golden_db, "snapshots")
    with pytest.raises(DatabaseDamaged):
        Workspace.open(golden_db)
