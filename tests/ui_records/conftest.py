"""Fixtures of the data-page GUI tests: an AppContext on a private database with private
settings; at the end the worker is waited idle so no callback outlives its widgets."""
from __future__ import annotations

import pytest

from tests.ui_records.sample import _sample_template, sample_db  # noqa: F401


@pytest.fixture
def golden_ctx(make_ctx, golden_db):
    return make_ctx(golden_db)


@pytest.fixture
def sample_ctx(make_ctx, sample_db):
    return make_ctx(sample_db)


def idle(qtbot, ctx, timeout: int = 10000) -> None:
    """Wait until the background worker has run everything queued (and its callbacks)."""
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=timeout)


def open_page(qtbot, page, rows: int | None = None):
    """Show a page and wait for its first rows."""
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    if rows is not None:
        qtbot.waitUntil(lambda: page.model.rowCount() >= rows, timeout=10000)
    idle(qtbot, page.ctx)
    return page


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    """No modal message box may block a test: questions are answered Yes, warnings are
    recorded. The list holds (kind, text) of every box the code tried to show."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        shown.append(("question", text))
        return QMessageBox.Yes

    def warning(_parent, _title, text, *_args, **_kwargs):
        shown.append(("warning", text))
        return QMessageBox.Ok

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(warning))
    return shown
