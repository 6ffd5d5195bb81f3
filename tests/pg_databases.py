"""Test databases on PostgreSQL, when RURALPERF_TEST_DB names a server (SQLite stays the
default): `RURALPERF_TEST_DB=postgresql://user@127.0.0.1:5432/postgres pytest tests/golden ...`.

The SQLite fixtures migrate one template file and copy it per test; here the template is a
database and each test gets `CREATE DATABASE ... TEMPLATE ...` (a file-level copy on the server,
as fast). The databases made are dropped when the session ends. A test database is given to the
tests as its URL where the SQLite fixtures give a Path; `Workspace.open`, the CLI's `--db` and
the helpers below take either.
"""
from __future__ import annotations

import itertools
import os
from datetime import date, datetime
from pathlib import Path

SERVER = os.environ.get("RURALPERF_TEST_DB", "")
ON_POSTGRES = SERVER.startswith("postgresql")
_names = itertools.count(1)
_made: list[str] = []


def is_url(db) -> bool:
    return "://" in str(db)


def _admin():
    import psycopg

    return psycopg.connect(SERVER, autocommit=True)


def _url(name: str) -> str:
    base, _, _old = SERVER.rpartition("/")
    return f"{base}/{name}"


def _name(url: str) -> str:
    return url.rpartition("/")[2]


def create(template_url: str | None = None) -> str:
    """A new database (empty, or a copy of `template_url`); returns its URL."""
    name = f"rptest_{os.getpid()}_{next(_names)}"
    with _admin() as conn:
        template = f' TEMPLATE "{_name(template_url)}"' if template_url else ""
        conn.execute(f'CREATE DATABASE "{name}"{template}')
    _made.append(name)
    return _url(name)


def drop_all() -> None:
    if not _made:
        return
    with _admin() as conn:
        for name in reversed(_made):
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _made.clear()


def clone(source, folder: Path, filename: str):
    """A private copy of a test database: a copied file (SQLite) or a database made from it
    (PostgreSQL)."""
    if is_url(source):
        return create(source)
    import shutil

    target = Path(folder) / filename
    shutil.copy(source, target)
    return target


def plain(value):
    """A value as SQLite returns it, so that expectations hold on both (dates as text)."""
    if isinstance(value, (datetime, date)):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def query(db, sql: str, *params) -> list[tuple]:
    """Rows of a raw query written for SQLite ("?" placeholders) on either database."""
    if not is_url(db):
        import sqlite3

        conn = sqlite3.connect(str(db))
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()
    import psycopg

    with psycopg.connect(db) as conn:
        rows = conn.execute(sql.replace("?", "%s"), params).fetchall()
    return [tuple(plain(v) for v in row) for row in rows]


def tables(db) -> list[str]:
    """The application's tables (PostgreSQL), in name order."""
    return [r[0] for r in query(db, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                    "ORDER BY tablename")]
