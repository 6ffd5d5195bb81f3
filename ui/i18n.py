"""Language of the user interface. Source strings are Simplified Chinese; English comes from
`resources/translations/ruralperf_en.qm`. Qt's own dialogs use `qtbase_zh_CN.qm` in Chinese,
with `qtbase_extra_zh_CN.qm` for the words that file lacks (the file dialog's 查找范围, 文件类型).

The language is chosen once at start-up: `--lang` on the command line, else the one saved in
the settings, else Chinese. Core messages (`ruralperf.i18n.tr`) follow `RURALPERF_LANG`, which
is set here to the same language."""
from __future__ import annotations

import logging
import re
import os

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from ruralperf.paths import RESOURCES

log = logging.getLogger("ruralperf.ui")
LANGUAGES = ("zh_CN", "en")
SETTINGS_KEY = "ui/language"
TRANSLATIONS = RESOURCES / "translations"


def normalize(lang: str | None) -> str | None:
    if not lang:
        return None
    return "en" if lang.lower().startswith("en") else "zh_CN"


def saved_language(settings: QSettings) -> str | None:
    return normalize(str(settings.value(SETTINGS_KEY, "") or ""))


def save_language(settings: QSettings, lang: str) -> None:
    settings.setValue(SETTINGS_KEY, normalize(lang))
    settings.sync()


def resolve_language(cli_lang: str | None, settings: QSettings) -> str:
    return normalize(cli_lang) or saved_language(settings) or "zh_CN"


def install_language(app: QApplication, lang: str) -> list[QTranslator]:
    """Install the translators for `lang` and point the core's messages at it. Keep the
    returned list alive as long as the application runs (or pass it to `remove_language`)."""
    lang = normalize(lang) or "zh_CN"
    os.environ["RURALPERF_LANG"] = lang
    english = lang == "en"
    QLocale.setDefault(QLocale(QLocale.Language.English if english else QLocale.Language.Chinese,
                               QLocale.Country.UnitedStates if english else QLocale.Country.China))
    wanted = ([(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase_zh_CN"),
               (str(TRANSLATIONS), "qtbase_extra_zh_CN")]  # what Qt 6's own file lacks
              if lang == "zh_CN" else [(str(TRANSLATIONS), "ruralperf_en")])
    installed = []
    for folder, name in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            installed.append(translator)
        else:
            log.warning("translation not loaded: %s/%s.qm", folder, name)
    return installed


def remove_language(app: QApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


# English counts: the translations say "%1 warnings"; one of them is "1 warning".
_SINGULAR = {"warnings": "warning", "errors": "error", "loans": "loan", "items": "item",
             "recoveries": "recovery", "adjustments": "adjustment", "rows": "row", "days": "day",
             "times": "time", "parameters": "parameter", "entries": "entry", "pages": "page",
             "statements": "statement", "files": "file", "guarantors": "guarantor",
             "failures": "failure", "seconds": "second", "staff members": "staff member"}
_ONE = re.compile(r"(?<![\d.,/])\b1 ((?:[A-Za-z-]+ )?)(" + "|".join(_SINGULAR) + r")\b")


def counted(text: str) -> str:
    """"1 warnings" -> "1 warning", "1 NPL recoveries" -> "1 NPL recovery" (English only: the
    Chinese texts have no such words, so this is safe to call on any shown text)."""
    return _ONE.sub(lambda m: f"1 {m.group(1)}{_SINGULAR[m.group(2)]}", text)
