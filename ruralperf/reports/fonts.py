"""The embedded TrueType font of every PDF: WenQuanYi Micro Hei (shipped in resources/fonts).

reportlab's CID font STSong-Light is never used: it is not embedded, so PCs without the Adobe
Asian font pack show blanks or boxes. Micro Hei lacks a few rare name characters (CJK Extension
A); when a WenQuanYi Zen Hei file is found (resources/fonts or the Debian font folder) those
characters are drawn with it, otherwise they are logged so that the administrator can add it.
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ruralperf.paths import RESOURCES

log = logging.getLogger("ruralperf")

FONT = "RuralPerfCJK"
FALLBACK_FONT = "RuralPerfCJKFallback"
FONT_FILE = RESOURCES / "fonts" / "wqy-microhei.ttc"
FALLBACK_FILES = (RESOURCES / "fonts" / "wqy-zenhei.ttc",
                  Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"))

_lock = threading.Lock()
_state: dict[str, object] = {}


def register() -> str:
    """Register the fonts with reportlab once; returns the name of the main font."""
    if "main" in _state:
        return FONT
    with _lock:
        if "main" not in _state:
            if not FONT_FILE.exists():
                raise FileNotFoundError(FONT_FILE)
            main = TTFont(FONT, str(FONT_FILE), subfontIndex=0)
            pdfmetrics.registerFont(main)
            fallback = None
            for path in FALLBACK_FILES:
                if path.exists():
                    fallback = TTFont(FALLBACK_FONT, str(path), subfontIndex=0)
                    pdfmetrics.registerFont(fallback)
                    break
            _state["fallback"] = fallback
            _state["main"] = main
    return FONT


def _covers(font, ch: str) -> bool:
    return ord(ch) in font.face.charToGlyph or ch in "\n\t"


def missing_glyphs(text: str) -> str:
    """The characters of `text` the main font cannot draw (in order, without repeats)."""
    register()
    main = _state["main"]
    seen = []
    for ch in text:
        if not _covers(main, ch) and ch not in seen:
            seen.append(ch)
    return "".join(seen)


def markup(text: object) -> str:
    """`text` as reportlab paragraph markup: escaped, rare characters in the fallback font."""
    text = "" if text is None else str(text)
    missing = missing_glyphs(text)
    if not missing:
        return escape(text)
    fallback = _state.get("fallback")
    if fallback is None:
        log.warning("font lacks characters %r; install WenQuanYi Zen Hei to print them", missing)
        return escape(text)
    out = []
    for ch in text:
        if ch in missing and _covers(fallback, ch):
            out.append(f'<font name="{FALLBACK_FONT}">{escape(ch)}</font>')
        else:
            out.append(escape(ch))
    return "".join(out)


def width(text: str, size: float) -> float:
    """Width in points of `text` set in the main font."""
    return pdfmetrics.stringWidth(text, register(), size)
