"""speed: each month's number of ledger and interest rows, kept by the month-fact triggers

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 16:30:00

The home page shows, for six months, how many ledger and interest rows each holds. Counting
them took SQLite 0.3 s on a county (3.2 million index entries) at every opening of the window
(issue 22). The triggers that mark a month's facts stale (migration 0004) now also keep the
month's row counts in `ledger_months`, whichever code or person inserts, moves or deletes a
row; reading them is one small query. On SQLite the per-row upsert the triggers already did now
always writes (about 0.2 µs a ledger row more); on PostgreSQL the statement-level triggers add
each statement's rows per month in one upsert, and a TRUNCATE sets the counts to zero.

Note for later migrations: a SQLite batch migration that rebuilds `snapshots` or
`interest_income` drops their triggers; create them again (`TRIGGERS` below) in that migration.
"""
import importlib.util
from pathlib import Path

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

COUNTED = {"snapshots": "snapshot_rows", "interest_income": "interest_rows"}

# SQLite: mark (branch, month) stale and move its count by `n`, creating the row for a new month.
_MOVE = ("INSERT INTO ledger_months (branch_id, month, stale, {col}) VALUES ({b}, {m}, 1, "
         "{n}) ON CONFLICT (branch_id, month) DO UPDATE SET stale = 1, "
         "{col} = {col} + {n};")


def _sqlite_triggers() -> list[str]:
    out = []
    for table, col in COUNTED.items():
        new = _MOVE.format(col=col, b="NEW.branch_id", m="NEW.month", n=1)
        old = _MOVE.format(col=col, b="OLD.branch_id", m="OLD.month", n=-1)
        out += [f"CREATE TRIGGER {table}_facts_insert AFTER INSERT ON {table} BEGIN {new} END",
                f"CREATE TRIGGER {table}_facts_update AFTER UPDATE ON {table} BEGIN {old}{new} END",
                f"CREATE TRIGGER {table}_facts_delete AFTER DELETE ON {table} BEGIN {old} END"]
    return out


def _pg_function(table: str, col: str, name: str, rows: str) -> str:
    """A statement's changed rows (+1 a new row, -1 an old one), added per month in one upsert."""
    return f"""CREATE FUNCTION ledger_count_{table}_{name}() RETURNS trigger AS $$
    BEGIN
      INSERT INTO ledger_months AS lm (branch_id, month, stale, {col})
        SELECT branch_id, month, 1, sum(n) FROM ({rows}) AS changed GROUP BY branch_id, month
      ON CONFLICT (branch_id, month) DO UPDATE SET stale = 1, {col} = lm.{col} + EXCLUDED.{col};
      RETURN NULL;
    END $$ LANGUAGE plpgsql"""


_ROWS = {"new": "SELECT branch_id, month, 1 AS n FROM new_rows",
         "old": "SELECT branch_id, month, -1 AS n FROM old_rows",
         "both": "SELECT branch_id, month, 1 AS n FROM new_rows UNION ALL "
                 "SELECT branch_id, month, -1 FROM old_rows"}
_EVENTS = (("insert", "INSERT", "REFERENCING NEW TABLE AS new_rows", "new"),
           ("update", "UPDATE", "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows", "both"),
           ("delete", "DELETE", "REFERENCING OLD TABLE AS old_rows", "old"))


def _pg_triggers() -> list[str]:
    out = []
    for table, col in COUNTED.items():
        out += [_pg_function(table, col, name, rows) for name, rows in _ROWS.items()]
        out.append(f"""CREATE FUNCTION ledger_count_{table}_truncate() RETURNS trigger AS $$
        BEGIN
          UPDATE ledger_months SET stale = 1, {col} = 0;
          RETURN NULL;
        END $$ LANGUAGE plpgsql""")
        out += [f"CREATE TRIGGER {table}_facts_{suffix} AFTER {event} ON {table} {referencing} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION ledger_count_{table}_{name}()"
                for suffix, event, referencing, name in _EVENTS]
        out.append(f"CREATE TRIGGER {table}_facts_truncate AFTER TRUNCATE ON {table} "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION ledger_count_{table}_truncate()")
    return out


def TRIGGERS(dialect: str) -> list[str]:
    return _pg_triggers() if dialect == "postgresql" else _sqlite_triggers()


def _drop_triggers(dialect: str) -> None:
    for table in COUNTED:
        for suffix in ("insert", "update", "delete", "truncate"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_facts_{suffix}"
                       + (f" ON {table}" if dialect == "postgresql" else ""))


def _month_facts_migration():
    """Migration 0004's module (its file name is not an importable name)."""
    path = Path(__file__).with_name("0004_month_facts.py")
    spec = importlib.util.spec_from_file_location("ruralperf_migration_0004", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for col in COUNTED.values():
        op.add_column("ledger_months", sa.Column(col, sa.Integer(), nullable=False,
                                                 server_default="0"))
    for table, col in COUNTED.items():
        op.execute(f"UPDATE ledger_months SET {col} = (SELECT count(*) FROM {table} t "
                   "WHERE t.branch_id = ledger_months.branch_id "
                   "AND t.month = ledger_months.month)")
    _drop_triggers(dialect)
    if dialect == "postgresql":
        for name in ("new", "old", "both"):  # 0004's, shared by both tables
            op.execute(f"DROP FUNCTION IF EXISTS ledger_rows_{name}()")
    for ddl in TRIGGERS(dialect):
        op.execute(ddl)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    _drop_triggers(dialect)
    if dialect == "postgresql":
        for table in COUNTED:
            for name in (*_ROWS, "truncate"):
                op.execute(f"DROP FUNCTION IF EXISTS ledger_count_{table}_{name}()")
    # 0004's triggers of these two tables (and, on PostgreSQL, their shared functions)
    for ddl in _month_facts_migration().TRIGGERS(dialect):
        if any(f" ON {table} " in ddl for table in COUNTED) or "ledger_rows_" in ddl.split(
                "(")[0]:
            op.execute(ddl)
    for col in COUNTED.values():  # not a batch (table copy): other tables' triggers name it
        op.execute(f"ALTER TABLE ledger_months DROP COLUMN {col}")  # SQLite >= 3.35
