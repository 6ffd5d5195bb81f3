"""Records: saving and deleting through the import's rules, in one transaction each."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from ruralperf.security.users import User
from ruralperf.domain.periods import Quarter

LOAN = {"contract_no": "C900", "household_no": "H99", "amount": "100,000.00",
        "disbursed_on": date(2025, 11, 3), "maturity_on": date(2026, 11, 2), "nature": "new",
        "customer_type": "joint", "manager_no": "E001"}
JOINT = [{"staff_no": "E001", "share": "60"}, {"staff_no": "E002", "share": "40%"}]


@pytest.fixture
def ws(golden_ws):
    result = golden_ws.records.save("households", {"household_no": "H99", "name": "曾小明",
                                                   "kind": "农户"})
    assert result.ok and result.id
    return golden_ws


def _codes(result):
    return {(p.sheet, p.index, p.field, p.code) for p in result.problems}


def test_household_and_joint_loan_with_two_marketers(ws):
    assert ws.browse.page("households", search="zxm")[0][0]["household_no"] == "H99"
    result = ws.records.save("loans", LOAN, credits=JOINT)
    assert result.ok, result.messages()
    row = ws.browse.find("loans", contract_no="C900")
    assert row["id"] == result.id and row["amount"] == Decimal("100000.00")
    assert row["household_name"] == "曾小明"
    detail = ws.browse.loan_detail("C900")
    assert {(c["staff_no"], c["share"]) for c in detail.credits} == {
        ("E001", Decimal("0.6")), ("E002", Decimal("0.4"))}


def test_bad_share_split_is_refused_and_nothing_is_saved(ws):
    loans, credits = ws.browse.count("loans"), ws.browse.count("credits")
    bad = [{"staff_no": "E001", "share": "60%"}, {"staff_no": "E002", "share": "30%"}]
    result = ws.records.save("loans", LOAN, credits=bad)
    assert not result.ok
    assert ("credits", None, None, "credit_joint") in _codes(result)
    assert "合计 90%" in result.messages()[0]
    assert (ws.browse.count("loans"), ws.browse.count("credits")) == (loans, credits)
    # the same rule while typing, with no database and other fields still wrong
    problems = ws.records.validate("loans", {**LOAN, "amount": "abc"}, credits=bad)
    assert {p.code for p in problems} >= {"not_a_number", "credit_joint"}


def test_editing_a_loan_removes_dropped_credits_in_the_same_transaction(ws):
    loan_id = ws.records.save("loans", LOAN, credits=JOINT).id
    result = ws.records.save("loans", {**LOAN, "customer_type": "self_developed"},
                             row_id=loan_id, credits=[{"staff_no": "E001", "share": "100%"}])
    assert result.ok, result.messages()
    assert [(c["staff_no"], c["share"]) for c in ws.browse.loan_detail("C900").credits] == [
        ("E001", Decimal("1"))]
    # a self-developed loan with two credits is refused, the stored credits stay
    result = ws.records.save("loans", {**LOAN, "customer_type": "self_developed"},
                             row_id=loan_id, credits=JOINT)
    assert ("credits", None, None, "credit_self") in _codes(result)
    assert len(ws.browse.loan_detail("C900").credits) == 1


def test_problems_are_keyed_by_field(ws):
    result = ws.records.save("loans", {**LOAN, "amount": "12.345", "manager_no": None},
                             credits=JOINT)
    assert {(p.field, p.code) for p in result.errors} == {("amount", "too_many_decimals"),
                                                          ("manager_no", "required")}
    result = ws.records.save("loans", {**LOAN, "household_no": "H404", "manager_no": "E999"},
                             credits=JOINT + [{"staff_no": "E001", "share": "1"}])
    assert ("credits", 2, "staff_no", "duplicate_key") in _codes(result)
    result = ws.records.save("loans", {**LOAN, "household_no": "H404", "manager_no": "E999"},
                             credits=JOINT)
    assert {(p.field, p.code) for p in result.errors} == {("household_no", "unknown_household"),
                                                          ("manager_no", "unknown_staff")}
    assert result.errors[0].message in ("客户号不存在：H404", "工号不存在：E999")
    assert ws.records.check_value("households", "id_number", "110105194912310021") == \
        "证件号码校验位错误：110105194912310021"
    assert ws.records.check_value("items", "qty", "") == "必填项为空"
    assert ws.records.check_value("items", "qty", "3") is None


def test_a_new_record_with_an_existing_number_is_refused(ws):
    result = ws.records.save("households", {"household_no": "H99", "name": "别人"})
    assert _codes(result) == {("households", 0, "household_no", "record_exists")}
    assert ws.browse.find("households", household_no="H99")["name"] == "曾小明"


def test_deleting_a_referenced_record_gives_a_clear_message(ws):
    staff_id = ws.browse.find("staff", staff_no="E001")["id"]
    result = ws.records.delete("staff", staff_id)
    assert not result.ok and result.errors[0].code == "still_referenced"
    assert result.messages()[0].startswith("不能删除员工 E001：仍被")
    assert "笔贷款（管户）" in result.messages()[0]
    loan = ws.browse.find("loans", contract_no="C020")  # has ledgers and events
    assert "月末台账" in ws.records.delete("loans", loan["id"]).messages()[0]
    loan_id = ws.records.save("loans", LOAN, credits=JOINT).id
    household_id = ws.browse.find("households", household_no="H99")["id"]
    assert "1 笔贷款" in ws.records.delete("households", household_id).messages()[0]
    assert ws.records.delete("loans", loan_id).ok  # its credits go with it
    assert ws.browse.count("credits", filters={"contract_no": "C900"}) == 0
    assert ws.records.delete("households", household_id).ok
    assert ws.records.delete("households", household_id).errors[0].code == "record_missing"


def test_changing_a_number_only_when_nothing_refers_to_it(ws):
    new = ws.records.save("staff", {"staff_no": "E009", "name": "单田芳", "position": "客户经理",
                                    "coefficient": "1"})
    renamed = ws.records.save("staff", {"staff_no": "E010", "name": "单田芳",
                                        "position": "客户经理", "coefficient": "1.1"},
                              row_id=new.id)
    assert renamed.ok and ws.browse.find("staff", staff_no="E009") is None
    assert ws.browse.page("staff", search="stf")[0][0]["staff_no"] == "E010"
    e001 = ws.browse.find("staff", staff_no="E001")
    result = ws.records.save("staff", {**e001, "staff_no": "E011"}, row_id=e001["id"])
    assert result.errors[0].code == "key_change_referenced"


def test_rows_without_natural_key_are_replaced_on_edit(ws):
    item = ws.browse.page("items", limit=1)[0][0]
    count = ws.browse.count("items")
    result = ws.records.save("items", {**item, "qty": "7"}, row_id=item["id"])
    assert result.ok and ws.browse.count("items") == count
    assert ws.browse.row("items", result.id)["qty"] == 7
    result = ws.records.save("items", {**item, "item": "pos"}, row_id=result.id)
    assert _codes(result) == {("items", 0, "card_balance", "card_balance_not_allowed")}


def test_targets_of_a_quarter_are_saved_all_or_nothing(ws):
    good = {"staff_no": "E001", "interest": "1,000", "deposit": "0", "npl": "0",
            "intermediate": "3", "quality": "90"}
    result = ws.records.save_targets(Quarter(2025, 4), [good, {**good, "staff_no": "E002",
                                                       "quality": "101"}])
    assert _codes(result) == {("targets", 1, "quality", "bad_score")}
    assert ws.browse.count("targets", filters={"quarter": "2025Q4"}) == 0
    assert ws.records.save_targets(Quarter(2025, 4), [good]).ok
    assert ws.browse.targets_grid(Quarter(2025, 4))[0]["interest"] == Decimal("1000.00")
    assert ws.records.save_targets(Quarter(2025, 4), [], clear=["E001"]).ok
    assert ws.browse.count("targets", filters={"quarter": "2025Q4"}) == 0


def test_parameters_are_dated_values(ws):
    add = {"key": "interest.rate", "value": "0.25%", "effective_from": date(2026, 1, 1)}
    assert ws.records.save("parameters", add).ok
    assert _codes(ws.records.save("parameters", {**add, "value": "abc"})) == {
        ("parameters", 0, "value", "bad_parameter")}
    assert _codes(ws.records.save("parameters", add)) == {
        ("parameters", 0, "effective_from", "record_exists")}
    assert ws.scheme_on(date(2026, 3, 31))["interest.rate"] == Decimal("0.0025")


def test_an_approved_quarter_is_locked(ws):
    from ruralperf.db import models as m
    from ruralperf.db.engine import write_session

    with write_session(ws.engine) as s:
        s.add(m.PayRunRow(branch_id=ws.branch_id, quarter=Quarter(2025, 3), version=1,
                          status="approved", computed_at=datetime(2025, 10, 5),
                          computed_by="admin", result_json="{}"))
    result = ws.records.save("adjustments", {"staff_no": "E001", "quarter": "2025Q3",
                                             "amount": "100", "reason": "补发"})
    assert result.errors[0].code == "record_locked" and "2025Q3" in result.messages()[0]
    adjustment = ws.browse.page("adjustments", filters={"quarter": "2025Q3"})[0][0]
    assert ws.records.delete("adjustments", adjustment["id"]).errors[0].code == "record_locked"
    assert ws.records.save("adjustments", {"staff_no": "E001", "quarter": "2025Q4",
                                           "amount": "100", "reason": "补发"}).ok


def test_changes_are_audited_and_roles_enforced(ws):
    from sqlalchemy import select

    from ruralperf.db import models as m
    from ruralperf.db.engine import read_session

    ws.records.save("loans", LOAN, credits=JOINT)
    with read_session(ws.engine) as s:
        entries = s.execute(select(m.AuditRow.action, m.AuditRow.table_name,
                                   m.AuditRow.record_key).where(m.AuditRow.source == "form")
                            ).all()
    assert ("insert", "loans", "C900") in entries and ("insert", "households", "H99") in entries
    ws.user = User("li", "李娜", "officer", "E001")
    denied = ws.records.save("parameters", {"key": "interest.rate", "value": "0.3%",
                                            "effective_from": date(2027, 1, 1)})
    assert denied.errors[0].code == "access_denied"
    assert ws.records.save("items", {"staff_no": "E001", "date": date(2025, 12, 1),
                                     "item": "pos", "qty": "1"}).ok
    ws.user = User("audit", "审计", "auditor")
    assert ws.records.delete("items", 1).errors[0].code == "access_denied"
