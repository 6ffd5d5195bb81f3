"""Tables: one per entity of WORKBOOK.md, natural keys unique within a branch. The record
columns' text lengths come from their declaration (`domain.records`).

Every record belongs to a branch, so one PostgreSQL database can hold a county union. References
use natural keys (composite foreign keys with the branch), which keeps import an upsert.
"""
from __future__ import annotations

import datetime as dt
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (BigInteger, Boolean, Date, DateTime, ForeignKey, ForeignKeyConstraint,
                        Index, Integer, LargeBinary, MetaData, String, Table, Text,
                        UniqueConstraint, literal_column, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ruralperf.db.types import DecimalText, Money, QuarterCode
from ruralperf.domain.periods import Quarter
from ruralperf.domain.records import length

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _text(table: str, column: str) -> String:
    """The String type of a record column, its length as declared (domain.records)."""
    return String(length(table, column))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    if TYPE_CHECKING:  # every model declares its own Table (none maps a join or a select)
        __table__: ClassVar[Table]


def _branch() -> Mapped[int]:
    return mapped_column(ForeignKey("branches.id"), nullable=False)


def _status() -> Mapped[str]:
    """An entry's confirmation state (ruralperf.services.confirming): "confirmed", or "pending" while a
    credit officer's entry waits for an administrator."""
    return mapped_column(String(10), nullable=False, server_default="confirmed")


def _staff_fk(column: str = "staff_no") -> ForeignKeyConstraint:
    return ForeignKeyConstraint(["branch_id", column], ["staff.branch_id", "staff.staff_no"])


def _loan_fk() -> ForeignKeyConstraint:
    return ForeignKeyConstraint(["branch_id", "contract_no"],
                                ["loans.branch_id", "loans.contract_no"], ondelete="CASCADE")


class Branch(Base):
    __tablename__ = "branches"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))


