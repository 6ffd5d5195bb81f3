"""Hypothesis strategies: a whole branch for one quarter (2025Q3), as plain entities that can be
turned into `PayRunInputs` (pure) or into import sheets (through the database)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import strategies as st

from ruralperf.domain.entities import (Adjustment, Credit, Item, Loan, Recovery, Snapshot, Staff,
                                       Target)
from ruralperf.domain.periods import Month
from ruralperf.domain.results import Restoration
from ruralperf.io.reader import RawSheet
from ruralperf.rules.engine import PayRunInputs
from ruralperf.rules.limitation import ManagerHistory

from .builders import Q3, scheme

QUARTER = Q3
BASE_MONTH, END_MONTH = Q3.base_month, Q3.months[2]
DEPOSIT_MONTHS = [str(m) for m in (*Q3.previous.months, *Q3.months)]
POSITIONS = ("客户经理", "主管")
GRADES = ("normal", "special_mention", "substandard", "doubtful", "loss")


def money(lo: str, hi: str) -> st.SearchStrategy[Decimal]:
    """Amounts with exactly two decimals in [lo, hi]."""
    return st.integers(int(Decimal(lo) * 100), int(Decimal(hi) * 100)).map(
        lambda fen: Decimal(fen).scaleb(-2))


def dates(lo: date, hi: date) -> st.SearchStrategy[date]:
    return st.integers(0, (hi - lo).days).map(lambda n: lo + timedelta(days=n))


IN_QUARTER = dates(Q3.start, Q3.end_date)
REST_AMOUNTS = st.one_of(
    money("0.01", "800000"),
    st.sampled_from(["4999.99", "5000.00", "19999.99", "20000.00", "199999.99", "200000.00",
                     "499999.99", "500000.00"]).map(Decimal))
AROUND_QUARTER = dates(Q3.start - timedelta(days=20), Q3.end_date + timedelta(days=20))


@dataclass
class Branch:
    params: dict[str, str]
    staff: list[Staff]
    loans: list[Loan]
    credits: dict[str, list[Credit]]
    reassignments: dict[str, list[tuple[date, str]]]
    snapshots: list[Snapshot]
    interest: list[tuple[str, str, Decimal]]
    deposits: dict[str, dict[str, Decimal]]
    items: list[Item]
    recoveries: list[Recovery]
    targets: dict[str, Target]
    adjustments: list[Adjustment]
    carried_in: dict[str, Decimal] = field(default_factory=dict)
    restorations: list[Restoration] = field(default_factory=list)

    def inputs(self) -> PayRunInputs:
        snaps: dict[Month, dict[str, Snapshot]] = {BASE_MONTH: {}, END_MONTH: {}}
        for s in self.snapshots:
            if s.month in snaps:
                snaps[s.month][s.contract_no] = s
        loans = {ln.contract_no: ln for ln in self.loans}
        return PayRunInputs(
            quarter=QUARTER, scheme=scheme(self.params), staff=list(self.staff), loans=loans,
            managers={c: ManagerHistory(ln, self.reassignments.get(c, ()))
                      for c, ln in loans.items()},
            credits={c: list(v) for c, v in self.credits.items()
                     if QUARTER.contains(loans[c].disbursed_on)},
            snapshots=snaps,
            interest=[(c, Month.parse(mo), a) for c, mo, a in self.interest
                      if Month.parse(mo) in QUARTER.months],
            deposits={s: {Month.parse(mo): a for mo, a in v.items()}
                      for s, v in self.deposits.items()},
            items=list(self.items), recoveries=list(self.recoveries), targets=dict(self.targets),
            adjustments=list(self.adjustments), carried_in=dict(self.carried_in),
            restorations=list(self.restorations))

    def sheets(self) -> list[RawSheet]:
        """The branch as import sheets (English headers, text cells). Restorations and
        carried-in amounts have no sheet and are left out."""
        def sheet(title, headers, rows):
            return RawSheet(title, [(1, tuple(headers))] +
                            [(i + 2, tuple(None if v is None else str(v) for v in r))
                             for i, r in enumerate(rows)])

        households = sorted({ln.household_no for ln in self.loans})
        credits = [(c.contract_no, c.staff_no, c.share) for v in self.credits.values() for c in v]
        return [
            sheet("parameters", ["key", "value", "effective_from"],
                  [(k, v, "2000-01-01") for k, v in self.params.items()]),
            sheet("staff", ["staff_no", "name", "position", "coefficient"],
                  [(s.staff_no, s.name, s.position, s.coefficient) for s in self.staff]),
            sheet("households", ["household_no", "name"], [(h, "户" + h) for h in households]),
            sheet("loans", ["contract_no", "household_no", "amount", "disbursed_on", "maturity_on",
                            "nature", "increment", "customer_type", "manager_no"],
                  [(ln.contract_no, ln.household_no, ln.amount, ln.disbursed_on, ln.maturity_on,
                    ln.nature, ln.increment, ln.customer_type, ln.manager_no)
                   for ln in self.loans]),
            sheet("credits", ["contract_no", "staff_no", "share"], credits),
            sheet("reassignments", ["contract_no", "staff_no", "effective_from"],
                  [(c, s, on) for c, moves in self.reassignments.items() for on, s in moves]),
            sheet("snapshots", ["contract_no", "month", "balance", "overdue_days",
                                "arrears_months", "grade"],
                  [(s.contract_no, str(s.month), s.balance, s.overdue_days, s.arrears_months, s.grade)
                   for s in self.snapshots]),
            sheet("interest", ["contract_no", "month", "amount"], self.interest),
            sheet("deposits", ["staff_no", "month", "daily_avg"],
                  [(s, m, v) for s, months in self.deposits.items() for m, v in months.items()]),
            sheet("items", ["staff_no", "date", "item", "qty", "card_balance"],
                  [(i.staff_no, i.date, i.item, i.qty, i.card_balance) for i in self.items]),
            sheet("recoveries", ["contract_no", "staff_no", "date", "amount"],
                  [(r.contract_no, r.staff_no, r.date, r.amount) for r in self.recoveries]),
            sheet("targets", ["staff_no", "quarter", "interest", "deposit", "npl", "intermediate",
                              "quality"],
                  [(t.staff_no, str(t.quarter), t.interest, t.deposit, t.npl, t.intermediate,
                    t.quality) for t in self.targets.values()]),
            sheet("adjustments", ["staff_no", "quarter", "amount", "reason"],
                  [(a.staff_no, str(a.quarter), a.amount, a.reason) for a in self.adjustments]),
        ]


def _shares_summing_to_one(draw, n: int) -> list[Decimal]:
    """n shares > 0 summing to exactly 1, in basis points (0.0001)."""
    cuts = sorted(draw(st.lists(st.integers(1, 9999), min_size=n - 1, max_size=n - 1,
                                unique=True)))
    bounds = [0, *cuts, 10000]
    return [Decimal(b - a).scaleb(-4) for a, b in zip(bounds, bounds[1:])]


def credits_for(draw, loan: Loan, staff_nos: list[str]) -> list[Credit]:
    c = loan.contract_no
    if loan.customer_type == "self_developed":
        return [Credit(c, draw(st.sampled_from(staff_nos)), Decimal(1))]
    if loan.customer_type == "joint":
        who = draw(st.lists(st.sampled_from(staff_nos), min_size=2, max_size=len(staff_nos),
                            unique=True))
        return [Credit(c, s, share) for s, share in zip(who, _shares_summing_to_one(draw, len(who)))]
    # linked / taken-over: each share in [10 %, 30 %], together at most 30 % (DOMAIN.md 6.3)
    who = draw(st.lists(st.sampled_from(staff_nos), min_size=1, max_size=min(3, len(staff_nos)),
                        unique=True))
    shares, left = [], 3000
    for _ in who:
        if left < 1000:
            break
        share = draw(st.integers(1000, left))
        shares.append(share)
        left -= share
    return [Credit(c, s, Decimal(share).scaleb(-4)) for s, share in zip(who, shares)]


@st.composite
def branches(draw, max_staff: int = 4, max_loans: int = 10, restorations: bool = True,
             carried: bool = True) -> Branch:
    n_staff = draw(st.integers(1, max_staff))
    staff_nos = [f"E{i:02d}" for i in range(1, n_staff + 1)]
    staff = [Staff(s, "员工" + s, draw(st.sampled_from(POSITIONS)),
                   draw(st.sampled_from([Decimal("1"), Decimal("1.2"), Decimal("0.85"),
                                         Decimal("1.5")]))) for s in staff_nos]
    params: dict[str, str] = {
        "floating.base_monthly": str(draw(st.sampled_from(
            [Decimal("0.00"), Decimal("1200.00"), Decimal("1333.33"), Decimal("2017.17")])))}
    if draw(st.booleans()):
        params["cap.主管"] = str(draw(money("0", "6000")))
    if draw(st.booleans()):
        params["composite.floating_twice"] = "true"
    if draw(st.booleans()):
        params["composite.indicator_cap"] = draw(st.sampled_from(["1", "1.2", "1.5"]))
    if draw(st.booleans()):
        params["npl_recovery.rate"] = draw(st.sampled_from(["0.05", "0.0125", "0.3333"]))
    if draw(st.booleans()):
        params["piece.agency"] = str(draw(money("0", "10")))

    households = [f"H{i}" for i in range(draw(st.integers(1, 6)))]
    loans: list[Loan] = []
    credits: dict[str, list[Credit]] = {}
    reassignments: dict[str, list[tuple[date, str]]] = {}
    for i in range(draw(st.integers(0, max_loans))):
        c = f"C{i:03d}"
        amount = draw(money("100", "900000"))
        disbursed = draw(st.one_of(IN_QUARTER, dates(date(2023, 1, 1), Q3.end_date)))
        nature = draw(st.sampled_from(["new", "new", "expansion", "refinance", "restructure"]))
        increment = draw(money("0.01", str(amount))) if nature == "expansion" else None
        ctype = draw(st.sampled_from(["self_developed", "joint", "linked", "taken_over"]
                                     if n_staff > 1 else ["self_developed", "linked",
                                                          "taken_over"]))
        ln = Loan(c, draw(st.sampled_from(households)), amount, disbursed,
                  disbursed + timedelta(days=draw(st.integers(30, 1100))), nature, increment,
                  ctype, draw(st.sampled_from(staff_nos)))
        loans.append(ln)
        credits[c] = credits_for(draw, ln, staff_nos)
        if draw(st.integers(0, 3)) == 0:
            on = draw(dates(disbursed + timedelta(days=1), Q3.end_date + timedelta(days=1)))
            reassignments[c] = [(on, draw(st.sampled_from(staff_nos)))]

    snapshots = []
    for ln in loans:
        for month in (BASE_MONTH, Month(2025, 8), END_MONTH):
            if month.end < ln.disbursed_on or draw(st.integers(0, 4)) == 0:
                continue
            balance = draw(st.one_of(st.just(Decimal("0.00")), money("0.01", str(ln.amount))))
            overdue = draw(st.sampled_from([0, 0, 0, 5, 95]))
            snapshots.append(Snapshot(ln.contract_no, month, balance, overdue,
                                      draw(st.integers(0, 5)), draw(st.sampled_from(GRADES))))
    interest = []
    for ln in loans:
        for month in ("2025-06", *[str(m) for m in Q3.months]):
            if Month.parse(month).end < ln.disbursed_on:
                continue  # no interest before the loan exists (the import refuses it)
            if draw(st.booleans()):
                interest.append((ln.contract_no, month, draw(money("-20", "9000"))))

    deposits: dict[str, dict[str, Decimal]] = {}
    for s in staff_nos:
        months = {m: draw(money("0", "3000000")) for m in DEPOSIT_MONTHS}
        if draw(st.integers(0, 5)) == 0:
            del months[draw(st.sampled_from(DEPOSIT_MONTHS))]
        deposits[s] = months

    items, seen = [], set()
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(["bank_card", "pos", "agency"]))
        item = Item(draw(st.sampled_from(staff_nos)), draw(AROUND_QUARTER), kind,
                    draw(st.integers(1, 6)),
                    draw(money("0", "300")) if kind == "bank_card" else None)
        if item not in seen:
            seen.add(item)
            items.append(item)
    recoveries = []
    if loans:
        for _ in range(draw(st.integers(0, 3))):
            ln = draw(st.sampled_from(loans))
            rec = Recovery(ln.contract_no, draw(st.sampled_from(staff_nos)),
                           draw(AROUND_QUARTER), draw(money("0.01", "80000")))
            if rec not in recoveries and rec.date >= ln.disbursed_on:
                recoveries.append(rec)

    targets = {}
    for s in staff_nos:
        if draw(st.integers(0, 9)) == 0:
            continue
        targets[s] = Target(s, Q3, draw(money("-100", "20000")), draw(money("-50000", "500000")),
                            draw(money("-5000", "20000")), draw(st.integers(0, 30)),
                            draw(st.integers(0, 100)))
    adjustments = []
    for _ in range(draw(st.integers(0, 3))):
        adj = Adjustment(draw(st.sampled_from(staff_nos)), draw(st.sampled_from([Q3, Q3.previous])),
                         draw(money("-5000", "3000")), draw(st.sampled_from(["补发", "扣回", "other"])))
        if adj not in adjustments:
            adjustments.append(adj)
    carried_in = ({s: draw(money("0.01", "3000")) for s in staff_nos if draw(st.booleans())}
                  if carried else {})
    rests = []
    if restorations:
        people = staff_nos + ["X99"]  # someone who is no longer on the staff list
        for i in range(draw(st.integers(0, 4))):
            rests.append(Restoration(
                f"R{i}", draw(st.sampled_from(households)), draw(AROUND_QUARTER),
                draw(st.sampled_from(people)), draw(REST_AMOUNTS),
                draw(st.sampled_from([date(2005, 3, 1), date(2006, 12, 31), date(2007, 1, 1),
                                      date(2023, 7, 1)])),
                draw(st.sampled_from(people))))
    return Branch(params, staff, loans, credits, reassignments, snapshots, interest, deposits,
                  items, recoveries, targets, adjustments, carried_in, rests)
