"""Short verification codes printed on statements and summaries.

A code is derived from the content it certifies: the pay run's identifier, the branch, and the
staff member's complete result (every amount, detail line, adjustment and finding) in the
canonical JSON form of the stored run. Anyone holding the database can recompute it and see
whether a printed statement matches the run it names; a changed figure gives another code.

It is a checksum against mistakes and mix-ups (a statement from a superseded draft, a figure
typed over), not a signature: it carries no secret.
"""
from __future__ import annotations

import base64
import hashlib
import json
from typing import Iterable

from ruralperf.domain.results import StaffPay
from ruralperf.io.jsonout import staff_json

def _code(payload: object) -> str:
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    raw = base64.b32encode(digest[:5]).decode("ascii")  # 40 bits -> 8 RFC 4648 base32 characters
    return f"{raw[:4]}-{raw[4:]}"


def statement_code(run_label: str, branch_code: str, staff: StaffPay) -> str:
    """The code of one staff member's statement, e.g. "K3QF-7XAB"."""
    return _code({"run": run_label, "branch": branch_code, "staff": staff_json(staff)})


def summary_code(run_label: str, branch_code: str, staff: Iterable[StaffPay],
                 codes: Iterable[str] | None = None) -> str:
    """The code of a branch summary: covers every statement code of the run, in order
    (`codes`, when the caller has them already)."""
    if codes is None:
        codes = [statement_code(run_label, branch_code, s) for s in staff]
    return _code({"run": run_label, "branch": branch_code, "statements": list(codes)})


def verify_statement(code: str, run_label: str, branch_code: str, staff: StaffPay) -> bool:
    """True if a printed code matches (case, spaces and dashes are ignored)."""
    def norm(c: str) -> str:
        return "".join(ch for ch in c.upper() if ch.isalnum())

    return norm(code) == norm(statement_code(run_label, branch_code, staff))
