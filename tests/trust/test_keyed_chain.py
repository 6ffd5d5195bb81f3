"""Issue 14.4: tampering with the database file is detected. The audit chain is keyed
(HMAC-SHA256, the key outside the file), its head is remembered outside the file and beside
every backup, and the start-up check reports (never repairs) a mismatch."""
from __future__ import annotations

import sqlite3
import time

import pytest

from ruralperf.cli import main
from ruralperf.errors import UserError
from ruralperf.paths import data_dir
from ruralperf.security import audit
from ruralperf.workspace import Workspace
from ruralperf.domain.periods import Quarter


def _sql(path, *statements):
    con = sqlite3.connect(path)
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


def _codes(ws) -> list[str]:
    return [p.code for p in ws.integrity_problems()]


def _plain_rechain(path, drop_marker: bool = False) -> None:
    """What an attacker without the key does: recompute every hash with plain SHA-256."""
    con = sqlite3.connect(path)
    if drop_marker:
        con.execute("delete from audit_log where action = 'chain_key'")
        rows = con.execute("select seq from audit_log order by seq").fetchall()
        for new, (old,) in enumerate(rows, start=1):
            con.execute("update audit_log set seq = ? where seq = ?", (new, old))
    prev = audit.GENESIS
    for r in con.execute("select seq, at, branch_id, user, source, action, table_name, "
                         "record_key, old_values, new_values from audit_log order by seq") \
            .fetchall():
        prev = audit.entry_hash(prev, *r)
        con.execute("update audit_log set hash = ? where seq = ?", (prev, r[0]))
    con.commit()
    con.close()


@pytest.fixture
def worked(golden_db):
    """The golden branch with an administrator, a run and some audited work done."""
    ws = Workspace.open(golden_db)
    ws.add_user("boss", "secret-1", "admin")
    ws.login("boss", "secret-1")
    for _ in range(30):  # at least one entry each: the accounts' entries lie further back
        ws.compute_pay_run(Quarter(2025, 3))
    yield ws
    ws.close()


def test_a_fresh_database_is_keyed_and_passes(db_path):
    with Workspace.open(db_path) as ws:
        ws.add_user("boss", "secret-1", "admin")
        assert ws.integrity_problems() == []
        result, problems = ws.verify_everything()
        assert result.ok and problems == []
    con = sqlite3.connect(db_path)
    first = con.execute("select action, table_name from audit_log order by seq").fetchall()
    con.close()
    assert ("chain_key", "audit_log") in first  # keyed from a marked point on
    assert (data_dir() / "audit.key").is_file()


def test_deleting_the_last_25_entries_is_detected(worked, golden_db, capsys, monkeypatch):
    worked.close()
    _sql(golden_db, "delete from audit_log where seq > (select max(seq) - 25 from audit_log)")
    with Workspace.open(golden_db) as ws:
        ws.login("boss", "secret-1")
        assert ws.verify_audit().ok  # the remaining prefix still chains...
        assert _codes(ws) == ["audit_head_missing"]  # ...but the head kept outside is gone
        message = ws.integrity_problems()[0].message("zh_CN")
        assert "已被删除" in message and "audit" not in message
    monkeypatch.setenv("RURALPERF_PASSWORD", "secret-1")
    assert main(["--db", str(golden_db), "--user", "boss", "audit", "verify"]) == 1
    assert "审计日志的最后若干条或全部记录已被删除" in capsys.readouterr().err


def test_new_writes_after_a_truncation_do_not_hide_it(worked, golden_db):
    worked.close()
    _sql(golden_db, "delete from audit_log where seq > (select max(seq) - 25 from audit_log)")
    with Workspace.open(golden_db) as ws:
        ws.login("boss", "secret-1")
        for _ in range(10):  # the trail grows past the recorded head again
            ws.compute_pay_run(Quarter(2025, 3))
        assert "audit_head_missing" in _codes(ws) or "audit_head_changed" in _codes(ws)


