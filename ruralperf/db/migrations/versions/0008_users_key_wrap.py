"""trust: the audit key wrapped with each administrator's password

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 09:00:00

`users.key_wrap` holds the audit chain's key (ruralperf.security.audit_key) encrypted with a key
derived from that administrator's password (ruralperf.security.key_wrap), so that the database
and every backup of it carry the key in a form only an administrator's sign-in opens. Plain
ADD COLUMN (no batch rebuild: migration 0004's triggers stay in place on SQLite).
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("key_wrap", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("users", "key_wrap")
