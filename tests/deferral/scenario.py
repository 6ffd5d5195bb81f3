"""The worked example of DOMAIN.md 9.4 as import sheets: one 客户经理, `deferral.rate.客户经理 =
0.4`, instalments 4,8,12; each quarter's pay before clawback comes from an adjustment (the
floating base is 0 and every target is met, so nothing else is paid)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from ruralperf.domain.periods import Month
from ruralperf.io.reader import RawSheet

# quarter -> (net before clawback, clawbacks dated in it)
QUARTERS = {
    "2024Q1": (Decimal("10000.00"), []),
    "2025Q1": (Decimal("9000.00"), []),
    "2025Q2": (Decimal("5000.00"), [(date(2025, 5, 20), Decimal("3000.00"))]),
    "2026Q1": (Decimal("8000.00"), []),
    "2026Q2": (Decimal("4000.00"), [(date(2026, 5, 20), Decimal("7000.00"))]),
}
# quarter -> clawback, from deferral, from pay, net, deferred, released, paid, balance after
TABLE = {
    "2024Q1": ("0.00", "0.00", "0.00", "10000.00", "4000.00", "0.00", "6000.00", "4000.00"),
    "2025Q1": ("0.00", "0.00", "0.00", "9000.00", "3600.00", "1333.33", "6733.33", "6266.67"),
    "2025Q2": ("3000.00", "3000.00", "0.00", "5000.00", "2000.00", "0.00", "3000.00", "5266.67"),
    "2026Q1": ("0.00", "0.00", "0.00", "8000.00", "3200.00", "2533.33", "7333.33", "5933.34"),
    "2026Q2": ("7000.00", "5933.34", "1066.66", "2933.34", "1173.34", "0.00", "1760.00",
               "1173.34"),
}
# quarter -> its parts (due, amount)
PARTS = {
    "2024Q1": [("2025Q1", "1333.33"), ("2026Q1", "1333.33"), ("2027Q1", "1333.34")],
    "2025Q1": [("2026Q1", "1200.00"), ("2027Q1", "1200.00"), ("2028Q1", "1200.00")],
    "2025Q2": [("2026Q2", "666.67"), ("2027Q2", "666.67"), ("2028Q2", "666.66")],
    "2026Q1": [("2027Q1", "1066.67"), ("2028Q1", "1066.67"), ("2029Q1", "1066.66")],
    "2026Q2": [("2027Q2", "391.11"), ("2028Q2", "391.11"), ("2029Q2", "391.12")],
}


def _rows(header: tuple, rows: list[tuple]) -> list[tuple[int, tuple]]:
    return [(1, header)] + [(i + 2, r) for i, r in enumerate(rows)]


def scenario_sheets(rate: str = "0.4", first: Month = Month(2023, 10),
                    last: Month = Month(2026, 6)) -> list[RawSheet]:
    months, m = [], first
    while m.end <= last.end:
        months.append(m)
        m = m.shift(1)
    sheets = [
        RawSheet("staff", _rows(("staff_no", "name", "position", "coefficient"),
                                [("E001", "张三", "客户经理", Decimal("1"))])),
        RawSheet("deposits", _rows(("staff_no", "month", "daily_avg"),
                                   [("E001", str(m), Decimal("10000")) for m in months])),
        RawSheet("targets", _rows(
            ("staff_no", "quarter", "interest", "deposit", "npl", "intermediate", "quality"),
            [("E001", q, Decimal("0"), Decimal("0"), Decimal("0"), 0, 100) for q in QUARTERS])),
        RawSheet("adjustments", _rows(("staff_no", "quarter", "amount", "reason"),
                                      [("E001", q, net, "本季绩效（示例）")
                                       for q, (net, _) in QUARTERS.items()])),
        RawSheet("clawbacks", _rows(("staff_no", "date", "amount", "reason"),
                                    [("E001", d, a, "贷款形成不良，追索扣回")
                                     for _, cbs in QUARTERS.values() for d, a in cbs])),
    ]
    if rate:
        sheets.insert(0, RawSheet("parameters", _rows(
            ("key", "value", "effective_from"),
            [("deferral.rate.客户经理", rate, date(2024, 1, 1))])))
    return sheets
