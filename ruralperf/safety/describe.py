"""Messages for the safety exceptions (kept apart so guard/backup stay free of i18n)."""
from __future__ import annotations

from ruralperf.i18n import tr


def safety_message(exc: BaseException, lang: str | None = None) -> str:
    name = type(exc).__name__
    if name == "DatabaseDamaged":
        if exc.backup is not None:
            return tr("db_damaged", lang, path=exc.path, backup=exc.backup.path)
        return tr("db_damaged_no_backup", lang, path=exc.path)
    if name == "DatabaseInUse":
        return tr("db_in_use", lang, path=exc.path)
    return tr("backup_failed", lang, value=str(exc))
