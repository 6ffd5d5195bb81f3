"""Fixtures of the GUI tests: an AppContext on a private database with private settings,
waited idle and closed at the end so no background callback outlives its widgets."""
from __future__ import annotations

import pytest


@pytest.fixture
def golden_ctx(make_ctx, golden_db):
    return make_ctx(golden_db)


@pytest.fixture
def empty_ctx(make_ctx, db_path):
    return make_ctx(db_path)


@pytest.fixture
def idle(qtbot):
    """`idle(ctx)`: wait until the background worker has finished and delivered."""
    def wait(ctx, timeout: int = 10000):
        qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=timeout)
    return wait
