"""Databases live in the user's data folder, whose path may hold Chinese characters, spaces
and percent signs (Windows accounts named 张三)."""
from __future__ import annotations

from ruralperf.cli import main
from ruralperf.workspace import Workspace
from ruralperf.domain.periods import Quarter
from tests.conftest import GOLDEN_WORKBOOK


def test_database_under_a_chinese_path_with_spaces_and_percent(tmp_path, capsys):
    folder = tmp_path / "用户 张三" / "数据 100%"
    folder.mkdir(parents=True)
    db = folder / "网点.db"
    assert main(["--db", str(db), "init"]) == 0
    assert main(["--db", str(db), "import", str(GOLDEN_WORKBOOK)]) == 0
    with Workspace.open(db) as ws:
        assert str(ws.compute_pay_run(Quarter(2025, 3), save=False).for_staff("E001").net) == "4652.92"


def test_backup_and_restore_under_an_awkward_path(tmp_path):
    from ruralperf.safety.backup import integrity_ok, list_backups, restore_backup

    folder = tmp_path / "张三 #1" / "数据 100%"  # "?" cannot occur in Windows paths
    folder.mkdir(parents=True)
    db = folder / "网点.db"
    with Workspace.open(db) as ws:
        ws.import_workbook(GOLDEN_WORKBOOK)
        saved = ws.backup("manual")
    assert integrity_ok(saved.path) and list_backups(db)[0].path == saved.path
    assert restore_backup(saved.path, db) is not None
