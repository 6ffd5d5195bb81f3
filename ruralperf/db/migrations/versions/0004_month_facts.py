"""month facts: per-staff month-end facts kept by the database, marked stale by triggers

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 09:10:00

A pay run reads, per staff member and month, the households maintained, the NPL balance and the
interest income (db.month_facts). They are derived from snapshots, interest income, loans and
reassignments; triggers mark the months a change can affect stale, so no write path (import,
form, a bulk loader, a hand-made SQL fix) can leave them out of date. Existing months start
stale and are computed when first needed.

Note for later migrations: a SQLite batch migration that rebuilds one of the four tables drops
its triggers; create them again (`TRIGGERS` below) in that migration.
"""
from alembic import op
import sqlalchemy as sa
import ruralperf.db.types


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# SQLite: mark (branch, month) stale, creating the row for a new month.
_MARK = ("INSERT INTO ledger_months (branch_id, month, stale) VALUES ({b}, {m}, 1) "
         "ON CONFLICT (branch_id, month) DO UPDATE SET stale = 1 WHERE stale = 0;")
# The months of one loan's rows that a change to its attribution can affect.
_LOAN_MONTHS = ("UPDATE ledger_months SET stale = 1 WHERE branch_id = {b} AND stale = 0 "
                "AND month IN (SELECT month FROM snapshots WHERE branch_id = {b} AND "
                "contract_no = {c} UNION SELECT month FROM interest_income WHERE branch_id = {b} "
                "AND contract_no = {c}){extra};")
# A reassignment dated r changes the manager from r's month on; dated before the disbursement it
# can also change the months before the loan's first (see rules.limitation.ManagerHistory).
_FROM_REASSIGNMENT = (" AND (month >= substr({r}, 1, 7) OR month <= (SELECT substr(disbursed_on, "
                      "1, 7) FROM loans WHERE branch_id = {b} AND contract_no = {c}))")


def _sqlite_triggers() -> list[str]:
    out = []
    for table in ("snapshots", "interest_income"):
        out += [
            f"CREATE TRIGGER {table}_facts_insert AFTER INSERT ON {table} BEGIN "
            + _MARK.format(b="NEW.branch_id", m="NEW.month") + " END",
            f"CREATE TRIGGER {table}_facts_update AFTER UPDATE ON {table} BEGIN "
            + _MARK.format(b="NEW.branch_id", m="NEW.month")
            + _MARK.format(b="OLD.branch_id", m="OLD.month") + " END",
            f"CREATE TRIGGER {table}_facts_delete AFTER DELETE ON {table} BEGIN "
            + _MARK.format(b="OLD.branch_id", m="OLD.month") + " END"]
    out.append(
        "CREATE TRIGGER loans_facts_update AFTER UPDATE OF contract_no, household_no, "
        "manager_no, disbursed_on ON loans BEGIN "
        + _LOAN_MONTHS.format(b="NEW.branch_id", c="NEW.contract_no", extra="")
        + _LOAN_MONTHS.format(b="OLD.branch_id", c="OLD.contract_no", extra="") + " END")
    for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("NEW", "OLD")), ("DELETE", ("OLD",))):
        body = "".join(_LOAN_MONTHS.format(
            b=f"{r}.branch_id", c=f"{r}.contract_no",
            extra=_FROM_REASSIGNMENT.format(r=f"{r}.effective_from", b=f"{r}.branch_id",
                                            c=f"{r}.contract_no")) for r in rows)
        out.append(f"CREATE TRIGGER reassignments_facts_{event.lower()} AFTER {event} ON "
                   f"reassignments BEGIN {body} END")
    return out


