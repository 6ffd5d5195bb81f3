"""A deterministic county union for the benchmarks: branches, staff, households and loans with
their credits, reassignments and limitation events (the ledgers are in `county_ledgers.py`).

Every amount is integer fen and every rate an integer per mille: nothing here is a float. A
branch's book depends only on (seed, branch number, scale), so one branch can be rebuilt without
the others, and any month of its ledger can be derived again later (`county_ledgers`).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from ruralperf.domain.periods import Month, add_years
from ruralperf.io.cells import id_check_digit
from ruralperf.io.demo_names import (FEMALE_GIVEN, MALE_GIVEN, REGION_CODES, SURNAMES,
                                     enterprise_name)

TOWNS = ("城关", "东关", "西关", "南关", "北关", "河口", "柳林", "石桥", "青山", "龙泉", "双河",
         "大营", "杨庄", "李集", "王屯", "马店", "凤凰", "东湖", "西岭", "南河", "北坡", "高桥")
POSITIONS = (("主任", "1.5"), ("综合柜员", "0.8"), ("综合柜员", "0.8"), ("公司客户经理", "1.5"))
OFFICER = (("客户经理", "1.2"), ("个人客户经理", "1.0"))
TYPES = ("self_developed",) * 11 + ("joint",) * 4 + ("linked",) * 3 + ("taken_over",) * 2
NATURES = ("new",) * 14 + ("expansion",) * 3 + ("refinance",) * 2 + ("restructure",)
SWITCH = date(2017, 10, 1)


@dataclass(frozen=True)
class Scale:
    branches: int
    staff: int
    households: int
    loans: int
    months: int = 24
    end_month: Month = Month(2025, 9)

    @property
    def first_month(self) -> Month:
        return self.end_month.shift(1 - self.months)

    def share(self, total: int, b: int) -> int:
        """Branch b's share of `total` (the remainder goes to the first branches)."""
        return total // self.branches + (1 if b < total % self.branches else 0)


SCALES = {"county": Scale(20, 400, 200_000, 300_000), "small": Scale(2, 40, 2_000, 3_000)}


@dataclass(slots=True)
class Loan:
    contract_no: str
    household_no: str
    amount: int  # fen
    disbursed: date
    maturity: date  # contractual
    nature: str
    increment: int | None
    ctype: str
    manager: str
    rate: int  # annual, per mille
    amortising: bool
    profile: str  # ok | late (matured unpaid, in the window) | old (a legacy NPL)
    due: date  # maturity after an extension; for `late` and `old` the day it fell overdue
    credits: list = field(default_factory=list)  # (staff_no, share text)
    moves: list = field(default_factory=list)  # (date, staff_no), sorted
    events: list = field(default_factory=list)  # (date, kind, staff, amount fen, new maturity)
    frozen: int = 0  # outstanding fen of an overdue loan before repayments
    repaid: list = field(default_factory=list)  # (date, fen) repayments of an overdue loan

    def manager_on(self, d: date) -> str:
        staff = self.manager
        for when, who in self.moves:
            if when <= d:
                staff = who
        return staff


@dataclass
class Branch:
    number: int  # 1-based
    code: str
    name: str
    staff: list  # (staff_no, name, position, coefficient text)
    officers: list
    households: list  # (household_no, name, id_number, kind, officer)
    loans: list


def person(rng: random.Random) -> tuple[str, bool]:
    male = rng.random() < 0.7
    return rng.choice(SURNAMES) + rng.choice(MALE_GIVEN if male else FEMALE_GIVEN), male


def resident_id(rng: random.Random, male: bool) -> str:
    born = date(1955, 1, 1) + timedelta(days=rng.randrange(15_700))
    first17 = f"{rng.choice(REGION_CODES)}{born:%Y%m%d}{rng.randrange(10)}" \
              f"{rng.randrange(50) * 2 + (1 if male else 0):02d}"
    return first17 + id_check_digit(first17)


def build_branch(scale: Scale, b: int, seed: int = 1) -> Branch:
    """Branch number b (1-based) of the union: the same for the same seed and scale."""
    rng = random.Random(f"county-{seed}-{b}")
    code = f"{b:04d}"
    staff = []
    for i in range(scale.share(scale.staff, b - 1)):
        position, coefficient = POSITIONS[i] if i < len(POSITIONS) else OFFICER[i % 2]
        staff.append((f"E{b:02d}{i + 1:03d}", person(rng)[0], position, coefficient))
    officers = [s[0] for s in staff if "客户经理" in s[2]] or [staff[0][0]]
    households = []
    for i in range(scale.share(scale.households, b - 1)):
        kind = rng.choices(("农户", "个体工商户", "企业"), (85, 11, 4))[0]
        owner, male = person(rng)
        name = enterprise_name(rng) if kind == "企业" else owner
        id_number = resident_id(rng, male) if kind != "企业" and rng.random() < 0.8 else None
        households.append((f"H{b:02d}{i + 1:06d}", name, id_number, kind, rng.choice(officers)))
    n_loans = scale.share(scale.loans, b - 1)
    loans = [_loan(rng, scale, b, i, households[i if i < len(households)
                                               else rng.randrange(len(households))], officers)
             for i in range(n_loans)]
    return Branch(b, code, f"{TOWNS[(b - 1) % len(TOWNS)]}信用社", staff, officers, households,
                  loans)


