"""Approved pay runs are checked whenever they are read (and so before they are printed): the
stored result must still hash to its content hash, and both that hash and the input
fingerprint must equal the ones written in the run's approval entry of the audit trail (which
the hash chain protects). A mismatch is reported ("run_tampered"), never repaired.

What this catches: an edit of an approved run's result, of its content hash, or of its input
fingerprint in the database, unless the approval entry of the audit trail is edited to match
and the chain recomputed after it (the chain is plain SHA-256 without a key: `audit verify`
cannot tell a consistently recomputed chain from the original). Not caught: such a full
rewrite, or the deletion of the run together with its audit entries at the end of the chain."""
from __future__ import annotations

import json

from sqlalchemy import select

from ruralperf.db import models as m
from ruralperf.errors import UserError
from ruralperf.i18n import tr

SEALED = ("approved", "superseded")


def _approval(s, branch_id: int, label: str) -> dict | None:
    text = s.scalar(select(m.AuditRow.new_values).where(
        m.AuditRow.table_name == "pay_runs", m.AuditRow.record_key == label,
        m.AuditRow.action == "approve", m.AuditRow.branch_id == branch_id)
        .order_by(m.AuditRow.seq.desc()).limit(1))
    return json.loads(text) if text else None


def problem(s, row: m.PayRunRow) -> str | None:
    """Why an approved (or superseded) run no longer matches its approval, or None."""
    from ruralperf.services.payruns import content_hash

    if row.status not in SEALED or row.approved_at is None:
        return None
    label = f"{row.quarter}-v{row.version}"
    approval = _approval(s, row.branch_id, label)
    if approval is None:
        return "approval_missing"
    if content_hash(row.result_json) != row.content_hash \
            or approval.get("content_hash") != row.content_hash:
        return "result_changed"
    if "inputs_fingerprint" in approval and \
            approval["inputs_fingerprint"] != row.inputs_fingerprint:
        return "inputs_changed"
    return None


def check(s, row: m.PayRunRow) -> None:
    reason = problem(s, row)
    if reason:
        raise UserError("run_tampered", label=f"{row.quarter}-v{row.version}",
                        reason=tr(f"tamper_{reason}"))


def all_problems(s, branch_id: int | None = None) -> list[tuple[str, str]]:
    """(label, reason) of every approved or superseded run that no longer matches (the check
    at start-up and in `audit verify`: only the approved runs, fast)."""
    query = select(m.PayRunRow).where(m.PayRunRow.status.in_(SEALED))
    if branch_id is not None:
        query = query.where(m.PayRunRow.branch_id == branch_id)
    out = []
    for row in s.scalars(query.order_by(m.PayRunRow.quarter, m.PayRunRow.version)):
        reason = problem(s, row)
        if reason:
            out.append((f"{row.quarter}-v{row.version}", reason))
    return out