_PG_FUNCTIONS = [
    # A loan's months (all of them, or those a reassignment dated `since` can affect: from
    # its month on, and up to the disbursement's for one dated before it).
    """CREATE FUNCTION ledger_mark_loan(b integer, c varchar, since varchar) RETURNS void AS $$
    UPDATE ledger_months SET stale = 1 WHERE branch_id = b AND stale = 0
      AND (since IS NULL OR month >= since OR month <= (
           SELECT to_char(l.disbursed_on, 'YYYY-MM') FROM loans l
           WHERE l.branch_id = b AND l.contract_no = c))
      AND month IN (SELECT s.month FROM snapshots s WHERE s.branch_id = b AND s.contract_no = c
                    UNION SELECT i.month FROM interest_income i
                    WHERE i.branch_id = b AND i.contract_no = c)
    $$ LANGUAGE sql""",
    # Ledger rows: statement-level triggers over the transition tables, one upsert per import
    # statement rather than one per row.
    *[f"""CREATE FUNCTION ledger_rows_{name}() RETURNS trigger AS $$
    BEGIN
      INSERT INTO ledger_months (branch_id, month, stale)
        SELECT DISTINCT branch_id, month, 1 FROM ({rows}) AS changed
      ON CONFLICT (branch_id, month) DO UPDATE SET stale = 1 WHERE ledger_months.stale = 0;
      RETURN NULL;
    END $$ LANGUAGE plpgsql""" for name, rows in (
        ("new", "SELECT branch_id, month FROM new_rows"),
        ("old", "SELECT branch_id, month FROM old_rows"),
        ("both", "SELECT branch_id, month FROM new_rows UNION "
                 "SELECT branch_id, month FROM old_rows"))],
    """CREATE FUNCTION ledger_loan_changed() RETURNS trigger AS $$
    BEGIN
      PERFORM ledger_mark_loan(NEW.branch_id, NEW.contract_no, NULL);
      PERFORM ledger_mark_loan(OLD.branch_id, OLD.contract_no, NULL);
      RETURN NULL;
    END $$ LANGUAGE plpgsql""",
    """CREATE FUNCTION ledger_reassignment_changed() RETURNS trigger AS $$
    BEGIN
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM ledger_mark_loan(NEW.branch_id, NEW.contract_no,
                                 to_char(NEW.effective_from, 'YYYY-MM'));
      END IF;
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM ledger_mark_loan(OLD.branch_id, OLD.contract_no,
                                 to_char(OLD.effective_from, 'YYYY-MM'));
      END IF;
      RETURN NULL;
    END $$ LANGUAGE plpgsql""",
]


def _pg_triggers() -> list[str]:
    out = list(_PG_FUNCTIONS)
    for table in ("snapshots", "interest_income"):
        out += [f"CREATE TRIGGER {table}_facts_insert AFTER INSERT ON {table} REFERENCING NEW "
                "TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ledger_rows_new()",
                f"CREATE TRIGGER {table}_facts_update AFTER UPDATE ON {table} REFERENCING OLD "
                "TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "
                "ledger_rows_both()",
                f"CREATE TRIGGER {table}_facts_delete AFTER DELETE ON {table} REFERENCING OLD "
                "TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ledger_rows_old()"]
    out.append("CREATE TRIGGER loans_facts AFTER UPDATE OF contract_no, household_no, manager_no, "
               "disbursed_on ON loans FOR EACH ROW EXECUTE FUNCTION ledger_loan_changed()")
    out.append("CREATE TRIGGER reassignments_facts AFTER INSERT OR UPDATE OR DELETE ON "
               "reassignments FOR EACH ROW EXECUTE FUNCTION ledger_reassignment_changed()")
    return out


def TRIGGERS(dialect: str) -> list[str]:
    return _pg_triggers() if dialect == "postgresql" else _sqlite_triggers()


def upgrade() -> None:
    op.create_table('ledger_months',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('stale', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('branch_id', 'month', name=op.f('pk_ledger_months'))
    )
    op.create_table('month_facts',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('staff_no', sa.String(length=20), nullable=False),
    sa.Column('households', sa.Text(), nullable=False),
    sa.Column('npl', ruralperf.db.types.Money(), nullable=False),
    sa.Column('interest', ruralperf.db.types.Money(), nullable=True),
    sa.PrimaryKeyConstraint('branch_id', 'month', 'staff_no', name=op.f('pk_month_facts'))
    )
    op.execute("INSERT INTO ledger_months (branch_id, month, stale) "
               "SELECT branch_id, month, 1 FROM snapshots GROUP BY branch_id, month "
               "UNION SELECT branch_id, month, 1 FROM interest_income GROUP BY branch_id, month")
    for ddl in TRIGGERS(op.get_bind().dialect.name):
        op.execute(ddl)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in ("snapshots", "interest_income", "loans", "reassignments"):
        for suffix in ("", "_insert", "_update", "_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_facts{suffix}"
                       + (f" ON {table}" if dialect == "postgresql" else ""))
    if dialect == "postgresql":
        for fn in ("ledger_rows_new()", "ledger_rows_old()", "ledger_rows_both()",
                   "ledger_loan_changed()", "ledger_reassignment_changed()",
                   "ledger_mark_loan(integer, varchar, varchar)"):
            op.execute(f"DROP FUNCTION IF EXISTS {fn}")
    op.drop_table('month_facts')
    op.drop_table('ledger_months')
