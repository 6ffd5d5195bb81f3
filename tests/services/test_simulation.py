"""Issue 20: a what-if simulation runs the real engine on the real data with draft parameter
values, and writes nothing; adopting a draft makes it dated parameters."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from ruralperf.cli import main
from ruralperf.domain.periods import Quarter
from ruralperf.errors import UserError
from ruralperf.io.jsonout import payrun_json
from ruralperf.security.users import AccessDenied

Q = Quarter(2025, 3)
DERIVED = {"cap_reduction", "gross", "net", "paid", "deferred"}


def files_digest(db: Path) -> dict[str, str]:
    out = {}
    for suffix in ("", "-wal"):
        path = Path(f"{db}{suffix}")
        if path.exists():
            out[suffix] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def test_a_simulation_without_changes_is_the_stored_run_to_the_fen(golden_ws):
    golden_ws.compute_pay_run(Q)
    stored = golden_ws.stored_pay_run(Q).result
    sim = golden_ws.simulate(Q, {})
    assert payrun_json(sim.with_draft) == payrun_json(stored)
    assert payrun_json(sim.now) == payrun_json(stored)
    assert sim.moved == () and sim.total("difference") == 0


def test_a_changed_rate_moves_exactly_the_interest_lines(golden_ws):
    sim = golden_ws.simulate(Q, {"interest.rate": "0.003"})
    assert sim.current == {"interest.rate": "0.002"}
    moved = [s for s in sim.staff if s.changes]
    assert moved, "the golden branch has interest income"
    now = {s.staff_no: s for s in sim.now.staff}
    for pay in sim.with_draft.staff:
        before = now[pay.staff_no]
        # each month's line is round2(income x 0.003), from the same income as before
        for old, new in zip(before.details["interest"], pay.details["interest"]):
            income = Decimal(old.inputs_dict()["interest_income"])
            assert new.amount == (income * Decimal("0.003")).quantize(Decimal("0.01"),
                                                                      ROUND_HALF_UP)
        for key in set(pay.assessed) - {"interest"}:
            assert pay.assessed[key] == before.assessed[key], key
    for staff in sim.staff:
        assert {c.key for c in staff.changes} <= {"interest"} | DERIVED
    changes = [abs(s.difference) for s in sim.staff]
    assert changes == sorted(changes, reverse=True)  # largest change first


@pytest.mark.sqlite_only
def test_the_database_is_byte_identical_after_a_simulation(golden_ws, golden_db):
    golden_ws.compute_pay_run(Q)
    before = files_digest(golden_db)
    golden_ws.simulate(Q, {"interest.rate": "0.003", "maintenance.growth_fee": "100"})
    assert files_digest(golden_db) == before


@pytest.mark.sqlite_only
def test_stale_month_facts_are_rebuilt_for_the_simulation_and_rolled_back(golden_ws, golden_db):
    con = sqlite3.connect(golden_db)
    con.execute("update snapshots set balance = balance + 100 where month = '2025-09'")
    con.commit()
    con.close()
    before = files_digest(golden_db)
    sim = golden_ws.simulate(Q, {})
    assert files_digest(golden_db) == before  # the rebuilt facts were not kept
    assert payrun_json(sim.now) == payrun_json(golden_ws.compute_pay_run(Q, save=False))


def test_a_bad_draft_is_refused_with_its_key(golden_ws):
    with pytest.raises(UserError) as bad:
        golden_ws.simulate(Q, {"interest.rate": "abc"})
    assert "interest.rate" in bad.value.message("zh_CN")
    with pytest.raises(UserError):
        golden_ws.simulate(Q, {"no.such.key": "1"})


def test_adopting_a_draft_makes_it_the_scheme_and_is_audited(golden_ws):
    draft = {"interest.rate": "0.003"}
    sim = golden_ws.simulate(Q, draft)
    report = golden_ws.adopt_draft(draft, date(2025, 7, 1))
    assert report.ok, [p.message() for p in report.errors]
    assert payrun_json(golden_ws.compute_pay_run(Q, save=False)) == payrun_json(sim.with_draft)
    rows, _total = golden_ws.audit_view.page()
    assert any(r["source"] == "simulation" and r["table_name"] == "parameters" for r in rows)


def test_a_credit_officer_cannot_simulate(golden_ws):
    golden_ws.add_user("boss", "secret-1", "admin")
    golden_ws.add_user("li", "secret-2", "officer", "李娜", staff_no="E002")
    golden_ws.login("li", "secret-2")
    with pytest.raises(AccessDenied):
        golden_ws.simulate(Q, {"interest.rate": "0.003"})


def test_cli_simulate_json(golden_db, capsys):
    code = main(["--db", str(golden_db), "simulate", str(Q), "--set", "interest.rate=0.003",
                 "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["quarter"] == str(Q) and data["draft"] == {"interest.rate": "0.003"}
    assert any(c["line"] == "interest" for s in data["staff"] for c in s["changes"])
    assert main(["--db", str(golden_db), "simulate", str(Q), "--set", "interest.rate"]) == 1


def test_the_comparison_exports_to_xlsx_and_pdf(golden_ws, tmp_path):
    import subprocess

    from openpyxl import load_workbook

    sim = golden_ws.simulate(Q, {"interest.rate": "0.003"})
    xlsx = golden_ws.write_simulation(sim, tmp_path / "模拟.xlsx")
    sheet = load_workbook(xlsx).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "方案调整模拟测算"
    assert ["利息收入奖励比例", "0.002", "0.003"] in [v[:3] for v in values]
    first = next(v for v in values if v[0] == sim.staff[0].staff_no)
    assert Decimal(str(first[4])) == sim.staff[0].difference
    assert sheet.freeze_panes and sheet.page_setup.orientation == "landscape"
    pdf = golden_ws.write_simulation(sim, tmp_path / "模拟.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "方案调整模拟测算" in text and "利息收入奖励" in text
    assert f"{sim.total('difference'):+,.2f}" in text


@pytest.mark.parametrize("draft", [
    {"interest.rate": "0.003", "cap.客户经理": "1000", "composite.weight.deposit": "0.3"},
    {"maintenance.max_arrears_months": "1"},  # read while loading: loaded again
    {"sol.legacy_cutoff": "2010-12-31", "piece.pos": "250"},
])
def test_reusing_the_loaded_data_gives_what_a_pay_run_with_the_draft_gives(golden_ws, draft):
    sim = golden_ws.simulate(Q, draft)
    golden_ws.adopt_draft(draft, date(2025, 9, 30))
    assert payrun_json(golden_ws.compute_pay_run(Q, save=False)) == payrun_json(sim.with_draft)
