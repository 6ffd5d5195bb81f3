"""The stored month facts never go out of date: whatever changes a ledger row, a loan's manager or
household or a reassignment (by any path: here plain SQL), the database's triggers mark the
months it affects stale, and after a refresh every month's stored facts equal the facts computed
from scratch. The pay run reads them, so it follows every change too."""
from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text

from ruralperf.db import models as m
from ruralperf.db import month_facts
from ruralperf.db.engine import read_session, write_session
from ruralperf.domain.periods import Month, Quarter
from ruralperf.rules.ledger import MonthFacts

B = 1
JUNE = Month(2025, 6)


def _all_months(s) -> list[Month]:
    return [Month.parse(t) for t in s.scalars(text("SELECT month FROM ledger_months "
                                                   "WHERE branch_id = :b ORDER BY month"),
                                              {"b": B})]


def _normal(facts: MonthFacts) -> MonthFacts:
    """Zero NPL balances are not stored (they read as zero anyway)."""
    return replace(facts, npl={s: v for s, v in facts.npl.items() if v})


def _stored_equal_scratch(engine) -> None:
    with write_session(engine) as s:
        month_facts.refresh(s, B)
    with read_session(engine) as s:
        months = _all_months(s)
        stored = month_facts.load(s, B, months)
        owners = month_facts._Owners(s, B)
        for month in months:
            scratch = _normal(month_facts.compute(s, B, month, owners))
            assert stored.get(month, MonthFacts()) == scratch, month


def _stale(engine) -> list[str]:
    with read_session(engine) as s:
        return [str(mo) for mo in month_facts.stale_months(s, B)]


