"""The bundled Chinese font. Qt's offscreen and minimal Linux set-ups know no CJK font, so
Chinese would show as boxes; the application loads WenQuanYi Micro Hei itself and makes it the
application font."""
from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ruralperf.paths import RESOURCES

log = logging.getLogger("ruralperf.ui")
FONT_FILE = RESOURCES / "fonts" / "wqy-microhei.ttc"
POINT_SIZE = 10


def load_bundled_font(app: QApplication) -> str | None:
    """Register the bundled font and make it the application font; returns its family."""
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("bundled font not loaded: %s", FONT_FILE)
        return None
    family = families[0]
    font = QFont(family)
    font.setPointSize(POINT_SIZE)
    app.setFont(font)
    return family
