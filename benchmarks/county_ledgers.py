"""Month-end ledgers, interest income and the other monthly records of a county branch
(`county_model.Branch`), as plain tuples: amounts in integer fen, dates and months as ISO text.

A loan's ledger is a pure function of the loan and the month, so the month after the loaded
window (the one the import benchmark brings in) can be derived without the others.
"""
from __future__ import annotations

import random
from datetime import date

from county_model import Branch, Loan, Scale

from ruralperf.domain.periods import Month, Quarter

GRADES_ZH = {"normal": "正常", "special_mention": "关注", "substandard": "次级",
             "doubtful": "可疑", "loss": "损失"}


def index(m: Month) -> int:
    return m.year * 12 + m.month - 1


def months(scale: Scale) -> list[tuple[int, str, date]]:
    """(month index, "YYYY-MM", month end) of the ledger window."""
    out = []
    for k in range(scale.months):
        m = scale.first_month.shift(k)
        out.append((index(m), str(m), m.end))
    return out


def grade(overdue_days: int) -> str:
    if overdue_days == 0:
        return "normal"
    if overdue_days <= 90:
        return "special_mention"
    if overdue_days <= 180:
        return "substandard"
    if overdue_days <= 540:
        return "doubtful"
    return "loss"


def _owed(loan: Loan, on: date) -> int:
    return loan.frozen - sum(fen for d, fen in loan.repaid if d <= on)


def _sound_balance(loan: Loan, mi: int, first: int, last: int) -> int:
    if not loan.amortising or last <= first:
        return loan.amount
    left = loan.amount * (last - mi) // (last - first)
    return max(10000, left // 10000 * 10000)


def loan_rows(loan: Loan, window: list[tuple[int, str, date]]):
    """Yield (month, balance, overdue days, arrears months, grade, interest or None)."""
    first = index(Month.of(loan.disbursed))
    if loan.profile == "ok":
        last = index(Month.of(loan.due))
        for mi, month, end in window:
            if mi < first or mi > last:
                continue
            if mi == last:
                before = _sound_balance(loan, mi - 1, first, last) if mi > first else 0
                yield month, 0, 0, 0, "normal", before * loan.rate // 12000 or None
                continue
            balance = _sound_balance(loan, mi, first, last)
            yield month, balance, 0, 0, "normal", \
                balance * loan.rate // 12000 if mi > first else None
        return
    due_mi = index(Month.of(loan.maturity))
    for mi, month, end in window:
        if mi < first:
            continue
        if mi < due_mi:
            balance = _sound_balance(loan, mi, first, due_mi)
            yield month, balance, 0, 0, "normal", balance * loan.rate // 12000
            continue
        owed = _owed(loan, end)
        if owed <= 0:
            yield month, 0, 0, 0, "normal", None
            return
        days = max(0, (end - loan.maturity).days)
        yield month, owed, days, mi - due_mi + 1, grade(days), None


def attribute(interest_by: dict, loan: Loan, month_end: date, fen: int) -> None:
    """Add a month's interest to its manager's quarter (for targets near the actuals)."""
    key = (loan.manager_on(month_end), f"{month_end.year}Q{(month_end.month - 1) // 3 + 1}")
    interest_by[key] = interest_by.get(key, 0) + fen


def staff_monthly(branch: Branch, scale: Scale, seed: int):
    """(deposit rows, item rows) of the window and the quarter before it."""
    rng = random.Random(f"county-activity-{seed}-{branch.number}")
    deposits, items = [], []
    first = scale.first_month.shift(-3)
    for staff_no, _name, position, _c in branch.staff:
        level = rng.randint(20, 300) * 10_000_00 if "客户经理" in position else \
            rng.randint(5, 60) * 10_000_00
        for k in range(scale.months + 3):
            m = first.shift(k)
            level = max(100_00, level + rng.randint(-3, 4) * level // 100)
            deposits.append((staff_no, str(m), level))
            for _ in range(rng.randint(1, 4)):
                day = m.end.replace(day=rng.randint(1, m.end.day)).isoformat()
                kind = rng.choices(("bank_card", "pos", "agency"), (80, 5, 15))[0]
                balance = rng.choice((0, 50_00, 100_00, 200_00, 1000_00)) \
                    if kind == "bank_card" else None
                items.append((staff_no, day, kind, rng.randint(1, 3), balance))
    return deposits, items


def quarters(scale: Scale) -> list[Quarter]:
    q, out = Quarter.of(scale.first_month.end), []
    while q <= Quarter.of(scale.end_month.end):
        out.append(q)
        q = q.next
    return out


def targets(branch: Branch, scale: Scale, interest_by: dict, seed: int):
    """Task targets near each officer's actual interest (so completions vary around 100 %)."""
    rng = random.Random(f"county-targets-{seed}-{branch.number}")
    rows = []
    for q in quarters(scale):
        for staff_no, _name, position, _c in branch.staff:
            actual = interest_by.get((staff_no, str(q)), 0)
            interest = actual * rng.randint(80, 125) // 10000 * 100 if actual else 10_000_00
            rows.append((staff_no, str(q), interest, rng.randint(5, 80) * 10_000_00,
                         rng.randint(0, 30) * 1_000_00, rng.randint(10, 60),
                         rng.randint(80, 100)))
    return rows


def adjustments(branch: Branch, scale: Scale, seed: int):
    rng = random.Random(f"county-adjust-{seed}-{branch.number}")
    return [(rng.choice(branch.staff)[0], str(q), rng.choice((-200_00, 300_00, 500_00)),
             rng.choice(("季度考评奖励", "差错扣款", "工会补助")))
            for q in quarters(scale) for _ in range(2)]


def recoveries(loan: Loan):
    """NPL cash recovered: a recovery row for each partial repayment of an overdue loan."""
    return [(loan.contract_no, loan.manager_on(d), d.isoformat(), fen) for d, fen in loan.repaid]


PARAMETERS = (("floating.base_monthly", "3000", "2020-01-01"),
              ("npl_recovery.rate", "0.05", "2020-01-01"))
