"""The guarantees beside each loan of the loans list (issue 17): how many, the guarantors and
the worst status of their guarantee periods on a date, computed as the limitation list computes
them (DOMAIN.md 7.7), for one page of loans at a time."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ruralperf.db import models as m
from ruralperf.db.engine import read_session
from ruralperf.db.repository import chunks
from ruralperf.services.limitation_report import limitation_report
from ruralperf.domain.guarantees import GuaranteeCell, soonest_days, worst_status

__all__ = ["GuaranteeCell", "guarantee_cells", "cell_text"]


def guarantee_cells(engine, branch_id: int, contracts: set[str],
                    as_of: date) -> dict[str, GuaranteeCell]:
    """contract -> its guarantees, for those of `contracts` that have any."""
    g = m.GuaranteeRow
    names: dict[str, list[str]] = {}
    with read_session(engine) as s:
        for part in chunks(contracts):
            for c, who in s.execute(select(g.contract_no, g.guarantor).where(
                    g.branch_id == branch_id, g.contract_no.in_(part)).order_by(g.guarantor)):
                names.setdefault(c, []).append(who)
    if not names:
        return {}
    report = limitation_report(engine, branch_id, as_of, set(names), every=True)
    rows = {x.contract_no: x.guarantees for x in report.loans}
    return {c: GuaranteeCell(len(who), worst_status(rows.get(c, ())), tuple(who),
                             soonest_days(rows.get(c, ())))
            for c, who in names.items()}


def cell_text(value, status_text) -> str:
    """"2 · 保证人免责：张三、李四" (the status in words by `status_text`); a bare count as is."""
    if value is None:
        return ""
    if not isinstance(value, GuaranteeCell):
        return str(value) if value else ""
    head = f"{value.count} · {status_text(value.worst)}" if value.worst else str(value.count)
    return f"{head}：{'、'.join(value.guarantors)}"
