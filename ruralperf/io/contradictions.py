"""Stage 2b of an import: rows that contradict a loan's own dates (issue 14, point 8).

Each is refused with its sheet, row and column, never adjusted:
- a month-end ledger or interest row for a month that ended before the loan was disbursed;
- a reassignment, limitation event or NPL recovery dated before the disbursement;
- an extension whose new maturity is not after the maturity in force before it (the loan's
  maturity, or the previous extension's), which would shorten the term.

The loans' dates are those after the import (the workbook's loan rows win over the stored
ones); dates are compared as ISO text, so one pass over a county's loans costs one query.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ruralperf.db import models as m
from ruralperf.db import repository as repo
from ruralperf.domain.periods import Month
from ruralperf.io.parse import Parsed, Row

MONTH_SHEETS = ("snapshots", "interest")
DATED_SHEETS = {"reassignments": "effective_from", "limitation_events": "date",
                "recoveries": "date"}


def _rows(parsed: Parsed, key: str):
    sheet = parsed.sheets.get(key)
    return (sheet, sheet.rows) if sheet else (None, [])


def iso_text(value) -> str:
    """A date (or the text SQLite gives for one) as ISO text."""
    return value.isoformat() if isinstance(value, date) else str(value)


def _loan_dates(s, branch_id: int, parsed: Parsed,
                stored: dict[str, tuple[str, str]] | None = None) -> dict[str, tuple[str, str]]:
    """contract -> (disbursed_on, maturity_on) as ISO text, as they will be after the import
    (`stored`: the database's, when the caller has read them already)."""
    if stored is not None:
        dates = dict(stored) if parsed.sheets.get("loans") is not None else stored
    else:
        dates = {c: (iso_text(d), iso_text(mt)) for c, d, mt in repo.raw_rows(
            s, select(m.LoanRow.contract_no, m.LoanRow.disbursed_on, m.LoanRow.maturity_on)
            .where(m.LoanRow.branch_id == branch_id))}
    _sheet, rows = _rows(parsed, "loans")
    for row in rows:
        v = row.values
        dates[v["contract_no"]] = (iso_text(v["disbursed_on"]), iso_text(v["maturity_on"]))
    return dates


def check_contradictions(parsed: Parsed, s, branch_id: int,
                         stored: dict[str, tuple[str, str]] | None = None) -> None:
    """`stored`: the loans' dates in the database, ISO text (read here when not given)."""
    wanted = [k for k in (*MONTH_SHEETS, *DATED_SHEETS) if parsed.sheets.get(k) is not None]
    if not wanted:
        return
    loans = _loan_dates(s, branch_id, parsed, stored)
    for key in MONTH_SHEETS:
        sheet, rows = _rows(parsed, key)
        ends: dict[str, str] = {}  # month -> its last day, once per month
        for row in rows:
            loan = loans.get(row.values["contract_no"])
            month = row.values["month"]
            end = ends.get(month) or ends.setdefault(month, Month.parse(month).end.isoformat())
            if loan is not None and end < loan[0]:
                parsed.error(sheet, row.number, "month", "month_before_disbursed",
                             contract=row.values["contract_no"], disbursed=loan[0], month=month)
    for key, column in DATED_SHEETS.items():
        sheet, rows = _rows(parsed, key)
        for row in rows:
            loan = loans.get(row.values["contract_no"])
            when = iso_text(row.values[column])
            if loan is not None and when < loan[0]:
                parsed.error(sheet, row.number, column, "date_before_disbursed", date=when,
                             contract=row.values["contract_no"], disbursed=loan[0])
    _check_extensions(parsed, s, branch_id, loans)


def _check_extensions(parsed: Parsed, s, branch_id: int,
                      loans: dict[str, tuple[str, str]]) -> None:
    sheet, rows = _rows(parsed, "limitation_events")
    typed = {(r.values["contract_no"], iso_text(r.values["date"])): r for r in rows
             if r.values.get("kind") == "extension"}
    if not typed:
        return
    contracts = {c for c, _d in typed}
    stored = s.execute(select(m.LimitationEventRow.contract_no, m.LimitationEventRow.date,
                              m.LimitationEventRow.new_maturity)
                       .where(m.LimitationEventRow.branch_id == branch_id,
                              m.LimitationEventRow.kind == "extension",
                              m.LimitationEventRow.contract_no.in_(contracts)))
    # (contract, date) -> (new maturity, workbook row or None); the workbook's row replaces a
    # stored one of the same day (the natural key)
    extensions: dict[tuple[str, str], tuple[str, Row | None]] = {
        (c, iso_text(d)): (iso_text(n), None) for c, d, n in stored}
    for key, row in typed.items():
        extensions[key] = (iso_text(row.values["new_maturity"]), row)
    by_loan: dict[str, list[tuple[str, str, Row | None]]] = {}
    for (contract, when), (new, row) in extensions.items():
        by_loan.setdefault(contract, []).append((when, new, row))
    for contract, items in by_loan.items():
        loan = loans.get(contract)
        if loan is None:
            continue  # an unknown loan: reported by the references check
        current = loan[1]
        for _when, new, row in sorted(items, key=lambda item: item[0]):
            if new <= current and row is not None:
                parsed.error(sheet, row.number, "new_maturity", "extension_not_later",
                             new=new, contract=contract, current=current)
            current = max(current, new)
