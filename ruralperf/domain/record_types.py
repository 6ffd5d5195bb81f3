"""The shape of a record table's declaration (`domain.records`): a table and its columns,
with their words in Simplified Chinese and English."""
from __future__ import annotations

from dataclasses import dataclass

from ruralperf.domain.enums import RECORD_ENUMS, Labelled, english

# kinds stored as text of a fixed form: "2025-09", "2025Q3"
FIXED_LENGTHS = {"month": 7, "quarter": 6}


@dataclass(frozen=True)
class Column:
    key: str  # English identifier: the database column and the import's English header
    zh: str  # canonical Chinese header (the import matches it, the data pages show it)
    en: str  # English header
    kind: str  # text | amount | amount_nonneg | amount_pos | date | month | quarter | int_nonneg
    #           | int_pos | fraction | coefficient | score | id_number | enum:<name> | param_value
    required: bool = True
    note_zh: str = ""  # what the template's notes say about the column
    max_len: int | None = None  # text columns: the database column's length
    note_en: str = ""
    title_zh: str | None = None  # the data pages' title, where it differs from the header
    title_en: str | None = None
    # enumerations: the database column's room for the stored identifier (the import checks
    # such a value against its list, not its length)
    db_len: int | None = None

    @property
    def enum(self) -> type[Labelled] | None:
        return RECORD_ENUMS[self.kind[5:]] if self.kind.startswith("enum:") else None

    def title(self, lang: str | None) -> str:
        if english(lang):
            return self.title_en or self.en
        return self.title_zh or self.zh

    @property
    def length(self) -> int | None:
        """The database String column's length (None: Text or not a string)."""
        return self.max_len or self.db_len or FIXED_LENGTHS.get(self.kind)


@dataclass(frozen=True)
class Table:
    key: str
    zh: str  # the import sheet's name
    en: str
    columns: tuple[Column, ...]
    natural_key: tuple[str, ...] | None  # None: every row new unless an identical row exists
    purpose_zh: str = ""  # what the sheet holds, for the template's notes
    purpose_en: str = ""
    title_zh: str | None = None  # the data pages' name, where it differs from the sheet's
    title_en: str | None = None

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    def has(self, key: str) -> bool:
        return any(c.key == key for c in self.columns)

    @property
    def identity(self) -> tuple[str, ...]:
        return self.natural_key or tuple(c.key for c in self.columns)

    def name(self, lang: str | None) -> str:
        """The sheet's name (the import, messages)."""
        return self.en if english(lang) else self.zh

    def title(self, lang: str | None) -> str:
        """The data page's name."""
        if english(lang):
            return self.title_en or self.en
        return self.title_zh or self.zh

    @property
    def en_lower(self) -> str:
        """The English name inside a sentence ("change marketing credits")."""
        first = self.en.split(" ", 1)[0]
        return self.en if first.isupper() else self.en[:1].lower() + self.en[1:]
