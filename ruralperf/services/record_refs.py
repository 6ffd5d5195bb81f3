"""Which records still refer to a staff member, household or loan, counted, so a deletion (or a
change of number) can be refused with a clear message instead of a foreign-key error."""
from __future__ import annotations

from sqlalchemy import func, select

from ruralperf.db import models as m
from ruralperf.services.record_messages import join_refs, say

# table key -> [(model, column, message code)] of the records that refer to it
REFERENCES: dict[str, list[tuple[type[m.Base], str, str]]] = {
    "staff": [(m.LoanRow, "manager_no", "ref_loans_manager"), (m.CreditRow, "staff_no", "ref_credits"),
              (m.ReassignmentRow, "staff_no", "ref_reassignments"),
              (m.DepositRow, "staff_no", "ref_deposits"), (m.ItemRow, "staff_no", "ref_items"),
              (m.RecoveryRow, "staff_no", "ref_recoveries"),
              (m.LimitationEventRow, "staff_no", "ref_limitation_events"),
              (m.TargetRow, "staff_no", "ref_targets"),
              (m.AdjustmentRow, "staff_no", "ref_adjustments"),
              (m.ClawbackRow, "staff_no", "ref_clawbacks")],
    "households": [(m.LoanRow, "household_no", "ref_loans_household")],
    # credits belong to the loan and go with it; everything else must be removed first
    "loans": [(m.ReassignmentRow, "contract_no", "ref_reassignments"),
              (m.SnapshotRow, "contract_no", "ref_snapshots"),
              (m.InterestRow, "contract_no", "ref_interest"),
              (m.RecoveryRow, "contract_no", "ref_recoveries"),
              (m.LimitationEventRow, "contract_no", "ref_limitation_events")],
}


def referencing(session, branch_id: int, table_key: str, key: str) -> list[str]:
    """Worded counts of the records referring to `key` ("5 笔贷款（管户）"), empty if none."""
    parts = []
    for model, column, code in REFERENCES.get(table_key, []):
        t = model.__table__
        n = session.scalar(select(func.count()).select_from(t)
                           .where(t.c.branch_id == branch_id, t.c[column] == key))
        if n:
            parts.append(say(code, n=n))
    return parts


def referenced_message(session, branch_id: int, table_key: str, key: str,
                       code: str = "still_referenced") -> str | None:
    parts = referencing(session, branch_id, table_key, key)
    if not parts:
        return None
    return say(code, what=say(f"what_{table_key}"), key=key, refs=join_refs(parts))
