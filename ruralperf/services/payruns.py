"""The pay-run workflow: draft -> submitted -> approved; reopening keeps the approved run as a
numbered version (status "superseded") and the quarter is computed again as a new version.

An approved quarter is locked: records that affect it cannot change (ruralperf.io.locks)."""
from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ruralperf.db import deferrals
from ruralperf.db import models as m
from ruralperf.domain.periods import Quarter
from ruralperf.domain.enums import PayRunStatus
from ruralperf.errors import UserError
from ruralperf.io import stored_run
from ruralperf.io.locks import lock_conflict
from ruralperf.security.audit import Change, append
from ruralperf.security.users import User

DRAFT, SUBMITTED, APPROVED, SUPERSEDED = (PayRunStatus.DRAFT.value, PayRunStatus.SUBMITTED.value,
                                          PayRunStatus.APPROVED.value,
                                          PayRunStatus.SUPERSEDED.value)


def content_hash(result_json: str) -> str:
    return hashlib.sha256(result_json.encode("utf-8")).hexdigest()


def latest(session: Session, branch_id: int, quarter: Quarter) -> m.PayRunRow | None:
    return session.scalar(select(m.PayRunRow).where(m.PayRunRow.branch_id == branch_id,
                                                    m.PayRunRow.quarter == quarter)
                          .order_by(m.PayRunRow.version.desc()).limit(1))


def approved_quarters(session: Session, branch_id: int) -> set[Quarter]:
    return set(session.scalars(select(m.PayRunRow.quarter).where(
        m.PayRunRow.branch_id == branch_id, m.PayRunRow.status == APPROVED)))


def _blocking(row: m.PayRunRow) -> bool:
    return stored_run.loads(row.result_json).blocking


def _check_current(row: m.PayRunRow, current: Callable[[], str] | None) -> None:
    """Refuse a run whose inputs changed since it was computed (ruralperf.services.fingerprint)."""
    if current is not None and (row.inputs_fingerprint is None
                                or row.inputs_fingerprint != current()):
        raise UserError("inputs_changed", quarter=row.quarter)


def submit(session: Session, branch_id: int, quarter: Quarter, user: User,
           current: Callable[[], str] | None = None) -> m.PayRunRow:
    """Submit the draft; `current` gives the fingerprint of the quarter's inputs as they are
    now (inside this transaction)."""
    row = latest(session, branch_id, quarter)
    if row is None:
        raise UserError("no_pay_run", quarter=quarter)
    if row.status != DRAFT:
        raise UserError("wrong_status", quarter=quarter, status=PayRunStatus(row.status).zh,
                        action="提交")
    if _blocking(row):
        raise UserError("run_has_errors", quarter=quarter)
    _check_current(row, current)
    row.status, row.submitted_by, row.submitted_at = SUBMITTED, user.username, _now()
    append(session, branch_id, user.username, "workflow",
           [Change("submit", "pay_runs", f"{quarter}-v{row.version}")])
    return row


def approve(session: Session, branch_id: int, quarter: Quarter, user: User, reason: str | None,
            admins: int, current: Callable[[], str] | None = None) -> m.PayRunRow:
    """Approve the submitted run, if its inputs are unchanged (`current`: see `submit`). The
    approver must differ from who computed and who submitted it, unless the branch has only
    one administrator, who then must give a written reason."""
    row = latest(session, branch_id, quarter)
    if row is None:
        raise UserError("no_pay_run", quarter=quarter)
    if row.status not in (SUBMITTED, DRAFT):
        raise UserError("wrong_status", quarter=quarter, status=PayRunStatus(row.status).zh,
                        action="审批")
    if _blocking(row):
        raise UserError("run_has_errors", quarter=quarter)
    _check_current(row, current)
    reason = (reason or "").strip() or None
    own = user.username in (row.computed_by, row.submitted_by or user.username)
    if admins > 1 and own:
        raise UserError("self_approval_not_allowed")
    if own and not reason:
        raise UserError("self_approval_needs_reason")
    if row.submitted_by is None:
        row.submitted_by, row.submitted_at = user.username, _now()
    row.status, row.approved_by, row.approved_at = APPROVED, user.username, _now()
    row.approval_reason = reason
    row.content_hash = content_hash(row.result_json)
    deferrals.record_approval(session, branch_id, row,
                              stored_run.loads(row.result_json))
    append(session, branch_id, user.username, "workflow",
           [Change("approve", "pay_runs", f"{quarter}-v{row.version}",
                   new={"reason": reason, "content_hash": row.content_hash,
                        "inputs_fingerprint": row.inputs_fingerprint})])
    return row


def reopen(session: Session, branch_id: int, quarter: Quarter, user: User, reason: str) -> m.PayRunRow:
    reason = (reason or "").strip()
    if not reason:
        raise UserError("reason_required")
    row = latest(session, branch_id, quarter)
    if row is None or row.status != APPROVED:
        raise UserError("wrong_status", quarter=quarter,
                        status=PayRunStatus(row.status).zh if row else "-", action="重新打开")
    later = sorted(q for q in approved_quarters(session, branch_id) if q > quarter)
    if later:  # DOMAIN.md 9.2: correct it as an adjustment of the current quarter instead
        raise UserError("reopen_later_approved", quarter=quarter, later="、".join(map(str, later)))
    row.status = SUPERSEDED
    row.reopened_by, row.reopened_at, row.reopen_reason = user.username, _now(), reason
    append(session, branch_id, user.username, "workflow",
           [Change("reopen", "pay_runs", f"{quarter}-v{row.version}", new={"reason": reason})])
    return row


def delete_unapproved(session: Session, branch_id: int, quarter: Quarter) -> None:
    """Drop the quarter's draft or submitted run (a new computation replaces it)."""
    from sqlalchemy import delete

    session.execute(delete(m.PayRunRow).where(m.PayRunRow.branch_id == branch_id,
                                              m.PayRunRow.quarter == quarter,
                                              m.PayRunRow.status.in_([DRAFT, SUBMITTED])))


def next_version(session: Session, branch_id: int, quarter: Quarter) -> int:
    last = session.scalar(select(m.PayRunRow.version).where(
        m.PayRunRow.branch_id == branch_id, m.PayRunRow.quarter == quarter)
        .order_by(m.PayRunRow.version.desc()).limit(1))
    return (last or 0) + 1


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class Locks:
    """The approved quarters of the branch, read once inside a write transaction, and which of
    them a record (by its values) belongs to (ruralperf.io.locks)."""

    def __init__(self, session: Session, branch_id: int):
        self.session, self.branch_id = session, branch_id
        self.locked = approved_quarters(session, branch_id)
        self._disbursed: dict | None = None

    def _loan_dates(self) -> dict:
        if self._disbursed is None:
            self._disbursed = dict(self.session.execute(
                select(m.LoanRow.contract_no, m.LoanRow.disbursed_on)
                .where(m.LoanRow.branch_id == self.branch_id)).all())
        return self._disbursed

    def conflict(self, table: str, values: dict) -> Quarter | None:
        """The locked quarter a record with these values belongs to, or None."""
        if not self.locked:
            return None
        return lock_conflict(table, values, self.locked, self._loan_dates())

    def parsed_conflicts(self, parsed) -> list[tuple[str, int, Quarter]]:
        """(sheet key, row number, quarter) of every parsed row that falls in a locked quarter."""
        out = []
        for key, sheet in parsed.sheets.items():
            for row in sheet.rows:
                quarter = self.conflict(key, row.values)
                if quarter:
                    out.append((key, row.number, quarter))
        return out


