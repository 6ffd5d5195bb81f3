"""Layout helpers: text wrapping in table cells, column fitting, the font's coverage."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from ruralperf.reports import fonts
from ruralperf.reports.pdf_common import cell, fit_widths, wrap_text

TEXT = st.text(alphabet=st.sampled_from(list("合同客户营销分成，。（）、 ABCxyz0123456789.,%-=")),
               max_size=120)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.floats(min_value=20, max_value=300), st.sampled_from([6.5, 7.5, 8.5]))
def test_wrap_keeps_every_character_and_fits(text, width, size):
    wrapped = wrap_text(text, width, size)
    assert wrapped.replace("\n", "").replace(" ", "") == text.replace(" ", "")
    for line in wrapped.split("\n"):
        fits = fonts.width(line, size) <= width + 1e-6
        body = line.rstrip("，。）、,.%")  # closing punctuation may hang past the edge
        hanging = fonts.width(body, size) <= width + 1e-6
        assert fits or hanging or len(line) == 1, (line, width)


def test_wrap_breaks_latin_at_spaces():
    wrapped = wrap_text("contract C002 (household H02), expansion, joint", 90, 8)
    assert all(not line.startswith(("ontract", "ousehold")) for line in wrapped.split("\n"))
    assert "\n" in wrapped


def test_cell_is_plain_text_unless_a_fallback_glyph_is_needed():
    assert isinstance(cell("张伟", 100), str)
    rare = "𠀀"  # CJK Extension B: not in Micro Hei
    assert fonts.missing_glyphs("张" + rare) == rare
    assert isinstance(cell("张" + rare, 100), Paragraph)


def test_fit_widths_shrinks_until_it_fits():
    rows = [["E001", "张伟"] + ["12,345,678.90"] * 17]
    size, widths = fit_widths(rows, 780)
    assert size < 8 and abs(sum(widths) - 780) < 1e-6
    for value, w in zip(rows[0], widths):
        assert fonts.width(value, size) <= w
    size, _ = fit_widths([["E001", "张伟"] + ["1.00"] * 17], 780)
    assert size == 8
