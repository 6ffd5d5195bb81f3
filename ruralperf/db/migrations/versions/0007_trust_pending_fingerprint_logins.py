"""trust: pending entries, pay-run input fingerprints, failed sign-ins

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 18:10:00

Each data table an officer may write gets a `status` column ("confirmed" by default; "pending"
until an administrator confirms an officer's entry). Plain ADD COLUMN (no batch rebuild), so
the month-facts triggers of migration 0004 stay in place on SQLite.
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

DATA_TABLES = ("households", "loans", "credits", "reassignments", "snapshots", "interest_income",
               "deposit_averages", "items", "recoveries", "limitation_events", "guarantees")


def upgrade() -> None:
    for table in DATA_TABLES:
        op.add_column(table, sa.Column("status", sa.String(length=10), nullable=False,
                                       server_default="confirmed"))
    op.add_column("pay_runs", sa.Column("inputs_fingerprint", sa.String(length=64),
                                        nullable=True))
    op.create_table(
        "login_attempts",
        sa.Column("username", sa.String(length=50), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_login_attempts")))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): a batch rebuild would trip over migration 0004's
    # triggers.
    op.drop_table("login_attempts")
    op.drop_column("pay_runs", "inputs_fingerprint")
    for table in DATA_TABLES:
        op.drop_column(table, "status")
