"""Staff, households and the ordinary loan book of the demo branch."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate

from ruralperf.domain.enums import HouseholdKind
from ruralperf.domain.periods import Month
from ruralperf.io import demo_names as names
from ruralperf.io.demo_model import (DemoHousehold, DemoLoan, DemoStaff, Frame, add_months, money,
                                     period_end)

# household kinds (stored as their Chinese words)
FARM, BUSINESS, ENTERPRISE = (HouseholdKind.FARM.value, HouseholdKind.BUSINESS.value,
                              HouseholdKind.ENTERPRISE.value)
COEFFICIENTS = {"公司客户经理": "1.5", "客户经理": "1.2", "个人客户经理": "1.0", "综合柜员": "0.8"}
PERSONAL = ("客户经理", "个人客户经理")
SEASON = {1: 8, 2: 14, 3: 18, 4: 16, 5: 12, 6: 9, 7: 8, 8: 8, 9: 9, 10: 10, 11: 10, 12: 7}
RATES = {FARM: ("0.0435", "0.0520", "0.0560", "0.0600", "0.0650"),
         BUSINESS: ("0.0600", "0.0650", "0.0700", "0.0750"),
         ENTERPRISE: ("0.0480", "0.0550", "0.0600")}
JOINT_SHARES = {2: (("60%", "40%"), ("50%", "50%"), ("70%", "30%")),
                3: (("50%", "30%", "20%"), ("40%", "30%", "30%"))}


def make_staff(frame: Frame, n: int) -> list[DemoStaff]:
    tellers = 0 if n < 3 else (1 if n < 8 else 2)
    company = 1 if n >= 5 else 0
    plan = [PERSONAL[i % 2] for i in range(n - tellers - company)]
    plan[2:2] = ["公司客户经理"] * company
    plan += ["综合柜员"] * tellers
    people = names.unique_person_names(frame.rng, n, male_share=0.6)
    return [DemoStaff(f"E{i + 1:03d}", people[i][0], pos, Decimal(COEFFICIENTS[pos]))
            for i, pos in enumerate(plan)]


def officers(staff: list[DemoStaff], kind: str | None = None) -> list[str]:
    """Credit officers; for households of `kind`, those who serve that kind of customer."""
    all_officers = [s.staff_no for s in staff if s.is_officer]
    company = [s.staff_no for s in staff if s.position == "公司客户经理"]
    personal = [s.staff_no for s in staff if s.position in PERSONAL]
    if kind == ENTERPRISE:
        return company or all_officers
    if kind == FARM:
        return personal or all_officers
    return all_officers


def make_households(frame: Frame, staff: list[DemoStaff], n: int, first_no: int = 1,
                    kinds: tuple[int, int, int] = (85, 10, 5)) -> list[DemoHousehold]:
    rng = frame.rng
    weights = {s: rng.randint(7, 13) for s in officers(staff)}
    out = []
    for i in range(n):
        kind = rng.choices((FARM, BUSINESS, ENTERPRISE), weights=kinds)[0]
        male = rng.random() < 0.85
        owner = names.person_name(rng, male)
        if kind == ENTERPRISE:
            name, id_number = names.enterprise_name(rng), None
        else:
            name = names.shop_name(rng, owner) if kind == BUSINESS and rng.random() < 0.6 \
                else owner
            id_number = names.resident_id(rng, male) if rng.random() < 0.75 else None
        pool = officers(staff, kind)
        officer = rng.choices(pool, weights=[weights[s] for s in pool])[0]
        out.append(DemoHousehold(f"H{first_no + i:05d}", name, id_number, kind, officer))
    for hh in out:  # officers hand over part of their villages now and then
        pool = [s for s in officers(staff, hh.kind) if s != hh.officer]
        if pool and rng.random() < 0.025:
            hh.moves.append((frame.rand_date(frame.start + timedelta(days=30),
                                             frame.end - timedelta(days=30)), rng.choice(pool)))
    return out


@lru_cache(maxsize=64)
def _months_between(first: Month, last: Month) -> tuple[tuple[Month, ...], tuple[int, ...]]:
    months = [first]
    while months[-1] < last:
        months.append(months[-1].shift(1))
    return tuple(months), tuple(accumulate(SEASON[m.month] for m in months))


def seasonal_date(frame: Frame, lo: date, hi: date) -> date:
    """A date in [lo, hi], more likely in spring (春耕) than in winter."""
    months, cum = _months_between(Month.of(lo), Month.of(hi))
    m = frame.rng.choices(months, cum_weights=cum)[0]
    return frame.rand_date(max(lo, date(m.year, m.month, 1)), min(hi, m.end))


def _amount(frame: Frame, kind: str) -> Decimal:
    rng = frame.rng
    if kind == ENTERPRISE:
        return money(rng.randint(3, 15) * 100_000)
    if kind == BUSINESS:
        return money(rng.randint(5, 50) * 10_000)
    return money(rng.choices((10_000, 20_000, 30_000, 50_000, 80_000, 100_000, 150_000, 200_000,
                              300_000), weights=(6, 12, 16, 20, 14, 14, 8, 6, 4))[0]
                 + rng.choice((0, 0, 0, 5_000)))


def credits_for(frame: Frame, staff: list[DemoStaff], ctype: str, manager: str
                ) -> tuple[str, list[tuple[str, str]]]:
    """(customer type, credits) obeying DOMAIN.md 6.3; falls back to self-developed when the
    branch is too small for the type."""
    rng = frame.rng
    partners = [s for s in officers(staff) if s != manager]
    if ctype == "joint" and partners:
        n = 3 if len(partners) >= 2 and rng.random() < 0.3 else 2
        shares = rng.choice(JOINT_SHARES[n])
        return ctype, list(zip([manager, *rng.sample(partners, n - 1)], shares))
    if ctype == "linked":  # shares together at most 30 % (second edition)
        own = int(rng.choice(("20%", "30%"))[:-1])
        credits = [(manager, own)]
        helpers = [s.staff_no for s in staff if s.staff_no != manager]
        if helpers and rng.random() < 0.6:  # a teller or colleague who brought the customer
            who = rng.choice(helpers)
            helper = int(rng.choice(("10%", "15%", "20%"))[:-1])
            credits = [(manager, min(own, 30 - helper)), (who, helper)]
        return ctype, [(who, f"{share}%") for who, share in credits]
    if ctype == "taken_over":
        return ctype, [(manager, rng.choice(("10%", "20%", "30%")))]
    return "self_developed", [(manager, "100%")]


def make_loans(frame: Frame, staff: list[DemoStaff], households: list[DemoHousehold],
               n: int) -> list[DemoLoan]:
    rng = frame.rng
    loans = []
    for i in range(n):
        hh = households[i] if i < len(households) else rng.choice(households)
        loan = _loan_in_window(frame, staff, hh)
        loan.moves = [(d, s) for d, s in hh.moves
                      if d > loan.disbursed_on and (loan.payoff is None or loan.payoff > d)]
        _collections(frame, loan)
        loans.append(loan)
    return loans


def _loan_in_window(frame: Frame, staff: list[DemoStaff], hh: DemoHousehold) -> DemoLoan:
    """A loan of the household that is outstanding at some month end of the ledgers: drawn
    from two years before the ledgers on, redrawn when repaid before they start (what
    remains of the early ones are the branch's older overdue loans)."""
    rng = frame.rng
    while True:
        term = rng.choices((6, 12, 18, 24, 36), weights=(5, 70, 5, 12, 8))[0]
        lo = add_months(frame.start, -term - 24)
        disbursed = seasonal_date(frame, lo, frame.end - timedelta(days=2))
        amount = _amount(frame, hh.kind)
        nature = rng.choices(("new", "expansion", "refinance", "restructure"),
                             weights=(55, 15, 28, 2))[0]
        increment = None
        if nature == "expansion":
            increment = max(money(1000), money(int(amount * rng.randint(10, 50) / 100) // 1000
                                               * 1000))
        manager = hh.officer_on(disbursed)
        ctype, credits = credits_for(frame, staff, rng.choices(
            ("self_developed", "joint", "linked", "taken_over"), weights=(70, 15, 10, 5))[0],
            manager)
        loan = DemoLoan("", hh.household_no, amount, disbursed, add_months(disbursed, term),
                        nature, ctype, manager, increment, Decimal(rng.choice(RATES[hh.kind])),
                        credits)
        _repayment_plan(frame, loan, term)
        if loan.payoff is None or loan.payoff >= frame.start:
            return loan


def _repayment_plan(frame: Frame, loan: DemoLoan, term: int) -> None:
    """Most loans are repaid at maturity, some early, some late; a few default."""
    rng = frame.rng
    due = loan.maturity_on
    r = rng.random()
    default = 0.12 if loan.nature == "restructure" else (
        0.015 if loan.amount <= 200_000 else 0.005)  # larger loans are better secured
    if r < default:  # most defaults are collected in the end, some never
        loan.payoff = due + timedelta(days=rng.randint(120, 900)) if rng.random() < 0.75 else None
    elif r < default + 0.06:
        late = rng.randint(10, 90) if rng.random() < 0.8 else rng.randint(91, 300)
        loan.payoff = due + timedelta(days=late)
    elif r < default + 0.16 and (due - loan.disbursed_on).days > 90:
        loan.payoff = frame.rand_date(loan.disbursed_on + timedelta(days=60),
                                      due - timedelta(days=1))
    else:
        loan.payoff = max(loan.disbursed_on + timedelta(days=1),
                          due - timedelta(days=rng.randint(0, 7)))
    if loan.payoff is not None and loan.payoff > frame.end:
        loan.payoff = None
    stop = min(due, loan.payoff or due) - timedelta(days=10)
    if term >= 12 and rng.random() < 0.35:  # quarterly principal instalments
        step, paid, when = money(int(loan.amount / 10) // 100 * 100), Decimal(0), loan.disbursed_on
        while step > 0 and paid + step <= loan.amount * Decimal("0.6"):
            when = add_months(when, 3)
            if when >= stop:
                break
            loan.repayments.append((when, step))
            paid += step
    open_months = [m for m, first, last in frame.bounds
                   if loan.disbursed_on < first and last < stop]
    if open_months and rng.random() < 0.12:
        first = rng.randrange(len(open_months))
        loan.late_months = {str(m) for m in open_months[first:first + rng.choice((1, 1, 2))]}


def _collections(frame: Frame, loan: DemoLoan) -> None:
    """Collection work on an overdue loan: demand notices signed by the borrower (keeping the
    statute of limitations running), and cash collected once it is non-performing (over 90
    days overdue), which is an NPL recovery (不良清收) and a partial repayment."""
    rng = frame.rng
    due = loan.maturity_on
    stop = min(loan.payoff or frame.end, frame.end) - timedelta(days=5)
    anchor = due
    while period_end(anchor) < frame.end + timedelta(days=200):
        anchor += timedelta(days=rng.randint(60 if anchor == due else 180, 720))
        if anchor > stop:
            break
        loan.events.append((anchor, "demand_signed", loan.manager_on(anchor), None, None))
    npl_from = due + timedelta(days=91)
    if loan.payoff is not None and loan.payoff >= npl_from:
        when, amount = loan.payoff, loan.balance_on(loan.payoff - timedelta(days=1))
    elif loan.payoff is None and npl_from < frame.end - timedelta(days=30) and rng.random() < 0.3:
        when = frame.rand_date(max(npl_from, frame.start), frame.end - timedelta(days=5))
        amount = money(int(loan.balance_on(when) * rng.randint(10, 40) / 100))
        loan.repayments.append((when, amount))
    else:
        return
    staff = loan.manager_on(when)
    loan.recoveries.append((staff, when, amount))
    loan.events.append((when, "partial_repayment", staff, amount, None))
