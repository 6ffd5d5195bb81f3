"""Names for the data pages in the user's language: tables, columns, enumeration values and
limitation statuses. They are declared once, with their English, in `ruralperf.domain.records`
and `ruralperf.domain.enums`; the language is the one the window was started in (the core's
`current_lang`, which `ui.i18n.install_language` sets)."""
from __future__ import annotations

from ruralperf.domain.enums import status_of, value_of
from ruralperf.domain.records import TABLES_BY_KEY, column_title
from ruralperf.i18n import current_lang


def table_label(table: str) -> str:
    spec = TABLES_BY_KEY.get(table)
    return table if spec is None else spec.title(current_lang())


def column_label(table: str, key: str) -> str:
    return column_title(table, key, current_lang()) or key


def enum_label(value: str | None) -> str:
    if value is None:
        return ""
    member = value_of(value)
    return value if member is None else member.label(current_lang())


def status_label(status: str) -> str:
    member = status_of(status)
    return status if member is None else member.label(current_lang())
