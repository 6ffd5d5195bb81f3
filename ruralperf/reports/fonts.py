"""The embedded TrueType fonts of every PDF, with glyph-by-glyph fallback.

- WenQuanYi Micro Hei (`wqy-microhei.ttc`, Apache-2.0) draws almost everything.
- Two subsets of HanaMin (花园明朝, GlyphWiki project, Hanazono Font License) draw the rare name
  characters Micro Hei lacks: `hanazono-a-rare.ttf` (CJK Extension A, compatibility ideographs,
  radicals, the few unified ideographs Micro Hei lacks) and `hanazono-b-extb.ttf` (Extension B).
  They are registered only when a text needs them. `resources/fonts/make_rare_subsets.py`
  rebuilds them from Debian's `fonts-hanazono`.

Every text path falls back character by character: paragraphs through `markup`, table cells and
page decorations through the canvas of `pdf_common` (`draw_runs`). A character no font can draw
raises `MissingGlyph`: a statement that silently drops a letter of a name is never written.

reportlab 5.1 writes a wrong ToUnicode entry for characters beyond U+FFFF (`<20BB7>` instead of
the UTF-16 pair `<D842DFB7>`), so copying or searching 𠮷 gave `₻`; `_to_unicode_cmap` replaces
its writer (see ECOSYSTEM.md).
"""
from __future__ import annotations

import threading
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from ruralperf.errors import UserError
from ruralperf.paths import RESOURCES

FONT = "RuralPerfCJK"
FONT_FILE = RESOURCES / "fonts" / "wqy-microhei.ttc"
# fallback fonts, in the order they are tried
RARE_FONTS = (("RuralPerfRareA", RESOURCES / "fonts" / "hanazono-a-rare.ttf"),
              ("RuralPerfRareB", RESOURCES / "fonts" / "hanazono-b-extb.ttf"))
_IGNORED = frozenset("\n\t\r")

_lock = threading.Lock()
_faces: dict[str, dict[int, int]] = {}  # font name -> its character map (code point -> glyph)


class MissingGlyph(UserError):
    """No bundled font can draw `chars` (found in `text`); `for_person` names the staff member
    whose statement it is."""

    code = "glyph_missing"

    def __init__(self, chars: str, text: str, code: str | None = None, **params):
        codes = "、".join(f"U+{ord(c):04X}" for c in chars)
        super().__init__(code, chars=chars, codes=codes, text=text, **params)
        self.chars = chars
        self.text = text

    def for_person(self, staff_no: str, name: str) -> "MissingGlyph":
        return MissingGlyph(self.chars, self.text, "glyph_missing_person", staff_no=staff_no,
                            name=name)


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname, subset):
    """reportlab's ToUnicode CMap, with UTF-16 surrogate pairs beyond the BMP."""
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
             "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
             "1 begincodespacerange", "<00> <%02X>" % (len(subset) - 1), "endcodespacerange",
             f"{len(subset)} beginbfchar"]
    lines += [f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end",
              "end"]
    return "\n".join(lines)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def _load(name: str, path, **kwargs) -> None:
    font = TTFont(name, str(path), **kwargs)
    pdfmetrics.registerFont(font)
    _faces[name] = font.face.charToGlyph


def register() -> str:
    """Register the main font with reportlab once; returns its name."""
    if FONT not in _faces:
        with _lock:
            if FONT not in _faces:
                if not FONT_FILE.exists():
                    raise FileNotFoundError(FONT_FILE)
                _load(FONT, FONT_FILE, subfontIndex=0)
    return FONT


def _rare(index: int) -> dict[int, int]:
    name, path = RARE_FONTS[index]
    if name not in _faces:
        with _lock:
            if name not in _faces:
                _load(name, path)
    return _faces[name]


def font_for(ch: str) -> str | None:
    """The first font (main, then the rare ones) that draws `ch`; None if none does."""
    register()
    code = ord(ch)
    if code in _faces[FONT] or ch in _IGNORED:
        return FONT
    for i, (name, _path) in enumerate(RARE_FONTS):
        if code in _rare(i):
            return name
    return None


def covered(text: str, font: str = FONT) -> bool:
    """True if `font` (registered) draws every character of `text`."""
    register()
    cmap = _faces.get(font)
    return cmap is not None and all(ord(ch) in cmap or ch in _IGNORED for ch in text)


def runs(text: str) -> list[tuple[str, str]]:
    """`text` cut into (font name, piece) runs; raises MissingGlyph for undrawable characters."""
    if covered(text):
        return [(FONT, text)] if text else []
    out: list[tuple[str, str]] = []
    lacking: list[str] = []
    for ch in text:
        font = font_for(ch)
        if font is None:
            if ch not in lacking:
                lacking.append(ch)
            continue
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    if lacking:
        raise MissingGlyph("".join(lacking), text)
    return out


def check(text: object) -> None:
    """Raise MissingGlyph if some character of `text` cannot be printed."""
    runs("" if text is None else str(text))


def missing_glyphs(text: str) -> str:
    """The characters of `text` the main font cannot draw (in order, without repeats)."""
    register()
    cmap = _faces[FONT]
    seen: list[str] = []
    for ch in text:
        if ord(ch) not in cmap and ch not in _IGNORED and ch not in seen:
            seen.append(ch)
    return "".join(seen)


def markup(text: object) -> str:
    """`text` as reportlab paragraph markup: escaped, rare characters in a fallback font.
    Raises MissingGlyph for a character no bundled font has."""
    text = "" if text is None else str(text)
    parts = []
    for font, piece in runs(text):
        parts.append(escape(piece) if font == FONT
                     else f'<font name="{font}">{escape(piece)}</font>')
    return "".join(parts)


def width(text: str, size: float) -> float:
    """Width in points of `text` as printed (each run in its own font)."""
    register()
    if covered(text):
        return pdfmetrics.stringWidth(text, FONT, size)
    return sum(pdfmetrics.stringWidth(piece, font, size) for font, piece in runs(text))