def _loan(rng: random.Random, scale: Scale, b: int, i: int, household: tuple,
          officers: list[str]) -> Loan:
    first, end = scale.first_month, scale.end_month.end
    window_start = date(first.year, first.month, 1)
    roll = rng.random()
    if roll < 0.03:  # a legacy NPL, matured long ago, whose limitation the branch tracks
        profile, term = "old", rng.choice((12, 24, 36))
        maturity = date(2005, 1, 1) + timedelta(days=rng.randrange(6_000))
        disbursed = maturity - timedelta(days=term * 365 // 12)
    elif roll < 0.13:  # disbursed in the window
        term = rng.choice((12, 24, 36, 36, 48, 60))
        disbursed = window_start + timedelta(days=rng.randrange((end - window_start).days))
        maturity = add_months(disbursed, term)
        profile = "ok"
    elif roll < 0.25:  # falls due in the window: most are repaid, a quarter are not
        term = rng.choice((12, 24, 36))
        due = window_start + timedelta(days=rng.randrange((end - window_start).days - 40))
        disbursed = add_months(due, -term)
        maturity = add_months(disbursed, term)
        profile = "late" if rng.random() < 0.25 else "ok"
    else:  # outstanding through the whole window (most of the book)
        term = rng.choice((36, 48, 60))
        disbursed = window_start - timedelta(days=1 + rng.randrange((term - 25) * 30))
        maturity = add_months(disbursed, term)
        profile = "ok"
    yuan = rng.choice((20, 30, 50, 50, 80, 100, 100, 150, 200, 300, 500)) * 1000
    if household[3] == "企业":
        yuan *= 10
    amount = yuan * 100
    nature = rng.choice(NATURES)
    increment = (amount * rng.choice((2, 3, 5)) // 10) // 10000 * 10000 \
        if nature == "expansion" else None
    ctype = rng.choice(TYPES)
    manager = household[4]
    others = [s for s in officers if s != manager] or [manager]
    loan = Loan(f"C{b:02d}{i + 1:07d}", household[0], amount, disbursed, maturity, nature,
                increment, ctype, manager, rng.choice((44, 52, 56, 60, 65, 72)),
                term > 12 and rng.random() < 0.5, profile, maturity)
    if ctype == "joint" and others[0] == manager:  # a one-officer branch
        loan.ctype = ctype = "self_developed"
    if ctype == "self_developed":
        loan.credits = [(manager, "1")]
    elif ctype == "joint":
        loan.credits = [(manager, "0.6"), (rng.choice(others), "0.4")]
    else:
        loan.credits = [(rng.choice(others), rng.choice(("0.1", "0.2", "0.3")))]
    if profile != "old" and rng.random() < 0.05:
        start = max(disbursed, window_start) + timedelta(days=1)
        if start < end:
            loan.moves = [(start + timedelta(days=rng.randrange((end - start).days)),
                           rng.choice(others))]
    _events(rng, loan, end)
    return loan


def add_months(d: date, months: int) -> date:
    month = Month.of(d).shift(months)
    return d.replace(year=month.year, month=month.month, day=min(d.day, month.end.day))


def period_end(anchor: date) -> date:
    years = 2 if add_years(anchor, 2) < SWITCH else 3
    return add_years(anchor, years)


def _events(rng: random.Random, loan: Loan, end: date) -> None:
    """Limitation events: extensions of sound loans, demands on overdue ones, and for legacy
    NPLs a history of interruptions, lapses, restorations and lawsuits."""
    if loan.profile == "ok":
        if loan.maturity < end and rng.random() < 0.02:
            signed = loan.maturity - timedelta(days=rng.randint(5, 30))
            loan.due = add_months(loan.maturity, 12)
            loan.events.append((signed, "extension", loan.manager_on(signed), None, loan.due))
        return
    loan.due = loan.maturity + timedelta(days=1)
    loan.frozen = (loan.amount * rng.choice((3, 5, 8, 10)) // 10) // 10000 * 10000 or 10000
    remaining, anchor = loan.frozen, loan.maturity
    if loan.profile == "old" and loan.maturity < date(2007, 1, 1) and rng.random() < 0.3:
        d = period_end(anchor) + timedelta(days=rng.randint(1, 400))
        loan.events.append((d, "lapse_registered", loan.manager_on(d), None, None))
        anchor = d
    while True:
        limit = period_end(anchor)
        late = rng.random() < (0.25 if loan.profile == "old" else 0.1)
        span = (limit - anchor).days
        d = anchor + timedelta(days=rng.randint(span + 30, span + 700) if late
                               else rng.randint(max(1, span // 3), max(1, span - 10)))
        if d >= end:
            return
        kind = rng.choices(("demand_signed", "partial_repayment", "acknowledgement", "lawsuit"),
                           (70, 15, 12, 3))[0]
        amount = None
        if kind == "partial_repayment":
            amount = min(remaining - 10000, rng.choice((5, 10, 20, 50)) * 100_000)
            if amount <= 0:
                kind, amount = "demand_signed", None
            else:
                loan.repaid.append((d, amount))
                remaining -= amount
        loan.events.append((d, kind, loan.manager_on(d), amount, None))
        if kind == "lawsuit":
            return
        anchor = d


def guarantee_rows(branch: Branch):
    """Most rural loans are guaranteed (联保): every third loan has a joint and several
    guarantor, every twelfth also a general one for 12 months (no draw from the branch's random
    stream, so the rest of the county stays as it was)."""
    people = branch.households
    for i, x in enumerate(branch.loans):
        if i % 3:
            continue
        first = people[(i * 7 + 3) % len(people)][1]
        yield x.contract_no, first, None, "joint_several", None
        second = people[(i * 11 + 5) % len(people)][1]
        if i % 12 == 0 and second != first:
            yield x.contract_no, second, None, "general", 12
