"""An approvable branch: the golden workbook plus what E005 lacks (targets, deposits)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from ruralperf.io.reader import RawSheet


def completing_sheets() -> list[RawSheet]:
    deposits = [(1, ("staff_no", "month", "daily_avg"))] + [
        (i + 2, ("E005", f"2025-{m:02d}", Decimal("50000"))) for i, m in enumerate(range(4, 10))]
    targets = [(1, ("staff_no", "quarter", "interest", "deposit", "npl", "intermediate",
                    "quality")),
               (2, ("E005", "2025Q3", Decimal("0"), Decimal("0"), Decimal("0"), 0, 90))]
    return [RawSheet("deposits", deposits), RawSheet("targets", targets)]


@pytest.fixture
def approvable_ws(golden_ws):
    report = golden_ws.import_sheets(completing_sheets())
    assert report.ok, [p.message() for p in report.errors]
    return golden_ws
