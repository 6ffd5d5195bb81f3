"""The backup taken before an import is checked after the import; when that check fails the
user is told once, in a warning naming the copy set aside, without any blocking wait."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from ruralperf.safety import backup as b
from tests.trust.conftest import completing_sheets
from ui.trust.backup_watch import BackupWatch

pytestmark = pytest.mark.gui


def test_a_failed_backup_check_is_told_once(qtbot, make_ctx, golden_db, monkeypatch):
    ctx = make_ctx(golden_db)
    window = QWidget()
    qtbot.addWidget(window)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    watch = BackupWatch(ctx, window)
    watch.poll()
    assert told == []
    monkeypatch.setattr(b, "integrity_ok", lambda path, quick=False: False)
    assert ctx.workspace.import_sheets(completing_sheets()).ok
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert len(told) == 1 and ".damaged" in told[0] and "完整性检查" in told[0]
    watch.poll()
    assert len(told) == 1
