"""Import workbooks of the county (shaped like Excel's files, Chinese headers and enumerations,
as a branch would fill them): one month's ledger for some or all branches, or a branch's whole
history on every sheet of WORKBOOK.md."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import county_ledgers as L
from county_model import Branch, Scale, build_branch, guarantee_rows

from ruralperf.domain.entities import LABELS_ZH
from ruralperf.domain.periods import Month
from ruralperf.io.sheets import SHEETS_BY_KEY
from xlsx_writer import XlsxWriter


def yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else Decimal(fen).scaleb(-2)


def _sheet(wb: XlsxWriter, key: str, rows) -> int:
    spec = SHEETS_BY_KEY[key]
    return wb.sheet(spec.zh, [tuple(c.zh for c in spec.columns), *rows]) - 1


def month_ledger_rows(branch: Branch, month: Month):
    window = [(L.index(month), str(month), month.end)]
    for loan in branch.loans:
        for m, balance, days, arrears, grade, _interest in L.loan_rows(loan, window):
            yield loan.contract_no, m, yuan(balance), days, arrears, L.GRADES_ZH[grade]


def write_month_ledger(path: Path, scale: Scale, seed: int, month: Month,
                       branches: list[int] | None = None) -> int:
    """The 月末台账 sheet of `month` for the given branches (all by default); returns rows."""
    wb = XlsxWriter(path)
    n = _sheet(wb, "snapshots", (row for b in branches or range(1, scale.branches + 1)
                                 for row in month_ledger_rows(build_branch(scale, b, seed), month)))
    wb.close()
    return n


def write_branch_workbook(path: Path, scale: Scale, seed: int, b: int) -> int:
    """Every sheet of one branch's records over the whole window; returns rows."""
    branch = build_branch(scale, b, seed)
    wb, n = XlsxWriter(path), 0
    window = L.months(scale)

    def sheet(key, rows):
        nonlocal n
        n += _sheet(wb, key, rows)

    sheet("parameters", L.PARAMETERS)
    sheet("staff", ((no, name, pos, Decimal(c)) for no, name, pos, c in branch.staff))
    sheet("households", (h[:4] for h in branch.households))
    loans = branch.loans
    sheet("loans", ((x.contract_no, x.household_no, yuan(x.amount), x.disbursed, x.maturity,
                     LABELS_ZH[x.nature], yuan(x.increment), LABELS_ZH[x.ctype], x.manager)
                    for x in loans))
    sheet("credits", ((x.contract_no, s, Decimal(share)) for x in loans for s, share in x.credits))
    sheet("reassignments", ((x.contract_no, s, d) for x in loans for d, s in x.moves))
    interest, interest_by = [], {}
    ends = {m: end for _mi, m, end in window}

    def snapshots():
        for x in loans:
            for m, balance, days, arrears, grade, fen in L.loan_rows(x, window):
                yield x.contract_no, m, yuan(balance), days, arrears, L.GRADES_ZH[grade]
                if fen:
                    interest.append((x.contract_no, m, yuan(fen)))
                    L.attribute(interest_by, x, ends[m], fen)

    sheet("snapshots", snapshots())
    sheet("interest", interest)
    deposits, items = L.staff_monthly(branch, scale, seed)
    sheet("deposits", ((s, m, yuan(v)) for s, m, v in deposits))
    sheet("items", ((s, d, LABELS_ZH[k], q, yuan(bal)) for s, d, k, q, bal in items))
    sheet("recoveries", ((c, s, d, yuan(a)) for x in loans for c, s, d, a in L.recoveries(x)))
    sheet("limitation_events", ((x.contract_no, d, LABELS_ZH[k], s, yuan(a), nm)
                                for x in loans for d, k, s, a, nm in x.events))
    sheet("guarantees", ((c, who, idn, LABELS_ZH[kind], months)
                         for c, who, idn, kind, months in guarantee_rows(branch)))
    targets = L.targets(branch, scale, interest_by, seed)
    sheet("targets", ((s, q, yuan(i), yuan(d), yuan(npl), inter, qual)
                      for s, q, i, d, npl, inter, qual in targets))
    sheet("adjustments", ((s, q, yuan(a), r) for s, q, a, r in L.adjustments(branch, scale, seed)))
    wb.close()
    return n
