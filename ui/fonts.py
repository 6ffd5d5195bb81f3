"""The bundled Chinese fonts. Qt's offscreen and minimal Linux set-ups know no CJK font, so
Chinese would show as boxes; the application loads WenQuanYi Micro Hei itself and makes it the
application font, with the HanaMin subsets (rare name characters: CJK Extensions A and B,
compatibility ideographs) as fallback families, so that Qt draws 王㛃 and 𠮷祥 in full."""
from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ruralperf.paths import RESOURCES

log = logging.getLogger("ruralperf.ui")
FONT_FILE = RESOURCES / "fonts" / "wqy-microhei.ttc"
FALLBACK_FILES = (RESOURCES / "fonts" / "hanazono-a-rare.ttf",
                  RESOURCES / "fonts" / "hanazono-b-extb.ttf")
POINT_SIZE = 10


def _add(path) -> list[str]:
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("bundled font not loaded: %s", path)
    return list(families[:1])


def load_bundled_font(app: QApplication) -> str | None:
    """Register the bundled fonts and make them the application font (main family first, the
    rare-character families as fallbacks); returns the main family."""
    main = _add(FONT_FILE)
    if not main:
        return None
    fallbacks = [f for path in FALLBACK_FILES for f in _add(path)]
    for family in fallbacks:  # also for widgets that set a family of their own
        QFont.insertSubstitution(main[0], family)
    font = QFont(main[0])
    font.setFamilies(main + fallbacks)
    font.setPointSize(POINT_SIZE)
    app.setFont(font)
    return main[0]
