"""Rare name characters (CJK Extension A, B, compatibility ideographs) in every printed report:
drawn with the bundled fallback fonts, extracted correctly by pdftotext (ToUnicode beyond
U+FFFF), and a character no font has stops the file with the person named."""
from __future__ import annotations

import dataclasses
import subprocess
from datetime import date

import pytest

from ruralperf.reports import fonts
from ruralperf.reports.limitation_reports import accountability_pdf, warning_list_pdf
from ruralperf.reports.parallel import write_statement_files
from ruralperf.reports.statement_pdf import statement_pdf, statements_pdf
from ruralperf.reports.summary_pdf import summary_pdf
from tests.reports.conftest import needs_poppler, pdftotext

BRANCH = ("0001", "𠮷祥信用社")
# Extension A (㛃 U+36C3, 䶮 U+4DAE), Extension B (𠮷 U+20BB7), compatibility (U+FA2E, written
# as an escape: editors normalise it to U+90DE)
RARE_NAMES = {"E001": "王㛃", "E002": "刘䶮", "E003": "𠮷祥", "E004": "\uFA2E明"}
NO_FONT = "\U0002A700"  # Extension C: in no bundled font


def _renamed(run, names: dict[str, str]):
    staff = tuple(dataclasses.replace(s, name=names.get(s.staff_no, s.name))
                  for s in run.result.staff)
    return dataclasses.replace(run, result=dataclasses.replace(run.result, staff=staff))


def _text(tmp_path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return pdftotext(path, layout=False)


def _pdffonts(tmp_path, data: bytes) -> list[str]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    return out.stdout.splitlines()[2:]


def test_fallback_fonts_cover_extensions_a_b_and_compatibility():
    assert fonts.font_for("王") == fonts.FONT
    for ch in "㛃䶮\uFA2E":
        assert fonts.font_for(ch) == "RuralPerfRareA", ch
    assert fonts.font_for("𠮷") == "RuralPerfRareB"
    assert fonts.font_for(NO_FONT) is None
    assert fonts.runs("王㛃𠮷祥") == [(fonts.FONT, "王"), ("RuralPerfRareA", "㛃"),
                                   ("RuralPerfRareB", "𠮷"), (fonts.FONT, "祥")]


def test_to_unicode_uses_utf16_pairs_beyond_the_bmp():
    cmap = fonts._to_unicode_cmap("X", [0x20BB7, 0x4E00])
    assert "<00> <D842DFB7>" in cmap and "<01> <4E00>" in cmap


@needs_poppler
def test_statement_prints_and_extracts_every_rare_name(approved_run, tmp_path):
    run = _renamed(approved_run, RARE_NAMES)
    for staff_no, name in RARE_NAMES.items():
        data = statement_pdf(run, staff_no, BRANCH)
        text = _text(tmp_path, f"{staff_no}.pdf", data)
        # name field, footer, continuation header (page 2 exists), title metadata
        assert text.count(name) >= 3, (name, text.count(name))
        assert "𠮷祥信用社" in text
        listed = "\n".join(_pdffonts(tmp_path, data))
        assert "HanaMinA" in listed or "HanaMinB" in listed, listed
        for line in _pdffonts(tmp_path, data):
            assert line.split()[-5:-2] == ["yes", "yes", "yes"], line  # emb, sub, uni


@needs_poppler
def test_combined_summary_and_limitation_lists_carry_rare_names(approved_run, golden_ws,
                                                              tmp_path):
    run = _renamed(approved_run, RARE_NAMES)
    combined = _text(tmp_path, "all.pdf", statements_pdf(run, BRANCH))
    summary = _text(tmp_path, "summary.pdf", summary_pdf(run, BRANCH))
    for name in RARE_NAMES.values():
        assert name in combined and name in summary
    report = golden_ws.limitation(date(2025, 9, 30))
    names = {s.staff_no: RARE_NAMES.get(s.staff_no, s.name) for s in run.result.staff}
    lists = (_text(tmp_path, "warn.pdf", warning_list_pdf(report, 3650, names=names,
                                                          branch=BRANCH))
             + _text(tmp_path, "acc.pdf", accountability_pdf(report, names=names,
                                                             branch=BRANCH)))
    assert "𠮷祥信用社" in lists
    assert any(name in lists for name in RARE_NAMES.values())


def test_a_character_no_font_has_stops_the_statement_naming_the_person(approved_run,
                                                                     tmp_path):
    run = _renamed(approved_run, {"E002": f"李{NO_FONT}"})
    with pytest.raises(fonts.MissingGlyph) as caught:
        statement_pdf(run, "E002", BRANCH)
    message = caught.value.message("zh_CN")
    assert "E002" in message and NO_FONT in message and "U+2A700" in message
    assert "E002" in caught.value.message("en") and "cannot print" in caught.value.message("en")
    with pytest.raises(fonts.MissingGlyph) as caught:
        statements_pdf(run, BRANCH)
    assert "E002" in caught.value.message()
    # nothing written for anyone: the names are checked before the first file
    with pytest.raises(fonts.MissingGlyph):
        write_statement_files(run, BRANCH, tmp_path / "out", workers=1)
    assert not list((tmp_path / "out").glob("*.pdf"))


def test_a_rare_character_in_the_branch_name_or_footer_is_drawn_not_dropped(approved_run,
                                                                          tmp_path):
    with pytest.raises(fonts.MissingGlyph) as caught:
        summary_pdf(approved_run, ("0001", f"网点{NO_FONT}"))
    assert NO_FONT in caught.value.message()


@needs_poppler
def test_demand_notices_carry_rare_names(tmp_path):
    from decimal import Decimal

    from ruralperf.reports.demand_notice_pdf import Notice, demand_notices_pdf

    notice = Notice("C001", "王㛃", Decimal("50000.00"), Decimal("20000.00"), date(2023, 1, 5),
                    date(2024, 1, 5), date(2027, 1, 5), "E003 𠮷祥", guarantor="刘䶮",
                    guarantee_kind="joint_several")
    text = _text(tmp_path, "notice.pdf",
                 demand_notices_pdf([notice], date(2026, 6, 30), "𠮷祥信用社",
                                    today=date(2026, 7, 1)))
    for name in ("王㛃", "𠮷祥", "刘䶮", "𠮷祥信用社"):
        assert name in text, name
