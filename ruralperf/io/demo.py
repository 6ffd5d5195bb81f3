"""`ruralperf demo`: a realistic sample branch as import sheets.

About a dozen staff (credit officers and tellers), some 1,500 households, 2,000 loans with two
years of month-end ledgers and interest income, deposits, intermediate business, NPL recoveries,
statute-of-limitations cases, eight quarters of targets, adjustments and parameters. The sheets
go through the same validation as an Excel import (`Workspace.import_sheets`).

Deterministic for a seed and an end month; the end month defaults to the last complete month.
"""
from __future__ import annotations

from datetime import date

from ruralperf.domain.entities import LABELS_ZH
from ruralperf.domain.periods import Month
from ruralperf.io.demo_activity import deposit_rows, item_rows
from ruralperf.io.demo_ledgers import ledger_rows
from ruralperf.io.demo_limitation import case_kinds, make_cases
from ruralperf.io.demo_model import DemoLoan, Frame
from ruralperf.io.demo_portfolio import make_households, make_loans, make_staff
from ruralperf.io.demo_targets import Actuals, adjustment_rows, parameter_rows, target_rows
from ruralperf.io.reader import RawSheet
from ruralperf.io.sheets import SHEETS_BY_KEY


def default_end_month(today: date | None = None) -> Month:
    """The last complete month before today."""
    return Month.of(today or date.today()).shift(-1)


def demo_sheets(staff: int = 12, loans: int = 2000, seed: int = 1,
                end_month: Month | None = None) -> list[RawSheet]:
    if end_month is None:
        end_month = default_end_month()
    frame = Frame.build(seed, end_month)
    people = make_staff(frame, max(1, staff))
    n_cases = min(len(case_kinds(max(1, loans // 1000))), loans // 3)
    n_ordinary = max(0, loans - n_cases)
    households = make_households(frame, people, max(1, n_ordinary * 3 // 4))
    case_households = make_households(frame, people, n_cases, first_no=len(households) + 1,
                                      kinds=(90, 10, 0))
    book = _number(make_loans(frame, people, households, n_ordinary)
                   + make_cases(frame, people, case_households, max(1, loans // 1000), n_cases))
    by_contract = {loan.contract_no: loan for loan in book}

    snapshots, interest = [], []
    for loan in book:
        s, i = ledger_rows(loan, frame.bounds)
        snapshots += s
        interest += i
    deposits = deposit_rows(frame, people)
    items = item_rows(frame, people)
    actuals = Actuals(frame, by_contract, snapshots, interest, deposits, items)
    rows = {
        "parameters": parameter_rows(frame),
        "staff": [(s.staff_no, s.name, s.position, s.coefficient) for s in people],
        "households": [(h.household_no, h.name, h.id_number, h.kind)
                       for h in households + case_households],
        "loans": [(x.contract_no, x.household_no, x.amount, x.disbursed_on, x.maturity_on,
                   LABELS_ZH[x.nature], x.increment, LABELS_ZH[x.customer_type], x.manager_no)
                  for x in book],
        "credits": [(x.contract_no, s, share) for x in book for s, share in x.credits],
        "reassignments": [(x.contract_no, s, d) for x in book for d, s in sorted(x.moves)],
        "snapshots": snapshots,
        "interest": interest,
        "deposits": deposits,
        "items": items,
        "recoveries": [(x.contract_no, s, d, a) for x in book for s, d, a in x.recoveries],
        "limitation_events": [(x.contract_no, d, LABELS_ZH[k], s, a, nm, None, None)
                              for x in book
                              for d, k, s, a, nm in sorted(x.events, key=lambda e: e[:2])],
        "guarantees": guarantee_rows(book, {h.household_no: h.name
                                            for h in households + case_households}),
        "targets": target_rows(frame, people, actuals),
        "adjustments": adjustment_rows(frame, people),
        "clawbacks": [],  # the demo scheme defers nothing (DOMAIN.md 9 is off by default)
        "holidays": [],  # the demo keeps the built-in calendar
    }
    return [_sheet(key, values) for key, values in rows.items()]


def guarantee_rows(book: list[DemoLoan], names: dict[str, str]) -> list[tuple]:
    """Most rural loans are guaranteed (联保): every third loan has a neighbour as its joint and
    several guarantor, every twelfth also a general guarantor for 12 months. Deterministic (no
    draw from the demo's random stream)."""
    households = sorted(names)
    place = {h: i for i, h in enumerate(households)}
    rows: list[tuple] = []
    for i, loan in enumerate(book):
        if i % 3:
            continue
        at = place[loan.household_no]
        neighbour = households[(at + 7) % len(households)]
        rows.append((loan.contract_no, names[neighbour], None, LABELS_ZH["joint_several"], None))
        if i % 12 == 0:
            other = households[(at + 13) % len(households)]
            if names[other] != names[neighbour]:
                rows.append((loan.contract_no, names[other], None, LABELS_ZH["general"], 12))
    return rows


def _number(book: list[DemoLoan]) -> list[DemoLoan]:
    """Contract numbers in order of disbursement, counted per year: C2025 00001..."""
    book = sorted(book, key=lambda x: x.disbursed_on)
    per_year: dict[int, int] = {}
    for loan in book:
        year = loan.disbursed_on.year
        per_year[year] = per_year.get(year, 0) + 1
        loan.contract_no = f"C{year}{per_year[year]:05d}"
    return book


def _sheet(key: str, values: list[tuple]) -> RawSheet:
    header = tuple(c.key for c in SHEETS_BY_KEY[key].columns)
    assert all(len(v) == len(header) for v in values), key
    return RawSheet(key, [(1, header), *((n, v) for n, v in enumerate(values, start=2))])
