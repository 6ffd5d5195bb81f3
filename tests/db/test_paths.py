"""Databases live in the user's data folder, whose path may hold Chinese characters, spaces
and percent signs (Windows accounts named 张三)."""
from __future__ import annotations

from ruralperf.cli import main
from ruralperf.workspace import Workspace
from tests.conftest import GOLDEN_WORKBOOK


def test_database_under_a_chinese_path_with_spaces_and_percent(tmp_path, capsys):
    folder = tmp_path / "用户 张三" / "数据 100%"
    folder.mkdir(parents=True)
    db = folder / "网点.db"
    assert main(["--db", str(db), "init"]) == 0
    assert main(["--db", str(db), "import", str(GOLDEN_WORKBOOK)]) == 0
    with Workspace.open(db) as ws:
        assert str(ws.compute_pay_run("2025Q3", save=False).for_staff("E001").net) == "4622.67"
