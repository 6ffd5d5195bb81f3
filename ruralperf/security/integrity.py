"""The integrity checks of an open database (issue 14.4), reported and never repaired:

- `quick` (at start-up, fast): the audit trail still holds the head remembered outside the
  file (ruralperf.security.chain_head: deleting the last entries, or all, is caught), the key
  the chain is keyed with now is on this computer, every approved run matches its approval
  entry (ruralperf.security.sealed_runs) and every account matches its audited changes
  (ruralperf.security.sealed_accounts);
- `full` (in the background in the window, and in `ruralperf audit verify`): the whole
  chain, entry by entry (ruralperf.security.audit.verify), then the quick checks."""
from __future__ import annotations

from ruralperf.errors import IntegrityProblem as Problem, audit_broken
from ruralperf.security import audit, audit_key, chain_head, sealed_accounts, sealed_runs


def quick(session, url, branch_id: int | None = None) -> list[Problem]:
    out = []
    head = chain_head.problem(session, url)
    if head is not None:
        out.append(Problem(head["code"], {"seq": head["seq"], "last": head["last"]}))
    for ident in audit.chain_key_ids(session):
        if audit_key.find(ident) is None:
            out.append(Problem("audit_key_unknown", {"key_id": ident}))
    for label, reason in sealed_runs.all_problems(session, branch_id):
        out.append(Problem("run_tampered", {"label": label, "reason": f"tamper_{reason}"}))
    for user, fields in sealed_accounts.problems(session):
        out.append(Problem("account_tampered_found", {"user": user, "fields": fields}))
    return out


def broken(result: audit.VerifyResult) -> Problem:
    return audit_broken(result)


def full(session, url, branch_id: int | None = None) -> tuple[audit.VerifyResult, list[Problem]]:
    """The whole chain's verdict and every problem (the chain's first)."""
    result = audit.verify(session)
    out = []
    if not result.ok:
        out.append(broken(result))
    return result, out + [p for p in quick(session, url, branch_id)
                          if not (p.code == "audit_key_unknown" and not result.ok
                                  and result.reason == "key_unknown")]
