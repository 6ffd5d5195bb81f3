"""The import workbook format of WORKBOOK.md: sheets, columns, kinds, natural keys and the
enumerations' words, as declared once in `domain.records` and `domain.enums`.

Sheet and column names are matched in Chinese (canonical) or English, also in the combined
form "工号 [staff_no]".
"""
from __future__ import annotations

import re

from ruralperf.domain import records as _records
from ruralperf.domain.enums import RECORD_ENUMS
from ruralperf.domain.record_types import Column  # noqa: F401 (the import's name for it)
from ruralperf.domain.record_types import Table as SheetSpec

# enumeration name -> {Chinese word: stored identifier}, in the declared order
ENUMS: dict[str, dict[str, str]] = {
    name: {member.zh: member.value for member in enum} for name, enum in RECORD_ENUMS.items()}

SHEETS: tuple[SheetSpec, ...] = _records.TABLES
SHEETS_BY_KEY = {s.key: s for s in SHEETS}

_BRACKETED = re.compile(r"^\s*(.*?)\s*[\[［(（]\s*(.*?)\s*[\]］)）]\s*$")


def _names(text: str) -> set[str]:
    text = str(text).strip()
    m = _BRACKETED.match(text)
    names = {text}
    if m:
        names |= {m.group(1), m.group(2)}
    return {n.strip().lower() for n in names if n.strip()}


def match_sheet(title: str) -> SheetSpec | None:
    names = _names(title)
    return next((s for s in SHEETS if {s.zh.lower(), s.key} & names), None)


def match_column(spec: SheetSpec, header) -> Column | None:
    if header is None:
        return None
    names = _names(header)
    return next((c for c in spec.columns if {c.zh.lower(), c.key} & names), None)