CHANGES = {
    "snapshot overdue": "UPDATE snapshots SET overdue_days = 40 WHERE contract_no = 'C005' "
                        "AND month = '2025-09'",
    "snapshot balance to zero": "UPDATE snapshots SET balance = 0 WHERE month = '2025-06' "
                                "AND contract_no = (SELECT min(contract_no) FROM snapshots "
                                "WHERE month = '2025-06')",
    "snapshot grade": "UPDATE snapshots SET grade = 'loss' WHERE month = '2025-09' "
                      "AND contract_no = 'C010'",
    "snapshot deleted": "DELETE FROM snapshots WHERE month = '2025-06' AND contract_no = "
                        "(SELECT max(contract_no) FROM snapshots WHERE month = '2025-06')",
    "snapshot moved month": "UPDATE snapshots SET month = '2025-05' WHERE month = '2025-06' "
                            "AND contract_no = (SELECT min(contract_no) FROM snapshots "
                            "WHERE month = '2025-06')",
    "interest of a new month": "INSERT INTO interest_income (branch_id, contract_no, month, "
                               "amount) SELECT 1, contract_no, '2025-10', 12345 FROM loans "
                               "WHERE contract_no = 'C001'",
    "interest changed": "UPDATE interest_income SET amount = amount + 100 WHERE month = "
                        "'2025-08'",
    "interest deleted": "DELETE FROM interest_income WHERE month = '2025-07'",
    "manager changed": "UPDATE loans SET manager_no = 'E004' WHERE manager_no = 'E001'",
    "household changed": "UPDATE loans SET household_no = 'H01' WHERE contract_no IN "
                         "(SELECT contract_no FROM snapshots WHERE month = '2025-09')",
    "reassignment added": "INSERT INTO reassignments (branch_id, contract_no, staff_no, "
                          "effective_from) SELECT 1, contract_no, 'E005', '2025-09-10' FROM "
                          "snapshots WHERE month = '2025-09' LIMIT 3",
    "reassignment before disbursement": "INSERT INTO reassignments (branch_id, contract_no, "
                                        "staff_no, effective_from) VALUES (1, 'C001', 'E005', "
                                        "'2020-01-01')",
    "reassignment moved": "UPDATE reassignments SET effective_from = '2025-05-01'",
    "reassignment deleted": "DELETE FROM reassignments",
    "loan deleted": "DELETE FROM loans WHERE contract_no = (SELECT min(contract_no) FROM "
                    "snapshots WHERE month = '2025-09')",
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_any_change_leaves_no_stale_facts_behind(golden_ws, change):
    engine = golden_ws.engine
    _stored_equal_scratch(engine)
    assert _stale(engine) == []
    with write_session(engine) as s:
        done = s.execute(text(CHANGES[change].replace("'2025-09-10'", ":d").replace(
            "'2020-01-01'", ":e").replace("'2025-05-01'", ":f")),
            {"d": "2025-09-10", "e": "2020-01-01", "f": "2025-05-01"}
            if engine.dialect.name == "sqlite" else _dates())
        assert done.rowcount != 0
    assert _stale(engine), "the change marked no month stale"
    _stored_equal_scratch(engine)


def _dates():
    from datetime import date
    return {"d": date(2025, 9, 10), "e": date(2020, 1, 1), "f": date(2025, 5, 1)}


def test_an_import_leaves_its_months_to_the_first_pay_run_that_reads_them(golden_ws):
    """Issue 22: an import builds no facts (nothing may ever read a month); the months it
    changed stay stale until a pay run reads them, which builds what it reads."""
    assert _stale(golden_ws.engine) == ["2025-06", "2025-07", "2025-08", "2025-09"]
    golden_ws.compute_pay_run(Quarter(2025, 3), save=False)
    with read_session(golden_ws.engine) as s:
        assert s.query(m.MonthFactsRow).count() > 0
    # The base month's interest income is the previous quarter's: left to its pay run.
    assert _stale(golden_ws.engine) == ["2025-06"]
    assert _interest_stale(golden_ws.engine) == ["2025-06"]
    _stored_equal_scratch(golden_ws.engine)
    assert _stale(golden_ws.engine) == [] and _interest_stale(golden_ws.engine) == []


def _interest_stale(engine) -> list[str]:
    with read_session(engine) as s:
        return list(s.scalars(text("SELECT month FROM ledger_months WHERE branch_id = :b AND "
                                   "interest_stale != 0 ORDER BY month"), {"b": B}))


def _interest(engine, month: str) -> dict:
    with read_session(engine) as s:
        return month_facts.load(s, B, [Month.parse(month)]).get(Month.parse(month),
                                                                MonthFacts()).interest


def test_a_base_month_gets_its_interest_when_its_own_quarter_reads_it(golden_ws):
    """Issue 22: the 2025Q3 pay run rebuilds June's ledger part only; the 2025Q2 pay run, whose
    last month June is, rebuilds June's interest part alone and keeps its ledger part."""
    engine = golden_ws.engine
    with write_session(engine) as s:  # the golden ledger has no interest income for June
        s.execute(text("INSERT INTO interest_income (branch_id, contract_no, month, amount) "
                       "SELECT 1, contract_no, '2025-06', 12345 FROM loans"))
    golden_ws.compute_pay_run(Quarter(2025, 3), save=False)
    assert _interest(engine, "2025-06") == {}
    with read_session(engine) as s:
        ledger_part = month_facts.load(s, B, [JUNE])[JUNE]
        assert ledger_part.households
    golden_ws.compute_pay_run(Quarter(2025, 2), save=False)
    assert _stale(engine) == [] and _interest_stale(engine) == []
    with read_session(engine) as s:
        both = month_facts.load(s, B, [JUNE])[JUNE]
        owners = month_facts._Owners(s, B)
        scratch = _normal(month_facts.compute(s, B, JUNE, owners))
    assert both.interest and both.households == ledger_part.households
    assert both == scratch


def test_a_change_to_a_base_month_left_without_interest_rebuilds_it_whole(golden_ws):
    engine = golden_ws.engine
    golden_ws.compute_pay_run(Quarter(2025, 3), save=False)
    with write_session(engine) as s:
        s.execute(text("UPDATE interest_income SET amount = amount + 100 WHERE month = "
                       "'2025-06'"))
        s.execute(text("UPDATE snapshots SET overdue_days = 40 WHERE month = '2025-06'"))
    golden_ws.compute_pay_run(Quarter(2025, 3), save=False)  # the ledger part again, interest left
    assert _interest_stale(engine) == ["2025-06"]
    golden_ws.compute_pay_run(Quarter(2025, 2), save=False)
    assert _stale(engine) == [] and _interest_stale(engine) == []
    _stored_equal_scratch(engine)


def test_the_pay_run_follows_a_form_change(golden_ws):
    """Reassign every loan to one officer by plain SQL: the next pay run rebuilds the months
    it reads and gives every maintained household to that officer."""
    before = golden_ws.compute_pay_run(Quarter(2025, 3), save=False)
    assert sum(len(_households(x)) for x in before.staff if x.staff_no != "E005") > 0
    with write_session(golden_ws.engine) as s:
        s.execute(text("UPDATE loans SET manager_no = 'E005'"))
        s.execute(text("DELETE FROM reassignments"))
    after = golden_ws.compute_pay_run(Quarter(2025, 3), save=False)
    assert _stale(golden_ws.engine) == ["2025-06"]  # its interest part only, unread here
    with read_session(golden_ws.engine) as s:
        assert month_facts.quarter_stale(s, B, Quarter.parse("2025Q3")) == []
    assert all(not _households(x) for x in after.staff if x.staff_no != "E005")
    assert _households(next(x for x in after.staff if x.staff_no == "E005"))


def _households(pay) -> str:
    lines = pay.details["maintenance"]
    return dict(lines[0].inputs)["end_list"] if lines else ""


def test_a_database_from_before_the_month_facts_computes_the_same_pay(golden_db):
    """Downgraded to revision 0003 (no facts, no triggers) and opened again: the migration
    marks every month stale and the first pay run builds what it reads, to the same result."""
    from alembic import command

    from ruralperf.db.engine import alembic_config, make_engine
    from ruralperf.io.jsonout import payrun_json
    from ruralperf.workspace import Workspace

    with Workspace.open(golden_db) as ws:
        expected = payrun_json(ws.compute_pay_run(Quarter(2025, 3), save=False))
    engine = make_engine(str(golden_db))
    try:
        command.downgrade(alembic_config(engine), "0003")
    finally:
        engine.dispose()
    with Workspace.open(golden_db) as ws:
        assert _stale(ws.engine) == ["2025-06", "2025-07", "2025-08", "2025-09"]
        assert payrun_json(ws.compute_pay_run(Quarter(2025, 3), save=False)) == expected
        assert _stale(ws.engine) == ["2025-06"]  # its interest part, read by 2025Q2's run


def test_the_head_schema_has_every_trigger(golden_ws):
    """A later SQLite batch migration that rebuilds one of the four tables drops its triggers:
    this fails until that migration creates them again."""
    engine = golden_ws.engine
    with read_session(engine) as s:
        if engine.dialect.name == "sqlite":
            names = set(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
        else:
            names = set(s.scalars(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")))
    expected = {f"{t}_facts_{e}" for t in ("snapshots", "interest_income", "reassignments")
                for e in ("insert", "update", "delete")}
    expected |= {"loans_facts_update"} if engine.dialect.name == "sqlite" else {"loans_facts"}
    if engine.dialect.name != "sqlite":
        expected = expected - {f"reassignments_facts_{e}" for e in ("insert", "update",
                                                                    "delete")}
        expected |= {"reassignments_facts"}
    assert expected <= names
