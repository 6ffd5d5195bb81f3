"""Short verification codes printed on statements and summaries.

A code is derived from the content it certifies: the pay run's identifier, the branch, and the
staff member's complete result (every amount, detail line, adjustment and finding) in the
canonical JSON form of the stored run. Anyone holding the database can recompute it and see
whether a printed statement matches the run it names; a changed figure gives another code.

A copy printed from an approved run carries a different code from a draft copy of the same
figures; `find_code` looks a code up in every stored run (`ruralperf verify CODE`).

It is a checksum against mistakes and mix-ups (a statement from a superseded draft, a figure
typed over), not a signature: it carries no secret.
"""
from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from ruralperf.domain.results import StaffPay
from ruralperf.io.jsonout import staff_json

if TYPE_CHECKING:  # annotations only: the use case is imported where it runs
    from ruralperf.services.computing import StoredPayRun
    from ruralperf.domain.periods import Quarter

def _code(payload: object) -> str:
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    raw = base64.b32encode(digest[:5]).decode("ascii")  # 40 bits -> 8 RFC 4648 base32 characters
    return f"{raw[:4]}-{raw[4:]}"


def statement_code(run_label: str, branch_code: str, staff: StaffPay,
                   approved: bool = False) -> str:
    """The code of one staff member's statement, e.g. "K3QF-7XAB". A copy printed from the
    approved run carries another code than a draft (or submitted) copy of the same figures."""
    payload = {"run": run_label, "branch": branch_code, "staff": staff_json(staff)}
    if approved:
        payload["copy"] = "approved"
    return _code(payload)


def is_approved(run) -> bool:
    """Whether copies of `run` are printed as approved ones."""
    return getattr(run, "status", "draft") == "approved"


def run_statement_code(run, branch_code: str, staff: StaffPay) -> str:
    """The code printed on `staff`'s statement of the stored run `run` as it stands."""
    return statement_code(run.label, branch_code, staff, is_approved(run))


def norm(code: str) -> str:
    """A code as typed, compared without case, spaces and dashes."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


@dataclass(frozen=True)
class CodeMatch:
    """What a verification code belongs to."""

    run: StoredPayRun
    staff: StaffPay | None  # None for a branch summary
    approved_copy: bool  # printed while the run was approved
    newest_label: str  # the newest run of the same quarter
    newest_status: str

    @property
    def valid(self) -> bool:
        """The copy is an approved one and its run is still the approved run of the quarter."""
        return self.approved_copy and is_approved(self.run) and \
            self.newest_label == self.run.label


def find_code(code: str, runs: Iterable[StoredPayRun], branch_code: str) -> CodeMatch | None:
    """The statement or summary of `runs` (stored runs, any quarter and version) whose code is
    `code`, as printed on a draft or an approved copy; None if there is none."""
    wanted = norm(code)
    stored = list(runs)
    newest: dict[Quarter, StoredPayRun] = {}
    for run in stored:
        if run.quarter not in newest or run.version > newest[run.quarter].version:
            newest[run.quarter] = run
    for run in stored:
        for approved in (True, False):
            codes = []
            for s in run.result.staff:
                codes.append(statement_code(run.label, branch_code, s, approved))
                if norm(codes[-1]) == wanted:
                    return CodeMatch(run, s, approved, newest[run.quarter].label,
                                     newest[run.quarter].status)
            if norm(summary_code(run.label, branch_code, (), codes)) == wanted:
                return CodeMatch(run, None, approved, newest[run.quarter].label,
                                 newest[run.quarter].status)
    return None


def summary_code(run_label: str, branch_code: str, staff: Iterable[StaffPay],
                 codes: Iterable[str] | None = None) -> str:
    """The code of a branch summary: covers every statement code of the run, in order
    (`codes`, when the caller has them already)."""
    if codes is None:
        codes = [statement_code(run_label, branch_code, s) for s in staff]
    return _code({"run": run_label, "branch": branch_code, "statements": list(codes)})


def verify_statement(code: str, run_label: str, branch_code: str, staff: StaffPay,
                     approved: bool = False) -> bool:
    """True if a printed code matches (case, spaces and dashes are ignored)."""
    return norm(code) == norm(statement_code(run_label, branch_code, staff, approved))


def describe_match(code: str, match: CodeMatch | None, lang: str | None = None) -> list[str]:
    """The answer to "what is this code?" in the user's language, one sentence a line."""
    from ruralperf.domain.money import ZERO, money_display
    from ruralperf.i18n import tr
    from ruralperf.reports.labels import STATUS, pick

    if match is None:
        return [tr("verify_unknown", lang, value=code.strip().upper())]
    run = match.run
    shown = f"{norm(code)[:4]}-{norm(code)[4:]}"
    if match.staff is not None:
        s = match.staff
        lines = [tr("verify_statement", lang, value=shown, quarter=run.quarter, label=run.label,
                    staff_no=s.staff_no, name=s.name, net=money_display(s.net))]
    else:
        total = sum((s.net for s in run.result.staff), ZERO)
        lines = [tr("verify_summary", lang, value=shown, quarter=run.quarter, label=run.label,
                    n=len(run.result.staff), net=money_display(total))]
    lines.append(tr("verify_copy_approved" if match.approved_copy else "verify_copy_draft",
                    lang))
    if match.newest_label != run.label or run.status == "superseded":
        lines.append(tr("verify_superseded", lang, newest=match.newest_label,
                        status=pick(STATUS, match.newest_status, lang)))
    elif is_approved(run):
        lines.append(tr("verify_valid", lang))
    else:
        lines.append(tr("verify_not_approved", lang, status=pick(STATUS, run.status, lang)))
    return lines
