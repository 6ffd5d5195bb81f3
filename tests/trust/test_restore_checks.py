"""Issue 14.5: only a ruralperf database of the same branch whose audit chain verifies is
restored; the restore is audited inside the restored data; a database that had accounts
never ends up without a sign-in."""
from __future__ import annotations

import sqlite3

import pytest

from ruralperf.errors import UserError
from ruralperf.safety import backup as b


def _refused(ws, path) -> str:
    with pytest.raises(UserError) as exc:
        ws.restore(path)
    assert exc.value.code == "restore_refused"
    return exc.value.message("zh_CN")


@pytest.fixture
def admin_ws(golden_ws):
    golden_ws.add_user("boss", "secret-1", "admin")
    return golden_ws


def _dump(path):
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_a_one_table_junk_file_is_refused_and_changes_nothing(admin_ws, golden_db, tmp_path):
    junk = tmp_path / "junk.db"
    con = sqlite3.connect(junk)
    con.execute("create table t (x)")
    con.commit()
    con.close()
    before = _dump(golden_db)
    assert "不是本软件的数据库" in _refused(admin_ws, junk)
    assert admin_ws.user.username == "boss"  # still open and signed in
    assert admin_ws.has_users() and _dump(golden_db) == before
    text = tmp_path / "notes.db"
    text.write_text("not a database", encoding="utf-8")
    _refused(admin_ws, text)


def test_a_backup_of_another_database_is_refused(admin_ws, db_path):
    from ruralperf.workspace import Workspace

    with Workspace.open(db_path) as other:
        other.add_user("x", "secret-9", "admin")
        foreign = other.backup("manual")
    assert "另一个数据库" in _refused(admin_ws, foreign.path)


def test_a_backup_whose_chain_is_broken_is_refused(admin_ws, tmp_path):
    saved = admin_ws.backup("manual")
    con = sqlite3.connect(saved.path)
    con.execute("update audit_log set record_key = record_key || 'x' "
                "where seq = (select max(seq) from audit_log)")
    con.commit()
    con.close()
    assert "未通过核验" in _refused(admin_ws, saved.path)


def test_a_backup_without_accounts_is_refused_once_accounts_exist(golden_ws):
    early = golden_ws.backup("manual")  # before any account
    golden_ws.add_user("boss", "secret-1", "admin")
    assert "没有用户账号" in _refused(golden_ws, early.path)


def test_the_restore_is_audited_inside_the_restored_data(admin_ws):
    saved = admin_ws.backup("manual")
    done = admin_ws.restore(saved.path)
    try:
        assert done.error is None
        rows, _ = done.workspace.audit_view.page()
        assert rows[0]["action"] == "restore" and rows[0]["user"] == "boss"
        assert done.workspace.verify_audit().ok
        assert not list(saved.path.parent.parent.glob("*.restoring"))
    finally:
        done.workspace.close()


def test_a_failing_last_step_leaves_the_database_as_it_was(admin_ws, golden_db, monkeypatch):
    saved = admin_ws.backup("manual")
    admin_ws.import_sheets(__import__("tests.trust.conftest", fromlist=["x"])
                           .completing_sheets())
    before = _dump(golden_db)

    def boom(*_):
        raise OSError("disk full")

    monkeypatch.setattr(b, "_settle_log", boom)  # the step just before the rename
    done = admin_ws.restore(saved.path)
    try:
        assert isinstance(done.error, OSError)
        assert _dump(golden_db) == before
        assert not list(golden_db.parent.glob("*.restoring"))
    finally:
        done.workspace.close()