def test_deleting_every_entry_is_detected(worked, golden_db):
    worked.close()
    _sql(golden_db, "delete from audit_log")
    with Workspace.open(golden_db) as ws:
        assert _codes(ws)[0] == "audit_head_missing"


def test_an_edit_with_the_chain_recomputed_in_plain_sha256_is_detected(worked, golden_db):
    worked.close()
    _sql(golden_db, "update audit_log set user = 'mallory' where action = 'compute'")
    _plain_rechain(golden_db)
    with Workspace.open(golden_db) as ws:
        ws.login("boss", "secret-1")
        result = ws.verify_audit()
        assert not result.ok and result.reason == "altered"


def test_dropping_the_key_marker_and_rechaining_is_detected(worked, golden_db):
    worked.close()
    _sql(golden_db, "update audit_log set user = 'mallory' where action = 'compute'")
    _plain_rechain(golden_db, drop_marker=True)
    with Workspace.open(golden_db) as ws:
        ws.login("boss", "secret-1")
        assert ws.verify_audit().ok  # a consistent plain chain...
        # ...that is not the one this computer saw (its head entry is gone or different)
        assert _codes(ws) in (["audit_head_missing"], ["audit_head_changed"])


def test_a_role_raised_in_the_file_is_detected_and_cannot_sign_in(worked, golden_db):
    worked.add_user("li", "secret-2", "officer", staff_no="E001")
    worked.close()
    _sql(golden_db, "update users set role = 'admin' where username = 'li'")
    with Workspace.open(golden_db) as ws:
        problems = ws.integrity_problems()
        assert [p.code for p in problems] == ["account_tampered_found"]
        assert "li 的角色与审计记录不符" in problems[0].message("zh_CN")
        with pytest.raises(UserError) as exc:
            ws.login("li", "secret-2")
        assert exc.value.code == "account_tampered"


def test_a_password_hash_copied_in_the_file_is_detected(worked, golden_db):
    worked.add_user("li", "secret-2", "admin")
    worked.close()
    _sql(golden_db, "update users set password_hash = (select password_hash from users "
                    "where username = 'li') where username = 'boss'")
    with Workspace.open(golden_db) as ws:
        assert [p.params["fields"] for p in ws.integrity_problems()] == [["password"]]
        with pytest.raises(UserError):
            ws.login("boss", "secret-2")


def test_a_restored_backup_verifies_and_its_head_is_taken_over(worked, golden_db):
    backup = worked.backup("manual")
    assert backup.path.with_name(backup.path.name + ".seal").is_file()
    worked.compute_pay_run(Quarter(2025, 3))
    restored = worked.restore(backup.path)
    ws = restored.workspace
    try:
        assert restored.error is None
        assert ws.integrity_problems() == []
        result, problems = ws.verify_everything()
        assert result.ok and problems == []
    finally:
        ws.close()


def test_a_backup_truncated_after_it_was_sealed_is_refused(worked, golden_db):
    backup = worked.backup("manual")
    _sql(backup.path, "delete from audit_log where seq > (select max(seq) - 5 from audit_log)")
    with pytest.raises(UserError) as exc:
        worked.restore(backup.path)
    assert "封签" in exc.value.message("zh_CN")


def test_a_backup_with_its_seal_removed_and_a_rewritten_trail_is_refused(worked, golden_db):
    backup = worked.backup("manual")
    backup.path.with_name(backup.path.name + ".seal").unlink()
    _sql(backup.path, "update audit_log set user = 'mallory' where action = 'compute'")
    _plain_rechain(backup.path, drop_marker=True)
    with pytest.raises(UserError) as exc:
        worked.restore(backup.path)
    assert exc.value.code == "restore_refused"


