"""Month-end ledgers (月末台账) and monthly interest income of a demo loan, from its plan.

A loan appears from the month it is disbursed until the month its balance reaches 0 (that month
shows balance 0, so the loan reads as closed), or to the last ledger month if it is still
outstanding. Interest accrues on the balance at the start of each month (actual/360); a month
whose interest came late, or any month after the loan fell overdue, collects nothing and the
arrears are collected with the next payment.
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from ruralperf.domain.enums import Grade
from ruralperf.domain.periods import Month
from ruralperf.io.demo_model import DemoLoan

ZERO = Decimal("0.00")
_CENT = Decimal("0.01")
GRADE_ZH = {g.value: g.zh for g in Grade}


def grade_for(overdue_days: int, arrears: int, nature: str) -> str:
    """Five-class grade consistent with the overdue days (the usual regulatory floor)."""
    if overdue_days == 0:
        return "special_mention" if arrears >= 2 or nature == "restructure" else "normal"
    if overdue_days <= 90:
        return "special_mention"
    if overdue_days <= 180:
        return "substandard"
    if overdue_days <= 540:
        return "doubtful"
    return "loss"


def _months_since(due: date, month: Month) -> int:
    return max(1, (month.year * 12 + month.month) - (due.year * 12 + due.month))


def ledger_rows(loan: DemoLoan, bounds: list[tuple[Month, date, date]]
                ) -> tuple[list[tuple], list[tuple]]:
    """(snapshot rows, interest rows) for the ledger months (`Frame.bounds`), as workbook
    values."""
    snapshots: list[tuple] = []
    interest: list[tuple] = []
    due = loan.effective_due
    owed = ZERO
    late_run = 0
    for month, start, end in bounds:
        if end < loan.disbursed_on:
            continue
        if loan.payoff is not None and loan.payoff < start:
            break
        balance = loan.balance_on(end)
        closed = balance == 0
        overdue_days = (end - due).days if not closed and end > due else 0
        accrued = _accrued(loan, start, end) if loan.pays_interest else ZERO
        if overdue_days:
            owed += accrued
            arrears = _months_since(due, month)
        elif str(month) in loan.late_months and not closed:
            owed += accrued
            late_run += 1
            arrears = late_run
        else:
            paid, owed, late_run, arrears = accrued + owed, ZERO, 0, 0
            if paid > 0:
                interest.append((loan.contract_no, str(month), paid))
        grade = "normal" if closed else grade_for(overdue_days, arrears, loan.nature)
        snapshots.append((loan.contract_no, str(month), balance, overdue_days, arrears,
                          GRADE_ZH[grade]))
    return snapshots, interest


def _accrued(loan: DemoLoan, start: date, month_end: date) -> Decimal:
    before = start - timedelta(days=1)
    opened = max(before, loan.disbursed_on)
    last = min(month_end, loan.payoff) if loan.payoff is not None else month_end
    days = (last - opened).days
    if days <= 0:
        return ZERO
    principal = loan.balance_on(before) if before >= loan.disbursed_on else loan.amount
    return (principal * loan.rate * days / 360).quantize(_CENT, rounding=ROUND_HALF_UP)
