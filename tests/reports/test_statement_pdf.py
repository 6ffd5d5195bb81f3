"""The per-staff statement: golden figures, embedded font, verification code, extremes."""
from __future__ import annotations

import dataclasses
import re
import subprocess
from decimal import Decimal

import pytest

from ruralperf.reports.statement_pdf import StaffNotInRun, statement_pdf, statements_pdf
from ruralperf.reports.verification import statement_code, verify_statement
from tests.reports.conftest import needs_poppler, pdftotext

BRANCH = ("0001", "本网点")


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@needs_poppler
def test_golden_e001(golden_run, golden_ws, tmp_path):
    path = _write(tmp_path, "e001.pdf", statement_pdf(golden_run, "E001", golden_ws.branch))
    text = pdftotext(path)
    assert "张伟" in text and "绩效工资" in text
    assert "4,652.92" in text
    assert "肆仟陆佰伍拾贰元玖角贰分" in text
    assert golden_run.label in text and golden_run.label == "2025Q3-v1"
    code = statement_code(golden_run.label, golden_ws.branch[0], golden_run.result.for_staff("E001"))
    assert code in text
    # appendix: the loans, months and shares behind the amounts
    for detail in ("C001", "C002", "C005", "2025-07", "60%", "1,198,913.04", "H15"):
        assert detail in text
    # signature lines and page numbers
    for word in ("制表人", "复核人", "审批人", "本人签字", "日期", "发放日期", "第1页/共2页"):
        assert word in text.replace(" ", "")


@needs_poppler
def test_font_is_embedded_and_nothing_else(golden_run, tmp_path):
    path = _write(tmp_path, "e002.pdf", statement_pdf(golden_run, "E002", BRANCH))
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    assert fonts, "no font listed"
    for line in fonts:
        assert "WenQuanYi" in line
        assert re.search(r"\byes\s+yes\s+yes\b", line), line  # embedded, subset, unicode map
    assert "STSong" not in path.read_bytes().decode("latin-1")


@needs_poppler
def test_deductions_adjustments_carry(approved_run, tmp_path):
    e002 = pdftotext(_write(tmp_path, "e002.pdf", statement_pdf(approved_run, "E002", BRANCH)))
    assert "春耕营销专项奖" in e002 and "+150.00" in e002
    assert "H12" in e002 and "C020" in e002 and "E003" in e002  # which restoration
    assert "2,832.14" in e002 and "贰仟捌佰叁拾贰元壹角肆分" in e002
    e004 = pdftotext(_write(tmp_path, "e004.pdf", statement_pdf(approved_run, "E004", BRANCH)))
    assert "退回上年多发绩效" in e004 and "-6,000.00" in e004
    assert "906.76" in e004 and "零元整" in e004
    e003 = pdftotext(_write(tmp_path, "e003.pdf", statement_pdf(approved_run, "E003", BRANCH)))
    # the monthly cap, three months of it, and no reduction (the first edition took 137.76)
    flat = " ".join(e003.split())
    assert "每月最高限额 3,000.00 × 3 = 9,000.00" in flat and "137.76" not in flat
    e005 = pdftotext(_write(tmp_path, "e005.pdf", statement_pdf(approved_run, "E005", BRANCH)))
    assert "阻断性错误" in e005 and "2025-04" in e005


@needs_poppler
def test_draft_is_marked_and_approved_is_not(golden_run, approved_run, tmp_path):
    draft = pdftotext(_write(tmp_path, "d.pdf", statement_pdf(golden_run, "E001", BRANCH)))
    final = pdftotext(_write(tmp_path, "a.pdf", statement_pdf(approved_run, "E001", BRANCH)))
    assert "草稿" in draft and "未审批" in draft
    assert "草稿" not in final and "已审批" in final


@needs_poppler
def test_english(approved_run, tmp_path):
    text = pdftotext(_write(tmp_path, "en.pdf", statement_pdf(approved_run, "E001", BRANCH, "en")))
    assert "Quarterly Performance Pay Statement" in text
    assert "4,652.92" in text and "肆仟陆佰伍拾贰元玖角贰分" in text
    assert "Page 1 of 2" in text


@needs_poppler
def test_extremes_fit(extreme_run, tmp_path):
    text = pdftotext(_write(tmp_path, "x.pdf", statement_pdf(extreme_run, "E999", BRANCH)))
    assert "欧阳慕容长青" in text
    assert "12,345,678.90" in text and "98,765,432.10" in text
    assert "玖仟捌佰柒拾陆万伍仟肆佰叁拾贰元壹角" in text
    assert "=HYPERLINK" in text  # a reason is printed as it is


@needs_poppler
def test_combined_file_numbers_pages_per_statement(approved_run, tmp_path):
    text = pdftotext(_write(tmp_path, "all.pdf", statements_pdf(approved_run, BRANCH)))
    assert text.replace(" ", "").count("第1页") == len(approved_run.result.staff)
    for s in approved_run.result.staff:
        assert s.name in text


def test_unknown_staff(golden_run):
    with pytest.raises(StaffNotInRun):
        statement_pdf(golden_run, "NOPE", BRANCH)


def test_verification_code_follows_content(golden_run):
    s = golden_run.result.for_staff("E001")
    code = statement_code(golden_run.label, "0001", s)
    assert re.fullmatch(r"[A-Z2-7]{4}-[A-Z2-7]{4}", code)
    assert code == statement_code(golden_run.label, "0001", s)  # deterministic
    assert verify_statement(code.lower().replace("-", " "), golden_run.label, "0001", s)
    changed = dataclasses.replace(s, net=s.net + Decimal("0.01"))
    assert statement_code(golden_run.label, "0001", changed) != code
    assert statement_code("2025Q3-v2", "0001", s) != code
    assert statement_code(golden_run.label, "0002", s) != code
