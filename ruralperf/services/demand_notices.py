"""Acting before the clocks run out (issue 17): what must be signed soon (loans and guarantees in
`warning`, by days left, with the officer responsible), the demand notices to print for them,
and recording a returned receipt as the event it is (`demand_signed` or `guarantor_demand`)."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ruralperf.db import models as m
from ruralperf.db import repository as repo
from ruralperf.db.engine import read_session
from ruralperf.domain.results import LimitationReport
from ruralperf.reports.demand_notice_pdf import Notice, demand_notices_pdf
from ruralperf.reports.to_sign_pdf import SignLine, to_sign_pdf
from ruralperf.domain.signatures import ToSign, to_sign  # noqa: F401 (re-exported)


def notices(engine, branch_id: int, as_of: date, items: list[tuple[str, str | None]],
            report: LimitationReport) -> list[Notice]:
    """The notices for (contract, guarantor or None) pairs, with the loans' data."""
    contracts = {c for c, _ in items}
    by_contract = {x.contract_no: x for x in report.loans}
    with read_session(engine) as s:
        loans = repo.loans(s, branch_id, contracts)
        names = dict(s.execute(select(m.HouseholdRow.household_no, m.HouseholdRow.name).where(
            m.HouseholdRow.branch_id == branch_id,
            m.HouseholdRow.household_no.in_({x.household_no for x in loans.values()}))).all())
        staff = dict(s.execute(select(m.StaffRow.staff_no, m.StaffRow.name)
                               .where(m.StaffRow.branch_id == branch_id)).all())
    out = []
    for contract, guarantor in items:
        loan, row = loans.get(contract), by_contract.get(contract)
        if loan is None:
            continue
        g = next((x for x in (row.guarantees if row else ()) if x.guarantor == guarantor), None)
        manager = row.manager if row else loan.manager_no
        manager_name = staff.get(manager, "") if manager is not None else ""
        out.append(Notice(
            contract_no=contract, borrower=names.get(loan.household_no, loan.household_no),
            amount=loan.amount, balance=row.balance if row else None,
            disbursed_on=loan.disbursed_on,
            # a guarantor answers for the maturity in the loan record (art. 695)
            maturity=row.maturity if row and row.maturity and not guarantor
            else loan.maturity_on,
            deadline=(g.guarantee_end if g else None) if guarantor else (row.expiry if row else None),
            manager=f"{manager} {manager_name}".strip(),
            guarantor=guarantor, guarantee_kind=g.kind if g else None))
    return out


def notices_pdf(ws, as_of: date, items: list[tuple[str, str | None]] | None = None,
                lang: str = "zh_CN") -> bytes:
    """The notices of `items` (default: everything in `warning`) as one PDF."""
    report = ws.limitation(as_of)
    if items is None:
        items = [(x.contract_no, x.guarantor) for x in to_sign(report)]
    code, name = ws.branch
    return demand_notices_pdf(notices(ws.engine, ws.branch_id, as_of, items, report), as_of,
                              name or code, lang)


def receipts_folder(ws) -> Path | None:
    """Scanned receipts are kept beside the database file (none for a server database)."""
    return Path(ws.path).parent / "receipts" if getattr(ws, "path", None) else None


def record_receipt(ws, contract_no: str, signed_on: date, signed_by: str,
                   guarantor: str | None = None, scan: str | Path | None = None):
    """A returned receipt, as one event: `guarantor_demand` naming the guarantor, else
    `demand_signed`, by the loan's manager on the signing date; who signed goes in the audit
    trail with the event, a scanned file is copied into the receipts folder. Returns the
    SaveResult of the records service (problems worded for the user, nothing changed then)."""
    with read_session(ws.engine) as s:
        loans = repo.loans(s, ws.branch_id, {contract_no})
        histories = repo.manager_histories(s, ws.branch_id, loans)
    staff = histories[contract_no].on(signed_on) if contract_no in histories else None
    values = {"contract_no": contract_no, "date": signed_on,
              "kind": "guarantor_demand" if guarantor else "demand_signed",
              "staff_no": staff, "guarantor": guarantor}
    copied = None
    if scan:
        folder = receipts_folder(ws)
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            stem = f"{contract_no}_{signed_on.isoformat()}_{guarantor or signed_by}"
            copied = folder / (stem + Path(scan).suffix.lower())
            shutil.copyfile(scan, copied)
    result = ws.records.save("limitation_events", values,
                             note={"signed_by": signed_by,
                                   "scan": copied.name if copied else None})
    if not result.ok and copied is not None:
        copied.unlink(missing_ok=True)
    return result


def sign_lines(engine, branch_id: int, report: LimitationReport,
               officer: str | None = None) -> list[SignLine]:
    """What must be signed (`to_sign`), with the borrowers' names and balances; only `officer`'s
    when given."""
    items = [x for x in to_sign(report) if officer is None or x.manager == officer]
    by_contract = {x.contract_no: x for x in report.loans}
    with read_session(engine) as s:
        households = {by_contract[x.contract_no].household_no for x in items}
        names = dict(s.execute(select(m.HouseholdRow.household_no, m.HouseholdRow.name).where(
            m.HouseholdRow.branch_id == branch_id,
            m.HouseholdRow.household_no.in_(households))).all()) if households else {}
    out = []
    for x in items:
        loan = by_contract[x.contract_no]
        out.append(SignLine(x.manager, x.contract_no,
                            names.get(loan.household_no) or loan.household_no, x.guarantor,
                            loan.balance, x.deadline, x.days_left))
    return out


def to_sign_list_pdf(ws, as_of: date, officer: str | None = None,
                     lang: str = "zh_CN") -> bytes:
    """须签收清单 per officer (every officer, or only `officer`), one officer per page."""
    report = ws.limitation(as_of)
    with read_session(ws.engine) as s:
        staff = dict(s.execute(select(m.StaffRow.staff_no, m.StaffRow.name)
                               .where(m.StaffRow.branch_id == ws.branch_id)).all())
    code, name = ws.branch
    return to_sign_pdf(sign_lines(ws.engine, ws.branch_id, report, officer), as_of,
                       name or code, lang, staff)
