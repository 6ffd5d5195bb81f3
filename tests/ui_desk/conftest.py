"""Fixtures of the first-hour-at-the-desk tests (issue 13): the data-page fixtures."""
from __future__ import annotations

from tests.ui_records.conftest import golden_ctx, message_boxes, sample_ctx  # noqa: F401
from tests.ui_records.sample import _sample_template, sample_db  # noqa: F401
from tests.ui_session.conftest import make_session  # noqa: F401,E402
