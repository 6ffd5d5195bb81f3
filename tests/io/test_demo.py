"""`ruralperf demo`: a deterministic, realistic branch that imports cleanly, whose pay runs have
no blocking errors and whose limitation list shows every status."""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from ruralperf.domain.periods import Month
from ruralperf.io.cells import id_check_digit
from ruralperf.io.demo import default_end_month, demo_sheets
from ruralperf.io.demo_model import Frame
from ruralperf.io.sheets import SHEETS, SHEETS_BY_KEY

END = "2026-10"
SMALL = dict(staff=6, loans=300, seed=3, end_month=Month.parse(END))
STATUSES = {"running", "warning", "lapsed", "restored", "litigation", "closed"}
NPL = {"次级", "可疑", "损失"}


def records(sheets, key: str) -> list[dict]:
    sheet = next(s for s in sheets if s.title == key)
    header = sheet.rows[0][1]
    return [dict(zip(header, values)) for _, values in sheet.rows[1:]]


@pytest.fixture(scope="module")
def small():
    return demo_sheets(**SMALL)


@pytest.fixture
def imported(workspace, small):
    report = workspace.import_sheets(small)
    assert report.ok, [p.message() for p in report.errors[:20]]
    return workspace


def test_deterministic_per_seed(small):
    assert [s.rows for s in demo_sheets(**SMALL)] == [s.rows for s in small]
    other = demo_sheets(**{**SMALL, "seed": 4})
    assert [s.rows for s in other] != [s.rows for s in small]


def test_default_end_month_is_the_last_complete_month():
    assert default_end_month(date(2026, 11, 22)) == Month(2026, 10)
    assert default_end_month(date(2027, 1, 1)) == Month(2026, 12)


def test_sheets_use_the_english_keys_and_exact_values(small):
    assert [s.title for s in small] == [s.key for s in SHEETS]
    for sheet in small:
        assert sheet.rows[0] == (1, tuple(c.key for c in SHEETS_BY_KEY[sheet.title].columns))
        assert [n for n, _ in sheet.rows] == list(range(1, len(sheet.rows) + 1))
        for _, values in sheet.rows[1:]:
            assert not any(isinstance(v, (float, datetime)) for v in values), sheet.title
    assert all(isinstance(r["amount"], Decimal) for r in records(small, "loans"))


def test_branch_shape(small):
    staff = records(small, "staff")
    assert len(staff) == 6 and {"综合柜员", "公司客户经理"} <= {s["position"] for s in staff}
    assert len({s["name"] for s in staff}) == 6
    loans = records(small, "loans")
    assert len(loans) == 300
    assert {x["nature"] for x in loans} == {"新增", "存量扩大", "借新还旧", "重组"}
    assert {x["customer_type"] for x in loans} == {"自主开发型", "联合型", "联动型", "接管型"}
    natures = Counter(x["nature"] for x in loans)
    assert natures["新增"] > natures["存量扩大"] > natures["重组"]
    households = records(small, "households")
    assert 200 <= len(households) <= 260
    ids = [h["id_number"] for h in households if h["id_number"]]
    assert len(ids) > len(households) // 2
    assert all(len(i) == 18 and id_check_digit(i[:17]) == i[17] for i in ids)
    assert records(small, "reassignments") and records(small, "recoveries")


def test_credits_follow_the_customer_type(small):
    shares = defaultdict(list)
    for c in records(small, "credits"):
        shares[c["contract_no"]].append(Decimal(c["share"].rstrip("%")) / 100)
    for loan in records(small, "loans"):
        s = shares[loan["contract_no"]]
        if loan["customer_type"] == "自主开发型":
            assert s == [1]
        elif loan["customer_type"] == "联合型":
            assert len(s) >= 2 and sum(s) == 1
        else:
            assert s and all(Decimal("0.1") <= x <= Decimal("0.3") for x in s)


def test_ledgers_are_consistent(small):
    by_loan = defaultdict(list)
    snaps = records(small, "snapshots")
    for r in snaps:
        by_loan[r["contract_no"]].append(r)
        if r["overdue_days"] > 90:
            assert r["grade"] in NPL
        elif r["overdue_days"] == 0 and r["balance"] > 0:
            assert r["grade"] in ("正常", "关注")
    for rows in by_loan.values():
        balances = [r["balance"] for r in sorted(rows, key=lambda r: r["month"])]
        assert balances == sorted(balances, reverse=True)
        assert all(b > 0 for b in balances[:-1])
    grades = Counter(r["grade"] for r in snaps)
    assert grades["正常"] / len(snaps) > 0.7  # the small branch is heavy in old NPL cases
    assert all(grades[g] for g in ("关注", "次级", "可疑", "损失"))
    months = {r["month"] for r in snaps}
    assert len(months) >= 24 and max(months) == END
    interest = records(small, "interest")
    assert all(r["amount"] > 0 and r["amount"] == r["amount"].quantize(Decimal("0.01"))
               for r in interest)


def test_imports_cleanly_and_a_second_import_changes_nothing(imported):
    again = imported.import_sheets(demo_sheets(**SMALL))
    assert again.ok and not again.errors
    assert not again.changed, {k: c for k, c in again.counts.items() if c.inserted or c.updated}


def test_pay_runs_have_no_blocking_errors(imported):
    frame = Frame.build(SMALL["seed"], SMALL["end_month"])
    assert len(frame.quarters) == 8
    for quarter in frame.quarters:
        result = imported.compute_pay_run(quarter, save=False)
        assert len(result.staff) == 6
        assert all(not s.errors for s in result.staff), quarter
        assert all(Decimal("0.5") < s.p < Decimal("1.5") for s in result.staff), quarter
    last = imported.compute_pay_run(frame.last_quarter, save=False)
    totals = {k: sum(s.base[k] for s in last.staff) for k in last.staff[0].base}
    for key in ("floating", "maintenance", "interest", "loan_marketing", "deposit_marketing",
                "bank_card", "agency", "npl_recovery", "sol_reward"):
        assert totals[key] > 0, key
    assert all(s.net > 0 for s in last.staff)


@pytest.mark.parametrize("days_after_end", [0, 22, 31])
def test_limitation_list_has_every_status(imported, days_after_end):
    report = imported.limitation(Month.parse(END).end + timedelta(days=days_after_end))
    statuses = Counter(x.status for x in report.loans)
    assert set(statuses) == STATUSES, statuses
    assert any(x.accountability for x in report.loans)
    restorations = [r for x in report.loans for r in x.restorations]
    assert any(r.staff_no != r.responsible for r in restorations)
    assert any(r.staff_no == r.responsible for r in restorations)


def test_default_size_is_a_realistic_branch():
    sheets = demo_sheets(end_month=Month.parse(END))
    count = {s.title: len(s.rows) - 1 for s in sheets}
    assert count["staff"] == 12 and count["loans"] == 2000
    assert 1300 <= count["households"] <= 1700
    assert 15_000 <= count["snapshots"] <= 45_000
    assert count["targets"] == 12 * 8 and count["deposits"] >= 12 * 27
    assert sum(1 for s in records(sheets, "staff") if s["position"] == "综合柜员") == 2
    grades = Counter(r["grade"] for r in records(sheets, "snapshots"))
    assert 0.8 < grades["正常"] / count["snapshots"] < 0.95


def test_cli_demo(db_path, capsys):
    from ruralperf.cli import main

    assert main(["--db", str(db_path), "demo", "--staff", "4", "--loans", "90"]) == 0
    assert "贷款" in capsys.readouterr().out
