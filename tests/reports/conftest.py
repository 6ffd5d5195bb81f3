"""Fixtures of the report tests: the golden quarter's stored run, and synthetic extremes."""
from __future__ import annotations

import dataclasses
import shutil
import subprocess
from decimal import Decimal

import pytest

from ruralperf.domain.results import ALL_KEYS
from ruralperf.domain.periods import Quarter


def pdftotext(path, layout: bool = True) -> str:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext, pdffonts) not installed")


@pytest.fixture
def golden_run(golden_ws):
    golden_ws.compute_pay_run(Quarter(2025, 3))
    return golden_ws.stored_pay_run(Quarter(2025, 3))


@pytest.fixture
def approved_run(golden_run):
    """The golden run marked approved (no draft watermark in the way of text extraction)."""
    return dataclasses.replace(golden_run, status="approved")


def extreme_staff(s, staff_no="E999", name="欧阳慕容长青"):
    """A copy of `s` with a six-character name and eight-digit amounts."""
    big = Decimal("12345678.90")
    return dataclasses.replace(
        s, staff_no=staff_no, name=name, position="公司业务部客户经理（兼风险经理）",
        base={k: big for k in ALL_KEYS}, assessed={k: big for k in ALL_KEYS},
        gross=big * 10, cap_reduction=big, sol_penalty=big, carried_in=big,
        adjustments=-big, adjustment_lines=((-big, "=HYPERLINK(\"http://x\") 退回多发"),),
        net=Decimal("98765432.10"), carry_to_next=big)


@pytest.fixture
def extreme_run(approved_run):
    result = approved_run.result
    staff = result.staff + (extreme_staff(result.staff[0]),)
    return dataclasses.replace(approved_run, result=dataclasses.replace(result, staff=staff))
