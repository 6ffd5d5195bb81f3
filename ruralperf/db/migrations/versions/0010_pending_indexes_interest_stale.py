"""speed: a partial index of the pending entries of each data table; a month's interest facts apart

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 10:00:00

A pay run refuses to compute over pending entries it reads (ruralperf.services.confirming.affecting),
and the home page counts them. Without an index that meant reading a county's four months of
ledger rows (about a million) for the few a credit officer typed (0.9 s, issue 22). Each index
holds only the rows whose status is 'pending', so it costs nothing to the confirmed rows an
import inserts.
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

TABLES = ("households", "deposit_averages", "items", "loans", "credits", "guarantees",
          "interest_income", "limitation_events", "reassignments", "recoveries", "snapshots")
CONDITION = "status = 'pending'"


def upgrade() -> None:
    op.add_column("ledger_months", sa.Column("interest_stale", sa.Integer(), nullable=False,
                                             server_default="0"))
    for table in TABLES:
        op.create_index(f"ix_{table}_pending", table, ["branch_id"],
                        sqlite_where=sa.text(CONDITION), postgresql_where=sa.text(CONDITION))


def downgrade() -> None:
    # Not a batch (table copy): the month-fact triggers of other tables name ledger_months.
    op.execute("ALTER TABLE ledger_months DROP COLUMN interest_stale")  # SQLite >= 3.35
    for table in TABLES:
        op.drop_index(f"ix_{table}_pending", table_name=table)
