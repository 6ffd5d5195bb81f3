"""Quarterly task targets set near what each staff member actually achieved (so completions land
around 100 %), a few manual adjustments, and the scheme parameters of the demo branch."""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from ruralperf.domain.enums import NPL_GRADES, Grade, ItemKind
from ruralperf.domain.periods import Month, Quarter
from ruralperf.io.demo_model import DemoLoan, DemoStaff, Frame, money

NPL_ZH = frozenset(Grade(g).zh for g in NPL_GRADES)
ADJUSTMENTS = (("春耕备耕贷款营销专项奖励", 800), ("不良贷款清收专项奖励", 1000),
               ("存款旺季营销竞赛奖励", 600), ("贷后检查不到位扣罚", -200), ("业务差错扣款", -100),
               ("退回上季度多发绩效", -300), ("违规操作问责扣罚", -500))
QUALITY = ((100, 98, 96, 95, 92, 90, 88, 85, 80), (3, 4, 5, 6, 5, 4, 3, 2, 1))


class Actuals:
    """What each staff member achieved per quarter, as the pay run will read it."""

    def __init__(self, frame: Frame, loans: dict[str, DemoLoan], snapshots, interest,
                 deposits, items, min_card_balance: Decimal = money(100)):
        self.interest: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
        for contract, month, amount in interest:
            staff = loans[contract].manager_on(Month.parse(month).end)
            self.interest[staff, month] += amount
        self.npl: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
        for contract, month, balance, _od, _arrears, grade in snapshots:
            if grade in NPL_ZH:
                self.npl[loans[contract].manager_on(Month.parse(month).end), month] += balance
        self.deposits = {(s, m): avg for s, m, avg in deposits}
        self.items: dict[tuple[str, Quarter], int] = defaultdict(int)
        for staff, when, item, qty, balance in items:
            if item != ItemKind.BANK_CARD.zh or balance >= min_card_balance:
                self.items[staff, Quarter.of(when)] += qty

    def interest_in(self, staff: str, q: Quarter) -> Decimal:
        return sum((self.interest[staff, str(m)] for m in q.months), Decimal(0))

    def npl_reduction(self, staff: str, q: Quarter) -> Decimal:
        return self.npl[staff, str(q.base_month)] - self.npl[staff, str(q.months[2])]

    def _average(self, staff: str, q: Quarter) -> Decimal:
        days = sum(m.days for m in q.months)
        return sum(self.deposits.get((staff, str(m)), Decimal(0)) * m.days
                   for m in q.months) / days

    def deposit_increase(self, staff: str, q: Quarter) -> Decimal:
        return self._average(staff, q) - self._average(staff, q.previous)


def _around(frame: Frame, actual: Decimal, unit: int) -> Decimal:
    """A round target within about -15 %..+18 % of the actual."""
    factor = Decimal(frame.rng.randint(85, 118)) / 100
    units = (actual * factor / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return money(max(unit, int(units) * unit))


def target_rows(frame: Frame, staff: list[DemoStaff], actuals: Actuals) -> list[tuple]:
    rng = frame.rng
    rows = []
    for q in frame.quarters:
        for s in staff:
            interest = actuals.interest_in(s.staff_no, q)
            deposit = actuals.deposit_increase(s.staff_no, q)
            npl = actuals.npl_reduction(s.staff_no, q)
            items = actuals.items[s.staff_no, q]
            rows.append((
                s.staff_no, str(q),
                _around(frame, interest, 100) if s.is_officer and interest > 0 else money(0),
                _around(frame, deposit, 10_000) if deposit > 0
                else money(rng.randint(20, 80) * 10_000),
                _around(frame, npl, 1_000) if s.is_officer and npl > 0 else money(0),
                max(1, items * rng.randint(85, 118) // 100),
                rng.choices(QUALITY[0], weights=QUALITY[1])[0]))
    return rows


def adjustment_rows(frame: Frame, staff: list[DemoStaff]) -> list[tuple]:
    rng = frame.rng
    chosen: set[tuple[str, str, str]] = set()
    rows: list[tuple] = []
    wanted = max(3, len(staff) // 2 + 2)
    for i in range(wanted * 3):
        if len(rows) >= wanted:
            break
        q = frame.last_quarter if i < 2 else rng.choice(frame.quarters)
        s = rng.choice(staff)
        reason, amount = rng.choice(ADJUSTMENTS)
        if (s.staff_no, str(q), reason) not in chosen:
            chosen.add((s.staff_no, str(q), reason))
            rows.append((s.staff_no, str(q), money(amount), reason))
    return rows


def parameter_rows(frame: Frame) -> list[tuple]:
    since = date(frame.deposit_months[0].year, 1, 1)
    return [("floating.base_monthly", "1500", since), ("npl_recovery.rate", "2%", since),
            ("piece.agency", "1", since)]
