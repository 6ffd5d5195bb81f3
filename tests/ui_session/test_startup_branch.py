"""The desktop application started on an unknown branch code (RURALPERF_BRANCH, or `--branch`
passed on by `ruralperf gui`) shows why it cannot open, lists the known branches, and creates
nothing."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from ruralperf.cli import main
from tests import pg_databases as pg

pytestmark = pytest.mark.gui


@pytest.fixture
def boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    return shown


def test_an_unknown_branch_is_shown_at_start(qtbot, db_path, boxes, monkeypatch):
    from ui.app import run

    monkeypatch.setenv("RURALPERF_BRANCH", "0009")
    assert run(db=str(db_path), lang="zh_CN") == 1
    assert len(boxes) == 1 and boxes[0].windowTitle() == "无法打开数据库"
    assert "0009" in boxes[0].text() and "0001 本网点" in boxes[0].text()
    assert pg.query(db_path, "SELECT code FROM branches") == [("0001",)]


def test_the_gui_command_passes_its_branch_on(qtbot, db_path, boxes, monkeypatch):
    monkeypatch.setenv("RURALPERF_BRANCH", "")  # set by the command: restored after the test
    assert main(["--db", str(db_path), "--branch", "0009", "gui"]) == 1
    assert len(boxes) == 1 and "0009" in boxes[0].text()