def test_a_plain_chain_of_an_older_database_keeps_verifying(db_path, monkeypatch):
    from ruralperf.security import audit_key

    with Workspace.open(db_path) as ws:
        with monkeypatch.context() as m:  # written before the key existed: plain SHA-256
            m.setattr(audit_key, "key_for", lambda url: None)
            ws.add_user("boss", "secret-1", "admin")
        _sql(db_path, "delete from audit_log where action = 'chain_key'")  # as an old file
        _plain_rechain(db_path)
        ws.login("boss", "secret-1")
        ws.add_user("li", "secret-2", "auditor")  # the next write marks the chain keyed
        con = sqlite3.connect(db_path)
        actions = [a for (a,) in con.execute("select action from audit_log order by seq")]
        con.close()
        assert actions.index("chain_key") > actions.index("insert")
        assert ws.verify_audit().ok


def test_another_computer_without_the_key_reports_it(worked, golden_db):
    worked.close()
    (data_dir() / "audit.key").unlink()
    (data_dir() / "chain_heads.json").unlink()
    with Workspace.open(golden_db) as ws:
        assert _codes(ws) == ["audit_key_unknown"]
        ws.user = ws.users()[0]  # (signing in would take the key back: see test_key_wrap)
        result = ws.verify_audit()
        assert not result.ok and result.reason == "key_unknown"


def test_access_denied_names_the_role_and_action_in_chinese(golden_ws):
    golden_ws.add_user("boss", "secret-1", "admin")
    golden_ws.add_user("wang", "secret-2", "auditor")
    golden_ws.login("wang", "secret-2")
    with pytest.raises(UserError) as exc:
        golden_ws.approve_pay_run(Quarter(2025, 3))
    text = exc.value.message("zh_CN")
    assert text.endswith("审计员）无权执行此操作：审批核算"), text
    assert "auditor" not in text and "approve" not in text


def test_the_startup_check_is_fast_on_the_golden_database(worked):
    started = time.perf_counter()
    assert worked.integrity_problems() == []
    assert time.perf_counter() - started < 1.0


def test_an_administrators_sign_in_brings_the_key_to_another_computer(worked, golden_db):
    """The key travels in the file (and every backup) wrapped with the administrator's
    password: on a computer without it, his sign-in takes it back and the chain verifies."""
    backup = worked.backup("manual")
    worked.close()
    (data_dir() / "audit.key").unlink()
    (data_dir() / "chain_heads.json").unlink()
    with Workspace.open(backup.path) as ws:  # e.g. the backup copied to a new PC
        assert _codes(ws) == ["audit_key_unknown"]
        with pytest.raises(UserError):
            ws.login("boss", "wrong-password")  # a failed sign-in takes nothing...
        assert _codes(ws) == ["audit_key_unknown"]  # (...its entry starts this PC's own key)
        ws.login("boss", "secret-1")
        assert ws.integrity_problems() == []
        result, problems = ws.verify_everything()
        assert result.ok and problems == [], [p.message() for p in problems]


def test_the_wrapped_key_opens_only_with_the_password():
    from ruralperf.security import key_wrap

    key = bytes(range(32))
    text = key_wrap.wrap(key, "secret-1")
    assert key.hex() not in text
    assert key_wrap.unwrap(text, "secret-1") == key
    assert key_wrap.unwrap(text, "secret-2") is None
    assert key_wrap.unwrap(text.replace('"key": "', '"key": "00'), "secret-1") is None


def test_postgresql_never_stores_the_key_not_even_wrapped():
    """Issue 14.4: on PostgreSQL the key comes to each client from outside (a file or an
    environment variable); an administrator's sign-in writes no wrapped copy into the database."""
    from types import SimpleNamespace

    from ruralperf.security import key_wrap

    session = SimpleNamespace(get_bind=lambda: SimpleNamespace(
        dialect=SimpleNamespace(name="postgresql")))
    row = SimpleNamespace(role="admin", key_wrap="an old wrap")
    key_wrap.on_password(session, row, "secret-1")
    assert row.key_wrap is None