class StaffRow(Base):
    __tablename__ = "staff"
    __table_args__ = (UniqueConstraint("branch_id", "staff_no"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = _branch()
    staff_no: Mapped[str] = mapped_column(_text("staff", "staff_no"))
    name: Mapped[str] = mapped_column(_text("staff", "name"))
    position: Mapped[str] = mapped_column(_text("staff", "position"))
    coefficient: Mapped[Decimal] = mapped_column(DecimalText)
    initials: Mapped[str | None] = mapped_column(String(60))  # pinyin initials, for search


class HouseholdRow(Base):
    __tablename__ = "households"
    __table_args__ = (UniqueConstraint("branch_id", "household_no"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = _branch()
    household_no: Mapped[str] = mapped_column(_text("households", "household_no"))
    name: Mapped[str] = mapped_column(_text("households", "name"))
    id_number: Mapped[str | None] = mapped_column(_text("households", "id_number"))
    kind: Mapped[str | None] = mapped_column(_text("households", "kind"))
    initials: Mapped[str | None] = mapped_column(String(120))  # pinyin initials, for search
    status: Mapped[str] = _status()


SORTED_LOAN_COLUMNS = ("amount", "disbursed_on", "maturity_on", "nature", "increment",
                       "customer_type")


class LoanRow(Base):
    __tablename__ = "loans"
    __table_args__ = (
        UniqueConstraint("branch_id", "contract_no"),
        ForeignKeyConstraint(["branch_id", "household_no"],
                             ["households.branch_id", "households.household_no"]),
        _staff_fk("manager_no"),
        Index("ix_loans_branch_household", "branch_id", "household_no"),
        Index("ix_loans_branch_manager", "branch_id", "manager_no"),
        # the loans page sorts and pages by these (issue 22, migration 0009)
        *(Index(f"ix_loans_sort_{c}", "branch_id", c, "id") for c in SORTED_LOAN_COLUMNS),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = _branch()
    contract_no: Mapped[str] = mapped_column(_text("loans", "contract_no"))
    household_no: Mapped[str] = mapped_column(_text("loans", "household_no"))
    amount: Mapped[Decimal] = mapped_column(Money)
    disbursed_on: Mapped[date] = mapped_column(Date)
    maturity_on: Mapped[date] = mapped_column(Date)
    nature: Mapped[str] = mapped_column(_text("loans", "nature"))
    increment: Mapped[Decimal | None] = mapped_column(Money)
    customer_type: Mapped[str] = mapped_column(_text("loans", "customer_type"))
    manager_no: Mapped[str] = mapped_column(_text("loans", "manager_no"))
    status: Mapped[str] = _status()


class CreditRow(Base):
    __tablename__ = "credits"
    __table_args__ = (UniqueConstraint("branch_id", "contract_no", "staff_no"), _loan_fk(),
                      _staff_fk())
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = _branch()
    contract_no: Mapped[str] = mapped_column(_text("credits", "contract_no"))
    staff_no: Mapped[str] = mapped_column(_text("credits", "staff_no"))
    share: Mapped[Decimal] = mapped_column(DecimalText)
    status: Mapped[str] = _status()


class ReassignmentRow(Base):
    __tablename__ = "reassignments"
    __table_args__ = (UniqueConstraint("branch_id", "contract_no", "effective_from"),
                      _loan_fk(), _staff_fk())
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = _branch()
    contract_no: Mapped[str] = mapped_column(_text("reassignments", "contract_no"))
    staff_no: Mapped[str] = mapped_column(_text("reassignments", "staff_no"))
    effective_from: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = _status()


class SnapshotRow(Base):
    __tablename__ = "snapshots"
    __table_args__ = (UniqueConstraint("branch_id", "contract_no", "month"), _loan_fk(),
                      Index("ix_snapshots_branch_month", "branch_id", "month"))
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = _branch()
    contract_no: Mapped[str] = mapped_column(_text("snapshots", "contract_no"))
    month: Mapped[str] = mapped_column(_text("snapshots", "month"))
    balance: Mapped[Decimal] = mapped_column(Money)
    overdue_days: Mapped[int] = mapped_column(Integer)
    arrears_months: Mapped[int] = mapped_column(Integer)
    grade: Mapped[str] = mapped_column(_text("snapshots", "grade"))
    status: Mapped[str] = _status()


class InterestRow(Base):
    __tablename__ = "interest_income"
    __table_args__ = (UniqueConstraint("branch_id", "contract_no", "month"), _loan_fk(),
                      Index("ix_interest_branch_month", "branch_id", "month"))
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = _branch()
    contract_no: Mapped[str] = mapped_column(_text("interest", "contract_no"))
    month: Mapped[str] = mapped_column(_text("interest", "month"))
    amount: Mapped[Decimal] = mapped_column(Money)
    status: Mapped[str] = _status()


class LedgerMonthRow(Base):
    """A month of ledger or interest rows, how many, and whether its `month_facts` are out of
    date. Kept by database triggers (migration 0004): any insert, update or delete of a snapshot or interest
    row, of a reassignment, or a change of a loan's manager, household or dates marks the
    months it can affect stale, whichever code (or person) made the change."""

    __tablename__ = "ledger_months"
    branch_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    stale: Mapped[int] = mapped_column(Integer)
    # Set by db.month_facts.refresh, never by a trigger: the month's facts hold its ledger part
    # only (rebuilt for a pay run that reads it as its base month); its interest part is
    # rebuilt when read (migration 0010).
    interest_stale: Mapped[int] = mapped_column(Integer, server_default="0")
    # The month's rows, kept by the same triggers (migration 0011): the home page reads them
    # instead of counting a county's millions of rows.
    snapshot_rows: Mapped[int] = mapped_column(Integer, server_default="0")
    interest_rows: Mapped[int] = mapped_column(Integer, server_default="0")


class DataVersionRow(Base):
    """One counter that every change of the data a limitation list reads moves on: loans,
    ledgers, events, guarantees, reassignments, parameters and the holiday calendar. Kept by
    database triggers (migration 0009), whichever code (or person) made the change."""

    __tablename__ = "data_version"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)


class LimitationResultRow(Base):
    """A stored limitation list (ruralperf.services.limitation_store): the branch's list on `as_of`,
    computed at data version `version` by rules of fingerprint `rules`; JSON, zlib."""

    __tablename__ = "limitation_results"
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"), primary_key=True)
    as_of: Mapped[date] = mapped_column(Date, primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)
    rules: Mapped[str] = mapped_column(String(40))
    body: Mapped[bytes] = mapped_column(LargeBinary)


class MonthFactsRow(Base):
    """One staff member's month (rules.ledger.MonthFacts), derived from the ledger rows and
    rebuilt when its month is stale (db.month_facts): the households with an outstanding loan
    the staff member manages at the month end (JSON: household -> worst months of unpaid
    interest, null when overdue), the NPL balance managed and the interest income attributed (None without any)."""

    __tablename__ = "month_facts"
    branch_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    staff_no: Mapped[str] = mapped_column(String(20), primary_key=True)
    households: Mapped[str] = mapped_column(Text)
    npl: Mapped[Decimal] = mapped_column(Money)
    interest: Mapped[Decimal | None] = mapped_column(Money)  # None: no interest row that month


class DepositRow(Base):
    __tablename__ = "deposit_averages"
    __table_args__ = (UniqueConstraint("branch_id", "staff_no", "month"), _staff_fk())
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = _branch()
    staff_no: Mapped[str] = mapped_column(_text("deposits", "staff_no"))
    month: Mapped[str] = mapped_column(_text("deposits", "month"))
    daily_avg: Mapped[Decimal] = mapped_column(Money)
    status: Mapped[str] = _status()


class ItemRow(Base):
    __tablename__ = "items"
    __table_args__ = (_staff_fk(), Index("ix_items_branch_date", "branch_id", "date"))
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = _branch()
    staff_no: Mapped[str] = mapped_column(_text("items", "staff_no"))
    date: Mapped[date] = mapped_column(Date)
    item: Mapped[str] = mapped_column(_text("items", "item"))
    qty: Mapped[int] = mapped_column(Integer)
    card_balance: Mapped[Decimal | None] = mapped_column(Money)
    status: Mapped[str] = _status()


class RecoveryRow(Base):
    __tablename__ = "recoveries"
    __table_args__ = (_loan_fk(), _staff_fk())
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = _branch()
    contract_no: Mapped[str] = mapped_column(_text("recoveries", "contract_no"))
    staff_no: Mapped[str] = mapped_column(_text("recoveries", "staff_no"))
    date: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    status: Mapped[str] = _status()


class LimitationEventRow(Base):
    __tablename__ = "limitation_events"
    __table_args__ = (UniqueConstraint("branch_id", "contract_no", "date", "kind", "guarantor"),
                      _loan_fk(), _staff_fk())
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = _branch()
    contract_no: Mapped[str] = mapped_column(_text("limitation_events", "contract_no"))
    date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(_text("limitation_events", "kind"))
    staff_no: Mapped[str | None] = mapped_column(_text("limitation_events", "staff_no"))
    amount: Mapped[Decimal | None] = mapped_column(Money)
    # `dt.date` below: the column `date` above hides the type's name in the class body
    new_maturity: Mapped[dt.date | None] = mapped_column(Date)
    until: Mapped[dt.date | None] = mapped_column(Date)  # suspension, judgment (DOMAIN.md 7.5, 7.6)
    # guarantor_demand: the guarantor demanded; '' for every other kind, so that the natural
    # key (contract, date, kind, guarantor) is unique in SQL (NULLs never collide)
    guarantor: Mapped[str] = mapped_column(_text("limitation_events", "guarantor"), default="",
                                           server_default="")
    status: Mapped[str] = _status()


class GuaranteeRow(Base):
    """担保 (DOMAIN.md 7.7): a guarantor of a loan."""

    __tablename__ = "guarantees"
    __table_args__ = (UniqueConstraint("branch_id", "contract_no", "guarantor"), _loan_fk())
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = _branch()
    contract_no: Mapped[str] = mapped_column(_text("guarantees", "contract_no"))
    guarantor: Mapped[str] = mapped_column(_text("guarantees", "guarantor"))
    id_number: Mapped[str | None] = mapped_column(_text("guarantees", "id_number"))
    kind: Mapped[str] = mapped_column(_text("guarantees", "kind"))  # domain.enums.GuaranteeKind
    period_months: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = _status()


class TargetRow(Base):
    __tablename__ = "targets"
    __table_args__ = (UniqueConstraint("branch_id", "staff_no", "quarter"), _staff_fk())
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = _branch()
    staff_no: Mapped[str] = mapped_column(_text("targets", "staff_no"))
    quarter: Mapped[str] = mapped_column(_text("targets", "quarter"))
    interest: Mapped[Decimal] = mapped_column(Money)
    deposit: Mapped[Decimal] = mapped_column(Money)
    npl: Mapped[Decimal] = mapped_column(Money)
    intermediate: Mapped[int] = mapped_column(Integer)
    quality: Mapped[int] = mapped_column(Integer)


class AdjustmentRow(Base):
    __tablename__ = "adjustments"
    __table_args__ = (_staff_fk(), Index("ix_adjustments_branch_quarter", "branch_id", "quarter"))
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = _branch()
    staff_no: Mapped[str] = mapped_column(_text("adjustments", "staff_no"))
    quarter: Mapped[str] = mapped_column(_text("adjustments", "quarter"))
    amount: Mapped[Decimal] = mapped_column(Money)
    reason: Mapped[str] = mapped_column(Text)


class ClawbackRow(Base):
    """追索扣回 (DOMAIN.md 9.3): applied in the pay run of the quarter of `date`."""

    __tablename__ = "clawbacks"
    __table_args__ = (_staff_fk(), Index("ix_clawbacks_branch_date", "branch_id", "date"))
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = _branch()
    staff_no: Mapped[str] = mapped_column(_text("clawbacks", "staff_no"))
    date: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    reason: Mapped[str] = mapped_column(Text)
    contracts: Mapped[str | None] = mapped_column(Text)  # "C1、C2" (domain.deferral)


class ParameterRow(Base):
    __tablename__ = "parameters"
    __table_args__ = (UniqueConstraint("branch_id", "key", "effective_from"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = _branch()
    key: Mapped[str] = mapped_column(_text("parameters", "key"))
    value: Mapped[str] = mapped_column(_text("parameters", "value"))
    effective_from: Mapped[date] = mapped_column(Date)


class HolidayRow(Base):
    """A statutory holiday (is_workday false) or a make-up working day (true)."""

    __tablename__ = "holidays"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(_text("holidays", "note"))


class CalendarYearRow(Base):
    """A year the holiday calendar covers completely."""

    __tablename__ = "calendar_years"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class PayRunRow(Base):
    __tablename__ = "pay_runs"
    __table_args__ = (UniqueConstraint("branch_id", "quarter", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = _branch()
    quarter: Mapped[Quarter] = mapped_column(QuarterCode)
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))  # domain.enums.PayRunStatus
    computed_at: Mapped[datetime] = mapped_column(DateTime)
    computed_by: Mapped[str] = mapped_column(String(50))
    result_json: Mapped[str] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    submitted_by: Mapped[str | None] = mapped_column(String(50))
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    approved_by: Mapped[str | None] = mapped_column(String(50))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    approval_reason: Mapped[str | None] = mapped_column(Text)  # self-approval needs one
    reopened_by: Mapped[str | None] = mapped_column(String(50))
    reopened_at: Mapped[datetime | None] = mapped_column(DateTime)
    reopen_reason: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str | None] = mapped_column(String(64))  # sha256 of result_json
    # sha256 of every input the computation read (ruralperf.services.fingerprint)
    inputs_fingerprint: Mapped[str | None] = mapped_column(String(64))


class PayRunStaffRow(Base):
    __tablename__ = "pay_run_staff"
    pay_run_id: Mapped[int] = mapped_column(ForeignKey("pay_runs.id", ondelete="CASCADE"),
                                            primary_key=True)
    staff_no: Mapped[str] = mapped_column(String(20), primary_key=True)
    gross: Mapped[Decimal] = mapped_column(Money)
    net: Mapped[Decimal] = mapped_column(Money)
    carry_to_next: Mapped[Decimal] = mapped_column(Money)


class DeferredPartRow(Base):
    """A part of a quarter's deferred pay (DOMAIN.md 9.1), written when the quarter's run is
    approved; the approval of a reopened quarter's new version replaces its old version's parts.
    What later runs released or clawed back of it is in `deferral_moves`."""

    __tablename__ = "deferred_parts"
    __table_args__ = (UniqueConstraint("branch_id", "staff_no", "origin", "due"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = _branch()
    pay_run_id: Mapped[int] = mapped_column(ForeignKey("pay_runs.id", ondelete="CASCADE"),
                                            index=True)
    staff_no: Mapped[str] = mapped_column(String(20))
    origin: Mapped[Quarter] = mapped_column(QuarterCode)
    due: Mapped[Quarter] = mapped_column(QuarterCode)
    amount: Mapped[Decimal] = mapped_column(Money)


class DeferralMoveRow(Base):
    """What an approved run of `quarter` released or clawed back of one deferred part."""

    __tablename__ = "deferral_moves"
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = _branch()
    pay_run_id: Mapped[int] = mapped_column(ForeignKey("pay_runs.id", ondelete="CASCADE"),
                                            index=True)
    quarter: Mapped[Quarter] = mapped_column(QuarterCode)
    part_id: Mapped[int] = mapped_column(ForeignKey("deferred_parts.id", ondelete="CASCADE"),
                                         index=True)
    kind: Mapped[str] = mapped_column(String(10))  # release | clawback
    amount: Mapped[Decimal] = mapped_column(Money)


class UserRow(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    display_name: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(20))  # admin | officer | auditor
    password_hash: Mapped[str] = mapped_column(String(200))
    staff_no: Mapped[str | None] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # an administrator's copy of the audit key, wrapped with his password (security.key_wrap)
    key_wrap: Mapped[str | None] = mapped_column(Text)


class LoginAttemptRow(Base):
    """Failed sign-ins per user name (known or not): the delay and the lock (ruralperf.services.accounts)."""

    __tablename__ = "login_attempts"
    username: Mapped[str] = mapped_column(String(50), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)


class AuditRow(Base):
    """Append-only, hash-chained record of every change (ruralperf.security.audit)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_table_key", "table_name", "record_key"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(19))
    branch_id: Mapped[int | None] = mapped_column(Integer)
    user: Mapped[str] = mapped_column(String(50))
    source: Mapped[str] = mapped_column(String(200))  # "import:<file>#<sha>", "form", "payrun"
    action: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(40))
    record_key: Mapped[str] = mapped_column(String(200))
    old_values: Mapped[str | None] = mapped_column(Text)
    new_values: Mapped[str | None] = mapped_column(Text)
    hash: Mapped[str] = mapped_column(String(64))


class SettingRow(Base):
    """Branch settings an administrator changes in the application (idle lock minutes...)."""

    __tablename__ = "settings"
    __table_args__ = (UniqueConstraint("branch_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = _branch()
    key: Mapped[str] = mapped_column(String(80))
    value: Mapped[str] = mapped_column(Text)


# Pending entries (ruralperf.services.confirming) are few among a county's millions of rows: a partial
# index per data table finds them without reading the others (migration 0010, issue 22). A
# query uses it only when it names the value literally, as `is_pending` does (SQLite does not
# match a bound parameter against an index's condition).
PENDING_CONDITION = "status = 'pending'"
# The data tables: those whose entries have a confirmation state (`_status`).
PENDING_INDEXED = tuple(t.name for t in Base.metadata.sorted_tables
                        if "status" in t.c and t.c.status.server_default is not None)
for _name in PENDING_INDEXED:
    Index(f"ix_{_name}_pending", Base.metadata.tables[_name].c.branch_id,
          sqlite_where=text(PENDING_CONDITION), postgresql_where=text(PENDING_CONDITION))
del _name


def is_pending(model):
    """The condition "the entry is pending" on a data table, as its partial index names it."""
    return model.status == literal_column("'pending'")
