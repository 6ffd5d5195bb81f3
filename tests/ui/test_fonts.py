"""The UI draws rare name characters: the bundled HanaMin subsets are fallback families of the
application font, so a label with 王㛃 or 𠮷祥 is laid out with real glyphs, not boxes."""
from __future__ import annotations

from PySide6.QtGui import QTextLayout

from ui.fonts import load_bundled_font


def _glyph_fonts(font, text: str) -> list[tuple[str, list[int]]]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_rare_name_characters_have_glyphs_in_the_ui(qapp):
    family = load_bundled_font(qapp)
    assert family
    font = qapp.font()
    for text in ("王㛃", "刘䶮", "𠮷祥", "\uFA2E明"):
        runs = _glyph_fonts(font, text)
        assert runs, text
        for run_family, glyphs in runs:
            assert 0 not in glyphs, (text, run_family)  # glyph 0 is the empty box
        assert any("Hana" in f for f, _g in runs), (text, runs)
