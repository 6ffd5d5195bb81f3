"""speed: a data version kept by triggers, stored limitation lists, the loans page's indexes

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 10:00:00

`data_version` holds one counter that triggers move on at every insert, update or delete of
the rows a limitation list reads (loans, snapshots, limitation events, guarantees,
reassignments, parameters, holidays, calendar years), whichever code or person made the change
(issues 17 and 22): a limitation list stored in `limitation_results` with the version it was
computed at is shown again only while the version has not moved. On PostgreSQL the triggers
are statement-level (one update per import statement); on SQLite they are per row, one
single-row update each (~0.4 µs a ledger row).

The loans page sorts and pages (keyset) by an index per sortable column of `loans`.

Note for later migrations: a SQLite batch migration that rebuilds one of these tables drops its
triggers; create them again (`TRIGGERS` below) in that migration.
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

VERSIONED = ("loans", "snapshots", "limitation_events", "guarantees", "reassignments",
             "parameters", "holidays", "calendar_years")
SORTED = ("amount", "disbursed_on", "maturity_on", "nature", "increment", "customer_type")
_BUMP = "UPDATE data_version SET version = version + 1 WHERE id = 1"


def TRIGGERS(dialect: str) -> list[str]:
    if dialect == "postgresql":
        out = ["CREATE FUNCTION data_version_bump() RETURNS trigger AS $$ BEGIN "
               f"{_BUMP}; RETURN NULL; END $$ LANGUAGE plpgsql"]
        out += [f"CREATE TRIGGER {t}_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "
                f"{t} FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump()" for t in VERSIONED]
        return out
    return [f"CREATE TRIGGER {t}_version_{ev.lower()} AFTER {ev} ON {t} BEGIN {_BUMP}; END"
            for t in VERSIONED for ev in ("INSERT", "UPDATE", "DELETE")]


def upgrade() -> None:
    op.create_table(
        "data_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_version")))
    op.execute("INSERT INTO data_version (id, version) VALUES (1, 1)")
    op.create_table(
        "limitation_results",
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("rules", sa.String(length=40), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["branch_id"], ["branches.id"],
                                name=op.f("fk_limitation_results_branch_id_branches")),
        sa.PrimaryKeyConstraint("branch_id", "as_of", name=op.f("pk_limitation_results")))
    for column in SORTED:
        op.create_index(f"ix_loans_sort_{column}", "loans", ["branch_id", column, "id"])
    for ddl in TRIGGERS(op.get_bind().dialect.name):
        op.execute(ddl)
    # SQLite's planner weighs indexes by their statistics: without those of the new ones it
    # takes any (branch_id, ...) index for the default order and sorts 300,000 loans.
    op.execute("ANALYZE loans")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for t in VERSIONED:
            op.execute(f"DROP TRIGGER IF EXISTS {t}_version ON {t}")
        op.execute("DROP FUNCTION IF EXISTS data_version_bump()")
    else:
        for t in VERSIONED:
            for ev in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {t}_version_{ev}")
    for column in SORTED:
        op.drop_index(f"ix_loans_sort_{column}", table_name="loans")
    op.drop_table("limitation_results")
    op.drop_table("data_version")
