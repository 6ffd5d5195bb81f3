"""Batch printing: duplex pads every statement (every copy) to an even page count, so that no
sheet carries two people; copies per person follow one another."""
from __future__ import annotations

import dataclasses

import pypdfium2 as pdfium

from ruralperf.reports.statement_pdf import statement_pdf, statements_pdf
from tests.reports.conftest import extreme_staff, needs_poppler, pdftotext

BRANCH = ("0001", "本网点")


def _pages_text(data: bytes, tmp_path) -> list[str]:
    path = tmp_path / "batch.pdf"
    path.write_bytes(data)
    return pdftotext(path, layout=False).split("\f")[:-1]


def _page_count(data: bytes) -> int:
    doc = pdfium.PdfDocument(data)
    try:
        return len(doc)
    finally:
        doc.close()


def _with_three_pager(run):
    """The run with a fourth staff member whose statement has an odd number of pages."""
    long = extreme_staff(run.result.staff[0], "E777", "欧阳长青")
    lines = long.details["floating"] * 40 if long.details.get("floating") else ()
    long = dataclasses.replace(long, details={**long.details, "floating": lines})
    staff = run.result.staff[:2] + (long,) + run.result.staff[2:3]
    return dataclasses.replace(run, result=dataclasses.replace(run.result, staff=staff))


@needs_poppler
def test_duplex_starts_every_person_on_a_front_page(approved_run, tmp_path):
    run = _with_three_pager(approved_run)
    counts = [_page_count(statement_pdf(run, s.staff_no, BRANCH)) for s in run.result.staff]
    assert any(c % 2 for c in counts), counts  # at least one odd statement to pad
    pages = _pages_text(statements_pdf(run, BRANCH, duplex=True), tmp_path)
    assert len(pages) == sum(c + c % 2 for c in counts)
    start = 0
    for s, count in zip(run.result.staff, counts):
        assert start % 2 == 0  # a front side
        assert s.staff_no in pages[start]
        if count % 2:
            assert "本页空白" in pages[start + count]
            assert s.staff_no not in pages[start + count]
        start += count + count % 2
    simplex = _pages_text(statements_pdf(run, BRANCH), tmp_path)
    assert len(simplex) == sum(counts) and not any("本页空白" in p for p in simplex)


@needs_poppler
def test_copies_per_person_follow_one_another(approved_run, tmp_path):
    staff_nos = ["E001", "E002"]
    one = _page_count(statement_pdf(approved_run, "E001", BRANCH))
    pages = _pages_text(statements_pdf(approved_run, BRANCH, staff_nos=staff_nos, copies=2,
                                       duplex=True), tmp_path)
    firsts = [p for p in pages if "第1页" in p.replace(" ", "")]
    assert [("E001" in p, "E002" in p) for p in firsts] == [(True, False), (True, False),
                                                            (False, True), (False, True)]
    assert len(pages) % 2 == 0 and len(pages) >= 4 * one
