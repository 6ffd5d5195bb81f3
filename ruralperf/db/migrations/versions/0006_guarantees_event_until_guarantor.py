"""guarantees; limitation events gain until and guarantor

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 18:30:00

DOMAIN.md 7.5-7.7 (second edition): the sheet 担保 (guarantees), and on 时效事件 the columns
截止日期 (until: a suspension's end, a judgment's performance deadline) and 保证人 (guarantor of
a guarantor_demand; '' for other kinds). The events' natural key gains the guarantor, so their
unique constraint is replaced (a batch rebuild of limitation_events on SQLite; none of migration
0004's trigger tables is rebuilt, so its triggers stay).
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('guarantees',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('contract_no', sa.String(length=40), nullable=False),
    sa.Column('guarantor', sa.String(length=100), nullable=False),
    sa.Column('id_number', sa.String(length=30), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('period_months', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['branch_id', 'contract_no'], ['loans.branch_id', 'loans.contract_no'], name=op.f('fk_guarantees_branch_id_contract_no_loans'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], name=op.f('fk_guarantees_branch_id_branches')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guarantees')),
    sa.UniqueConstraint('branch_id', 'contract_no', 'guarantor', name=op.f('uq_guarantees_branch_id_contract_no_guarantor'))
    )
    with op.batch_alter_table('limitation_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('until', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('guarantor', sa.String(length=100), server_default='', nullable=False))
        batch_op.drop_constraint('uq_limitation_events_branch_id_contract_no_date_kind', type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_limitation_events_branch_id_contract_no_date_kind_guarantor'), ['branch_id', 'contract_no', 'date', 'kind', 'guarantor'])


def downgrade() -> None:
    op.execute("DELETE FROM limitation_events WHERE kind IN ('demand_published', 'suspension', "
               "'judgment', 'execution_applied', 'guarantor_demand')")
    with op.batch_alter_table('limitation_events', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_limitation_events_branch_id_contract_no_date_kind_guarantor'), type_='unique')
        batch_op.create_unique_constraint('uq_limitation_events_branch_id_contract_no_date_kind', ['branch_id', 'contract_no', 'date', 'kind'])
        batch_op.drop_column('guarantor')
        batch_op.drop_column('until')
    op.drop_table('guarantees')
