"""Overdue loans whose statute of limitations (诉讼时效) the branch tracks: interrupted in time,
close to expiry, lapsed (recently or long ago), restored by the manager or by another officer,
legacy lapses registered before 2007, lawsuits, extensions and NPL recoveries.

Margins keep each status stable for any as-of date within a month after the end month."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from ruralperf.domain.periods import add_years
from ruralperf.io.demo_model import DemoHousehold, DemoLoan, Frame, add_months, money, period_end
from ruralperf.io.demo_portfolio import officers

# kind -> cases per scale unit; lawsuits and extensions stay at two (they are rare).
CASES = {"interrupted": 2, "warning": 2, "lapsed_old": 2, "lapsed_recent": 1,
         "restored_manager": 2, "restored_other": 2, "legacy_lapsed": 1, "legacy_restored": 1,
         "recovered_closed": 1, "partial_running": 2}
FIXED = {"litigation": 2, "extension": 2}
OLD_AMOUNTS = (3_000, 5_000, 8_000, 10_000, 15_000, 20_000, 30_000, 50_000, 80_000, 120_000,
               250_000)
DAY = timedelta(days=1)


def case_kinds(scale: int) -> list[str]:
    kinds = [k for k, n in CASES.items() for _ in range(n * scale)]
    return kinds + [k for k, n in FIXED.items() for _ in range(n)]


class CaseBuilder:
    def __init__(self, frame: Frame, staff_officers: list[str]):
        self.f, self.rng, self.officers = frame, frame.rng, staff_officers
        self.seen: set[str] = set()  # kinds that already placed an event in the last quarter

    # -- helpers ---------------------------------------------------------------------------
    def _loan(self, hh: DemoHousehold, maturity: date, pays_interest: bool = False) -> DemoLoan:
        term = self.rng.choice((12, 12, 24, 36))
        amount = money(self.rng.choice(OLD_AMOUNTS))
        return DemoLoan("", hh.household_no, amount, add_months(maturity, -term), maturity,
                        self.rng.choice(("new", "new", "refinance")), "self_developed",
                        hh.officer, rate=Decimal("0.0720"), credits=[(hh.officer, "100%")],
                        pays_interest=pays_interest)

    def _other(self, staff_no: str) -> str:
        pool = [s for s in self.officers if s != staff_no]
        return self.rng.choice(pool) if pool else staff_no

    def _event(self, loan: DemoLoan, d: date, kind: str, amount: Decimal | None = None,
               new_maturity: date | None = None, staff: str | None = None) -> None:
        loan.events.append((d, kind, staff or loan.manager_on(d), amount, new_maturity))

    def _recover(self, loan: DemoLoan, d: date, amount: Decimal, final: bool = False) -> None:
        """Cash recovered on an NPL: a recovery row and a partial repayment event."""
        staff = loan.manager_on(d)
        loan.recoveries.append((staff, d, amount))
        self._event(loan, d, "partial_repayment", amount)
        if final:
            loan.payoff = d
        else:
            loan.repayments.append((d, amount))

    def _in_window(self, kind: str, lo: date | None = None) -> date:
        """An event date in the ledger window; the first case of a kind falls in the last
        assessed quarter so the latest pay run shows it."""
        q = self.f.last_quarter
        if kind not in self.seen:
            self.seen.add(kind)
            return self.f.rand_date(q.start, q.end_date)
        lo = max(lo or self.f.start, self.f.start + timedelta(days=35))
        return self.f.rand_date(lo, self.f.end - 10 * DAY)

    def _interrupt_until(self, loan: DemoLoan, anchor: date, stop: date) -> date:
        """In-time interruptions from `anchor` until the running period ends after `stop`."""
        while period_end(anchor) < stop:
            latest = min(period_end(anchor) - 15 * DAY, self.f.end - 5 * DAY)
            span = (latest - anchor).days
            anchor += timedelta(days=self.rng.randint(max(1, span // 2), max(1, span)))
            kind = self.rng.choice(("demand_signed", "demand_signed", "acknowledgement"))
            self._event(loan, anchor, kind, loan.amount if kind == "acknowledgement" else None)
        return anchor

    def _anchor_at(self, hh: DemoHousehold, anchor: date) -> DemoLoan:
        """A loan whose running period starts at `anchor`: its maturity, or a demand."""
        if self.rng.random() < 0.5:
            return self._loan(hh, anchor)
        loan = self._loan(hh, anchor - timedelta(days=self.rng.randint(200, 700)))
        self._event(loan, anchor, "demand_signed")
        return loan

    def _restore(self, loan: DemoLoan, kind: str, lo: date, staff: str | None = None) -> None:
        d = self._in_window(kind, lo)
        how = self.rng.choice(("demand_signed", "acknowledgement", "partial_repayment"))
        if how == "partial_repayment" and (staff is None or staff == loan.manager_on(d)):
            self._recover(loan, d, money(int(loan.amount * self.rng.randint(10, 40) / 100)))
        else:
            amount = loan.balance_on(d) if how == "acknowledgement" else None
            self._event(loan, d, "acknowledgement" if how != "demand_signed" else how, amount,
                        staff=staff)

    # -- cases -----------------------------------------------------------------------------
    def build(self, kind: str, hh: DemoHousehold) -> DemoLoan:
        f, rng, end = self.f, self.rng, self.f.end
        if kind == "interrupted":
            loan = self._loan(hh, f.rand_date(date(2011, 1, 1), add_years(end, -4)))
            self._interrupt_until(loan, loan.maturity_on, end + 200 * DAY)
        elif kind in ("warning", "lapsed_recent"):
            offset = rng.randint(40, 75) if kind == "warning" else -rng.randint(40, 300)
            loan = self._anchor_at(hh, add_years(end + timedelta(days=offset), -3))
        elif kind == "lapsed_old":
            loan = self._loan(hh, f.rand_date(date(2009, 1, 1), add_years(end, -7)))
            if rng.random() < 0.5:
                self._event(loan, loan.maturity_on + timedelta(days=rng.randint(100, 600)),
                            "demand_signed")
            if rng.random() < 0.4:  # the officer in charge since has changed
                loan.moves.append((f.rand_date(add_years(end, -2), end - 30 * DAY),
                                   self._other(hh.officer)))
        elif kind in ("restored_manager", "restored_other"):
            loan = self._loan(hh, f.rand_date(date(2010, 1, 1), add_years(end, -5)))
            lapse = period_end(loan.maturity_on) + DAY
            restorer = None
            if kind == "restored_other":
                restorer = self._other(hh.officer)
                loan.moves.append((f.rand_date(lapse + 30 * DAY, f.start), restorer))
            self._restore(loan, kind, lapse + 30 * DAY, restorer)
        elif kind in ("legacy_lapsed", "legacy_restored"):
            # Lapsed in 2004-2006 (inside the built-in holiday calendar), registered later.
            loan = self._loan(hh, f.rand_date(date(2002, 1, 1), date(2004, 6, 30)))
            self._event(loan, f.rand_date(period_end(loan.maturity_on) + DAY, date(2006, 12, 31)),
                        "lapse_registered", staff=rng.choice(self.officers))
            if kind == "legacy_restored":
                self._restore(loan, kind, f.start)
        elif kind == "litigation":
            loan = self._loan(hh, f.rand_date(add_years(end, -6), add_years(end, -1)))
            sued = loan.maturity_on + timedelta(days=rng.randint(60, 300))
            self._event(loan, min(sued, end - 30 * DAY), "lawsuit")
        elif kind == "extension":
            loan = self._extension(hh)
        else:  # recovered_closed, partial_running: NPL overdue for one to three years
            loan = self._loan(hh, f.rand_date(add_years(end, -3) + 100 * DAY, f.start - 30 * DAY))
            first = f.rand_date(f.start + 35 * DAY, end - 120 * DAY) \
                if kind == "recovered_closed" else self._in_window(kind)
            self._recover(loan, first, money(int(loan.amount * rng.randint(20, 50) / 100)))
            if kind == "recovered_closed":
                last = f.rand_date(first + 30 * DAY, end - 10 * DAY)
                self._recover(loan, last, loan.balance_on(last), final=True)
        return loan

    def _extension(self, hh: DemoHousehold) -> DemoLoan:
        """A loan extended shortly before maturity; repaid at the new maturity or not."""
        f, rng = self.f, self.rng
        maturity = f.rand_date(f.start + 60 * DAY, f.end - 400 * DAY)
        loan = self._loan(hh, maturity, pays_interest=True)
        loan.amount = money(rng.randint(5, 20) * 10_000)
        loan.due = add_months(maturity, rng.choice((6, 9, 12)))
        self._event(loan, maturity - timedelta(days=rng.randint(5, 25)), "extension",
                    new_maturity=loan.due)
        if "extension_repaid" not in self.seen:
            self.seen.add("extension_repaid")
            loan.payoff = loan.due
        return loan


def make_cases(frame: Frame, staff, households: list[DemoHousehold], scale: int,
               limit: int) -> list[DemoLoan]:
    builder = CaseBuilder(frame, officers(staff))
    kinds = case_kinds(scale)[:limit]
    return [builder.build(kind, hh) for kind, hh in zip(kinds, households)]
