"""Issue 14.4: at start-up the window tells an administrator, in Chinese words, when the
database fails its integrity check (the fast check first, then the whole chain verified in a
background thread); a clean database shows nothing."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QWidget

from ui.trust.integrity_watch import IntegrityWatch
from ruralperf.domain.periods import Quarter

pytestmark = pytest.mark.gui


def _watch(qtbot, make_ctx, db):
    ctx = make_ctx(db)
    window = QWidget()
    qtbot.addWidget(window)
    return ctx, IntegrityWatch(ctx, window)


def test_a_clean_database_shows_nothing(qtbot, make_ctx, golden_db):
    _, watch = _watch(qtbot, make_ctx, golden_db)
    qtbot.waitUntil(lambda: watch.full_done, timeout=20000)
    assert watch.shown == [] and watch.box is None


def test_deleted_audit_entries_are_told_to_the_administrator(qtbot, make_ctx, golden_db):
    from ruralperf.workspace import Workspace

    with Workspace.open(golden_db) as ws:
        ws.compute_pay_run(Quarter(2025, 3))
    con = sqlite3.connect(golden_db)
    con.execute("delete from audit_log where seq > (select max(seq) - 25 from audit_log)")
    con.execute("update audit_log set user = 'mallory' where seq = 3")
    con.commit()
    con.close()
    _, watch = _watch(qtbot, make_ctx, golden_db)
    qtbot.waitUntil(lambda: watch.full_done, timeout=20000)
    assert any("已被删除" in m for m in watch.shown)  # the fast check: the head kept outside
    assert any("第 3 条" in m and "未通过核验" in m for m in watch.shown)  # the whole chain
    text = watch.box.text()
    assert "软件不会自动修复" in text
    assert not any(w in text for w in ("altered", "missing", "audit_head", "chain"))
