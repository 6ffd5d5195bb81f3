"""Inserting many rows at once: the driver's executemany, each value converted by its column
type (Money to integer fen, dates for SQLite...) exactly as SQLAlchemy's Core insert converts
it, without the per-row parameter bookkeeping that costs more than the insert itself at a
county's 300,000 rows. Inside the caller's transaction, on SQLite and PostgreSQL alike."""
from __future__ import annotations

from typing import Sequence

from sqlalchemy import Connection, Table, insert

CHUNK = 5000


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict],
                chunk: int = CHUNK, constants: dict | None = None) -> int:
    """Insert `rows` (dicts with the same keys, column names of `table`), each with the
    `constants` too (e.g. the branch); returns the count."""
    if not rows:
        return 0
    constants = constants or {}
    keys = [*constants, *rows[0]]
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    names = list(compiled.positiontup) if compiled.positional else keys
    processors = [table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
                  for name in names]
    plan = list(zip(names, processors))
    sql = str(compiled)
    for start in range(0, len(rows), chunk):
        params = []
        for row in rows[start:start + chunk]:
            row = {**constants, **row} if constants else row
            values = [row[name] if process is None or row[name] is None
                      else process(row[name]) for name, process in plan]
            params.append(tuple(values) if compiled.positional else dict(zip(names, values)))
        connection.exec_driver_sql(sql, params)
    return len(rows)
