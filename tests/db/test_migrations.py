"""Migrations create the schema from nothing, and the migrated schema is exactly the models'
(what `alembic check` verifies: autogenerate finds nothing to do)."""
from __future__ import annotations

import sqlite3

import pytest

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from ruralperf.db.engine import MIGRATIONS, alembic_config, make_engine, upgrade
from ruralperf.db.models import Base
from tests import pg_databases as pg


def test_migrations_create_the_schema_from_nothing_without_drift(tmp_path):
    """On SQLite, and on PostgreSQL when the tests run there."""
    db = pg.create() if pg.ON_POSTGRES else tmp_path / "fresh.db"
    engine = make_engine(str(db))
    try:
        upgrade(engine)
        with engine.connect() as conn:
            assert set(inspect(conn).get_table_names()) == \
                set(Base.metadata.tables) | {"alembic_version"}
            diff = compare_metadata(MigrationContext.configure(
                conn, opts={"compare_type": True, "render_as_batch": True}), Base.metadata)
            assert diff == []
            head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
            assert MigrationContext.configure(conn).get_current_revision() == head
    finally:
        engine.dispose()


@pytest.mark.sqlite_only
def test_upgrade_twice_is_harmless(tmp_path):
    db = tmp_path / "twice.db"
    engine = make_engine(str(db))
    try:
        upgrade(engine)
        before = list(sqlite3.connect(db).iterdump())
        upgrade(engine)
        assert list(sqlite3.connect(db).iterdump()) == before
    finally:
        engine.dispose()


@pytest.mark.sqlite_only
def test_foreign_keys_are_enforced_after_migration(tmp_path):
    engine = make_engine(str(tmp_path / "fk.db"))
    try:
        upgrade(engine)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        engine.dispose()


def test_every_migration_file_is_a_revision_of_one_line_of_history():
    script = ScriptDirectory(str(MIGRATIONS))
    revisions = list(script.walk_revisions())
    assert len(script.get_heads()) == 1
    assert revisions[-1].down_revision is None
    files = sorted(p.name for p in (MIGRATIONS / "versions").glob("*.py"))
    assert len(files) == len(revisions)
