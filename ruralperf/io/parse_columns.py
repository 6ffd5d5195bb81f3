"""Parsing a clean sheet a column at a time: the fast path of `io.parse` for a long sheet read
by python-calamine (a county's month-end ledger has 270,000 rows of six cells).

Each column's distinct cells are converted once, each in openpyxl's form (`openpyxl_form`)
and by the column's own converter, exactly as the row-by-row path converts them; the typed
column is then picked from those in C. The path gives up, returning None, as soon as anything
needs the row-by-row path: a cell that does not convert (its message must name its row), an
empty cell, a text too long, two rows with the same key, or numbers of two types in one column
(a flag's True equals 1.0 and would share its conversion). The row-by-row path then parses the
whole sheet again, so a sheet's rows, values and problems never depend on which path ran; a
property test compares the two (tests/io_import/test_parse_columns.py).
"""
from __future__ import annotations

from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Callable, Sequence

from ruralperf.io.cells import MAX_TEXT, CellProblem
from ruralperf.io.reader import openpyxl_form

if TYPE_CHECKING:
    from ruralperf.io.parse import Row

# Cell types whose equal values may convert differently (True == 1.0 == 1): one per column.
_NUMBERS = frozenset({bool, int, float})


class Column:
    """One mapped column as the fast path needs it."""

    __slots__ = ("index", "key", "max_len", "convert", "code")

    def __init__(self, index: int, key: str, max_len: int | None,
                 convert: Callable[[Any], Any], code: bool):
        self.index, self.key, self.max_len = index, key, max_len
        self.convert, self.code = convert, code


def _plain_codes(cells: Sequence[Any], max_len: int | None) -> bool:
    """Every cell a text of ASCII letters and digits within the length: what `cells.to_code`
    takes as it is (the contract numbers of a ledger, all distinct)."""
    limit = min(max_len or MAX_TEXT, MAX_TEXT)
    return (set(map(type, cells)) == {str} and all(map(str.isascii, cells))
            and all(map(str.isalnum, cells)) and max(map(len, cells)) <= limit)


def _typed(cells: Sequence[Any], column: Column) -> Sequence[Any] | None:
    """The column's typed cells, or None when one needs the row-by-row path."""
    if column.code and _plain_codes(cells, column.max_len):
        return cells
    if len(_NUMBERS.intersection(map(type, cells))) > 1:
        return None
    typed: dict[Any, Any] = {}
    for cell in set(cells):
        value = openpyxl_form(cell)
        if value is None or (value.__class__ is str and not value.strip()):
            return None  # empty: required (a problem) or left out of the row's values
        try:
            converted = column.convert(value)
        except CellProblem:
            return None
        if column.max_len and len(converted) > column.max_len:
            return None
        typed[cell] = converted
    return list(map(typed.__getitem__, cells))


def typed_rows(body: list[tuple[int, Sequence[Any]]], columns: Sequence[Column],
               natural_key: Sequence[str] | None, row: Callable[[int, dict], "Row"]
               ) -> list["Row"] | None:
    """`body`'s rows typed (row numbers kept), or None when the row-by-row path must run.
    `natural_key`: the columns whose values must not repeat (None: no key check). Once the
    rows are typed, `body` is emptied before their records are built, so that a million-row
    sheet's cells are given back first (the caller holds no other copy of them)."""
    if not body:
        return []
    numbers = list(map(itemgetter(0), body))
    values = list(map(itemgetter(1), body))
    widths = set(map(len, values))
    if len(widths) != 1 or any(c.index >= min(widths) for c in columns):
        return None
    cells = list(zip(*values))
    del values
    keys: list[str] = []
    typed_columns: list[Sequence[Any]] = []
    for column in columns:
        typed = _typed(cells[column.index], column)
        if typed is None:
            return None
        keys.append(column.key)
        typed_columns.append(typed)
    del cells
    if natural_key:
        by_key = dict(zip(keys, typed_columns))
        identities = list(zip(*(by_key.get(k, repeat(None, len(numbers)))
                                for k in natural_key)))
        if len(set(identities)) != len(identities):
            return None
        del identities
    body.clear()
    return list(map(row, numbers, map(dict, map(zip, repeat(keys), zip(*typed_columns)))))
