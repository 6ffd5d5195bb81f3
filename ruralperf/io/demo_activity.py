"""Staff activity of the demo branch: monthly deposit daily averages and intermediate-business
items (bank cards, POS terminals, agency collections)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from ruralperf.domain.enums import ItemKind
from ruralperf.io.demo_model import DemoStaff, Frame, money

# Monthly deposit growth in basis points: deposits swell at the Spring Festival when migrant
# workers come home, at the half-year and year-end campaigns, and ebb after them.
SEASON_BP = {1: 200, 2: 150, 3: -200, 4: -50, 5: 0, 6: 100, 7: -100, 8: 0, 9: 50, 10: -50,
             11: 0, 12: 100}
_CENT = Decimal("0.01")


def deposit_rows(frame: Frame, staff: list[DemoStaff]) -> list[tuple]:
    """(staff_no, month, daily average) for every staff member and deposit month."""
    rng = frame.rng
    rows = []
    for s in staff:
        if s.position == "公司客户经理":
            fen = rng.randint(3_000, 6_000) * 1_000_000
        elif s.is_officer:
            fen = rng.randint(300, 2_000) * 1_000_000
        else:
            fen = rng.randint(500, 1_500) * 1_000_000
        drift = rng.randint(30, 80)
        for month in frame.deposit_months:
            bp = drift + SEASON_BP[month.month] + rng.randint(-80, 80)
            fen = fen * (10_000 + bp) // 10_000
            rows.append((s.staff_no, str(month), (Decimal(fen) / 100).quantize(_CENT)))
    return rows


def _day(frame: Frame, month) -> date:
    return date(month.year, month.month, frame.rng.randint(1, month.days))


def _card_balance(frame: Frame) -> Decimal:
    rng = frame.rng
    r = rng.random()
    if r < 0.15:  # opened with little or nothing on the card: does not count
        return money(rng.choice((0, 10, 20, 50, 99)))
    if r < 0.2:
        return money(100)
    return (Decimal(rng.randint(10_000, 800_000)) / 100).quantize(_CENT)


def item_rows(frame: Frame, staff: list[DemoStaff]) -> list[tuple]:
    """(staff_no, date, item, qty, card_balance) over the ledger months."""
    rng = frame.rng
    rows: list[tuple] = []
    for s in staff:
        teller = not s.is_officer
        for month in frame.months:
            for _ in range(rng.randint(3, 6) if teller else rng.randint(1, 3)):
                rows.append((s.staff_no, _day(frame, month), ItemKind.BANK_CARD.zh,
                             rng.randint(1, 4 if teller else 3), _card_balance(frame)))
            pos_chance = 0.25 if s.position == "公司客户经理" else (0.0 if teller else 0.1)
            if rng.random() < pos_chance:
                rows.append((s.staff_no, _day(frame, month), ItemKind.POS.zh, 1, None))
            for _ in range(rng.randint(1, 3) if teller else rng.randint(0, 2)):
                rows.append((s.staff_no, _day(frame, month), ItemKind.AGENCY.zh,
                             rng.randint(2, 20 if teller else 8), None))
    rows.sort(key=lambda r: (r[1], r[0]))
    return rows
