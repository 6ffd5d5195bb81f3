"""A branch with a few hundred records, made through the import (so initials are filled):
staff including 张伟 and 曾伟 (曾 reads zeng or ceng), households and loans of every customer
type with valid credits, and month-end ledgers."""
from __future__ import annotations

import shutil
from datetime import date, timedelta

import pytest

from ruralperf.io.reader import RawSheet

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "秀英桂兰建国志强永明玉梅海涛丽华春花金山"
STAFF = [("E001", "张伟"), ("E002", "曾伟"), ("E003", "李娜"), ("E004", "王强"), ("E005", "赵敏")]


def sheet(title: str, header: tuple, rows: list[tuple]) -> RawSheet:
    return RawSheet(title, [(1, header)] + [(i + 2, r) for i, r in enumerate(rows)])


def household_name(i: int) -> str:
    return SURNAMES[i % len(SURNAMES)] + GIVEN[(i * 7) % len(GIVEN)] + GIVEN[(i * 3 + 1) % len(GIVEN)]


def build(households: int = 300, loans: int = 400) -> list[RawSheet]:
    staff = sheet("staff", ("staff_no", "name", "position", "coefficient"),
                  [(no, name, "客户经理", "1") for no, name in STAFF])
    hh = sheet("households", ("household_no", "name", "kind"),
               [(f"H{i:04d}", household_name(i), "农户") for i in range(households)])
    loan_rows, credit_rows, ledger_rows = [], [], []
    types = ("self_developed", "joint", "linked", "taken_over")
    for i in range(loans):
        contract, ctype = f"C{i:05d}", types[i % 4]
        manager = STAFF[i % len(STAFF)][0]
        start = date(2023, 1, 1) + timedelta(days=(i * 37) % 900)
        amount = f"{10000 + (i * 7919) % 490000}.{i % 100:02d}"
        loan_rows.append((contract, f"H{i % households:04d}", amount, start,
                          start + timedelta(days=365), "new", None, ctype, manager))
        if ctype == "self_developed":
            credit_rows.append((contract, manager, "100%"))
        elif ctype == "joint":
            credit_rows += [(contract, manager, "60%"), (contract, "E005" if manager != "E005"
                                                         else "E001", "40%")]
        else:
            credit_rows.append((contract, manager, "20%"))
        ledger_rows.append((contract, "2025-09", amount, 0, 0, "normal"))
    return [staff, hh,
            sheet("loans", ("contract_no", "household_no", "amount", "disbursed_on",
                            "maturity_on", "nature", "increment", "customer_type", "manager_no"),
                  loan_rows),
            sheet("credits", ("contract_no", "staff_no", "share"), credit_rows),
            sheet("snapshots", ("contract_no", "month", "balance", "overdue_days",
                                "arrears_months", "grade"), ledger_rows)]


def fill(ws, households: int = 300, loans: int = 400) -> None:
    report = ws.import_sheets(build(households, loans))
    assert report.ok, [p.message() for p in report.errors][:5]


# -- fixtures (import them into a test module to use them) ------------------------------------

@pytest.fixture(scope="session")
def _sample_template(tmp_path_factory, _template_db):
    from ruralperf.workspace import Workspace

    path = tmp_path_factory.mktemp("sample") / "sample.db"
    shutil.copy(_template_db, path)
    with Workspace.open(path) as ws:
        fill(ws)
    return path


@pytest.fixture
def sample_db(tmp_path, _sample_template):
    """A private copy of the sample branch (5 staff, 300 households, 400 loans)."""
    path = tmp_path / "sample.db"
    shutil.copy(_sample_template, path)
    return path


@pytest.fixture
def sample_ws(sample_db):
    from ruralperf.workspace import Workspace

    ws = Workspace.open(sample_db)
    yield ws
    ws.close()
