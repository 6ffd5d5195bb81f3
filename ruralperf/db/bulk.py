"""Inserting many rows at once: the driver's executemany, each value converted by its column
type (Money to integer fen, dates for SQLite...) exactly as SQLAlchemy's Core insert converts
it, without the per-row parameter bookkeeping that costs more than the insert itself at a
county's 300,000 rows. Inside the caller's transaction, on SQLite and PostgreSQL alike."""
from __future__ import annotations

from operator import itemgetter
from typing import Any, Callable, Sequence

from sqlalchemy import Connection, Table, insert

CHUNK = 5000


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict],
                chunk: int = CHUNK, constants: dict | None = None) -> int:
    """Insert `rows` (dicts with the same keys, column names of `table`), each with the
    `constants` too (e.g. the branch); returns the count."""
    if not rows:
        return 0
    constants = constants or {}
    fields = [k for k in rows[0] if k not in constants]
    keys = [*constants, *fields]
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    names = keys
    if compiled.positional:  # the driver takes tuples: the values in the statement's order
        if compiled.positiontup is None:
            raise RuntimeError(f"{dialect.name}: a positional insert without its order")
        names = list(compiled.positiontup)

    def processor(name):
        return table.c[name].type.dialect_impl(dialect).bind_processor(dialect)

    # Each row's values are picked in one C call (itemgetter), the few columns whose type
    # converts (Money to fen, dates on SQLite) converted in place, the constants converted once.
    fixed = tuple(constants[k] if processor(k) is None or constants[k] is None
                  else processor(k)(constants[k]) for k in constants)
    get = itemgetter(*fields)
    single = len(fields) == 1
    converted = [(i, _remembered(p)) for i, p in enumerate(map(processor, fields))
                 if p is not None]
    order = itemgetter(*(keys.index(name) for name in names))
    sql = str(compiled)
    for start in range(0, len(rows), chunk):
        params = []
        for row in rows[start:start + chunk]:
            picked = (get(row),) if single else get(row)
            if converted:
                picked = list(picked)
                for i, process in converted:
                    if picked[i] is not None:
                        picked[i] = process(picked[i])
            values = order((*fixed, *picked))
            if len(names) == 1:
                values = (values,)
            params.append(values if compiled.positional else dict(zip(names, values)))
        connection.exec_driver_sql(sql, params)
    return len(rows)


def _remembered(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A bind processor converting each distinct value once: the ones used here (Money to fen,
    dates and exact decimals to text) give equal values equal results, and a ledger repeats
    its amounts."""
    cache: dict = {}
    known = cache.get

    def run(value: Any) -> Any:
        out = known(value)
        if out is None:
            out = cache[value] = process(value)
        return out
    return run
