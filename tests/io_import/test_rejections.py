"""Every rule of WORKBOOK.md has a bad workbook: the import is rejected with the error at the
exact (sheet, row, column, code), and the database is left exactly as it was.

Each bad workbook is the minimal valid workbook (helpers.MINIMAL, already in the database) with
one valid change (so that a partial write would show in the dump) and one thing broken.
"""
from __future__ import annotations

import pytest

from ruralperf.i18n import MESSAGES
from tests.io_import.helpers import add_row, drop_column, dump, located, minimal, set_cell


def _valid_change(sheets: dict) -> None:
    set_cell(sheets, "员工", 3, "姓名", "李四（改）")
    add_row(sheets, "调整", "S2", "2025Q3", 88, "营销专项奖")


def cell(title, row, header, value):
    return lambda s: set_cell(s, title, row, header, value)


def rows(title, *new_rows):
    def mutate(s):
        for r in new_rows:
            add_row(s, title, *r)
    return mutate


def both(*mutations):
    def mutate(s):
        for m in mutations:
            m(s)
    return mutate


def only(**sheets):
    """A workbook with just these sheets ({title: [header, *rows]})."""
    return lambda s: dict(sheets)


FORMULA = "=1+1"  # openpyxl saves it with no cached value
ID_OK = "11010519491231002X"
P = pytest.param

CELL_TYPES = [
    P(cell("贷款", 2, "贷款金额", "五万"), ("贷款", 2, "贷款金额", "not_a_number"), id="amount-text"),
    P(cell("贷款", 2, "贷款金额", 1e30), ("贷款", 2, "贷款金额", "not_a_number"), id="amount-huge"),
    P(cell("贷款", 2, "贷款金额", "1e999999"), ("贷款", 2, "贷款金额", "not_a_number"),
      id="amount-huge-exponent"),
    P(cell("贷款", 2, "贷款金额", True), ("贷款", 2, "贷款金额", "not_a_number"), id="amount-bool"),
    P(cell("贷款", 3, "贷款金额", 120000.125), ("贷款", 3, "贷款金额", "too_many_decimals"),
      id="amount-3-decimals"),
    P(cell("利息收入", 2, "利息收入", "123.456"), ("利息收入", 2, "利息收入", "too_many_decimals"),
      id="amount-3-decimals-text"),
    P(cell("贷款", 2, "贷款金额", 0), ("贷款", 2, "贷款金额", "must_be_positive"),
      id="amount-zero"),
    P(cell("月末台账", 3, "贷款余额", -0.01), ("月末台账", 3, "贷款余额", "must_be_nonneg"),
      id="balance-negative"),
    P(cell("月末台账", 2, "逾期天数", 1.5), ("月末台账", 2, "逾期天数", "not_whole"),
      id="days-not-whole"),
    P(cell("月末台账", 2, "欠息月数", -1), ("月末台账", 2, "欠息月数", "must_be_nonneg"),
      id="months-negative"),
    P(cell("中间业务", 3, "数量", 0), ("中间业务", 3, "数量", "must_be_positive"), id="qty-zero"),
    P(cell("贷款", 2, "发放日期", "2025-13-01"), ("贷款", 2, "发放日期", "not_a_date"),
      id="date-bad"),
    P(cell("贷款", 2, "发放日期", "2025-W28"), ("贷款", 2, "发放日期", "not_a_date"),
      id="date-iso-week"),
    P(cell("贷款", 2, "发放日期", 45848), ("贷款", 2, "发放日期", "not_a_date"),
      id="date-serial-number"),
    P(cell("管户变更", 2, "生效日期", "1899-12-31"), ("管户变更", 2, "生效日期", "date_out_of_range"),
      id="date-out-of-range"),
    P(cell("月末台账", 2, "月份", "2025-13"), ("月末台账", 2, "月份", "not_a_month"),
      id="month-bad"),
    P(cell("月末台账", 2, "月份", 2025.1), ("月末台账", 2, "月份", "not_a_month"),
      id="month-number-ambiguous"),
    P(cell("任务目标", 2, "季度", "2025Q5"), ("任务目标", 2, "季度", "not_a_quarter"),
      id="quarter-bad"),
    P(cell("贷款", 2, "贷款性质", "新贷"), ("贷款", 2, "贷款性质", "bad_enum"), id="enum-nature"),
    P(cell("贷款", 2, "客户类型", "self"), ("贷款", 2, "客户类型", "bad_enum"), id="enum-type"),
    P(cell("月末台账", 2, "五级分类", "良好"), ("月末台账", 2, "五级分类", "bad_enum"), id="enum-grade"),
    P(cell("中间业务", 3, "项目", "ATM"), ("中间业务", 3, "项目", "bad_enum"), id="enum-item"),
    P(cell("时效事件", 2, "事件", "电话催收"), ("时效事件", 2, "事件", "bad_enum"), id="enum-event"),
    P(cell("借款户", 3, "类型", "农民"), ("借款户", 3, "类型", "bad_enum"), id="enum-kind"),
    P(cell("营销分成", 2, "计奖比例", 150), ("营销分成", 2, "计奖比例", "bad_fraction"),
      id="share-over-100"),
    P(cell("营销分成", 2, "计奖比例", 0), ("营销分成", 2, "计奖比例", "bad_fraction"),
      id="share-zero"),
    P(cell("营销分成", 2, "计奖比例", "百分百"), ("营销分成", 2, "计奖比例", "bad_fraction"),
      id="share-text"),
    P(cell("任务目标", 2, "工作质量得分", 101), ("任务目标", 2, "工作质量得分", "bad_score"),
      id="score-over-100"),
    P(cell("任务目标", 2, "工作质量得分", 95.5), ("任务目标", 2, "工作质量得分", "bad_score"),
      id="score-not-whole"),
    P(cell("员工", 2, "岗位系数", 0), ("员工", 2, "岗位系数", "must_be_positive"),
      id="coefficient-zero"),
    P(cell("借款户", 2, "证件号码", ID_OK[:17] + "1"), ("借款户", 2, "证件号码", "bad_id_number"),
      id="id-check-digit"),
    P(cell("借款户", 3, "证件号码", ID_OK[:17]), ("借款户", 3, "证件号码", "bad_id_format"),
      id="id-17-digits"),
    P(cell("借款户", 3, "证件号码", "11010519491231A02X"), ("借款户", 3, "证件号码", "bad_id_format"),
      id="id-letter-inside"),
    P(cell("借款户", 2, "证件号码", 1.1010519491231e17), ("借款户", 2, "证件号码", "number_lost_digits"),
      id="id-typed-as-number"),
    P(cell("贷款", 4, "合同号", 3.20250901000001e19), ("贷款", 4, "合同号", "number_lost_digits"),
      id="contract-typed-as-long-number"),
    P(cell("员工", 3, "岗位", None), ("员工", 3, "岗位", "required"), id="required-empty"),
    P(cell("员工", 3, "岗位", "   "), ("员工", 3, "岗位", "required"), id="required-blank"),
    P(cell("员工", 4, "工号", "S" * 21), ("员工", 4, "工号", "text_too_long"), id="staff-no-long"),
    P(cell("调整", 2, "事由", "很" * 201), ("调整", 2, "事由", "text_too_long"), id="reason-long"),
    P(cell("贷款", 2, "贷款金额", FORMULA), ("贷款", 2, "贷款金额", "formula_no_value"),
      id="formula-required-column"),
    P(cell("借款户", 3, "证件号码", FORMULA), ("借款户", 3, "证件号码", "formula_no_value"),
      id="formula-optional-column"),
]

STRUCTURE = [
    P(lambda s: drop_column(s, "贷款", "贷款金额"), ("贷款", 1, "贷款金额", "missing_column"),
      id="missing-column"),
    P(lambda s: drop_column(s, "员工", "工号"), ("员工", 1, "工号", "missing_column"),
      id="missing-key-column"),
    P(lambda s: drop_column(s, "时效事件", "事件"), ("时效事件", 1, "事件", "missing_column"),
      id="missing-column-events"),
    P(lambda s: [r.append(r[0]) for r in s["员工"]], ("员工", 1, "工号", "duplicate_column"),
      id="duplicate-column"),
    P(both(lambda s: [r.append(r[0]) for r in s["员工"]], cell("员工", 1, "工号", "staff_no")),
      ("员工", 1, "工号", "duplicate_column"), id="duplicate-column-english"),
    P(lambda s: s.__setitem__("staff", [["staff_no", "name", "position", "coefficient"]]),
      ("staff", None, None, "duplicate_sheet"), id="duplicate-sheet"),
    P(rows("员工", ["S1", "张三", "客户经理", 1]), ("员工", 5, "工号", "duplicate_key"),
      id="duplicate-staff"),
    P(rows("员工", [" S1 ", "张三", "客户经理", 1]), ("员工", 5, "工号", "duplicate_key"),
      id="duplicate-staff-spaces"),
    P(rows("营销分成", ["L2", "S1", 10]), ("营销分成", 6, "合同号", "duplicate_key"),
      id="duplicate-credit"),
    P(rows("月末台账", ["L1", "2025-9", 1, 0, 0, "正常"]), ("月末台账", 4, "合同号", "duplicate_key"),
      id="duplicate-snapshot"),
    P(rows("参数", ["floating.base_monthly", "900", "2025/1/1"]), ("参数", 4, "参数", "duplicate_key"),
      id="duplicate-parameter"),
    P(rows("时效事件", ["L1", "2025-08-12", "acknowledgement", "S2", None, None]),
      ("时效事件", 5, "合同号", "duplicate_key"), id="duplicate-event"),
]

ROW_RULES = [
    P(cell("贷款", 2, "到期日期", "2025-07-09"), ("贷款", 2, "到期日期", "maturity_before_disbursed"),
      id="maturity-before-disbursed"),
    P(cell("贷款", 3, "扩大新增额", None), ("贷款", 3, "扩大新增额", "increment_required"),
      id="expansion-without-increment"),
    P(lambda s: drop_column(s, "贷款", "扩大新增额"), ("贷款", 3, "扩大新增额", "increment_required"),
      id="expansion-without-increment-column"),
    P(cell("贷款", 3, "扩大新增额", 120000.01), ("贷款", 3, "扩大新增额", "increment_too_large"),
      id="increment-over-amount"),
    P(cell("贷款", 3, "扩大新增额", 0), ("贷款", 3, "扩大新增额", "must_be_positive"),
      id="increment-zero"),
    P(cell("贷款", 2, "扩大新增额", 100), ("贷款", 2, "扩大新增额", "increment_not_allowed"),
      id="increment-on-new-loan"),
    P(cell("中间业务", 2, "卡内余额", None), ("中间业务", 2, "卡内余额", "card_balance_required"),
      id="card-without-balance"),
    P(cell("中间业务", 3, "卡内余额", 100), ("中间业务", 3, "卡内余额", "card_balance_not_allowed"),
      id="pos-with-balance"),
    P(cell("时效事件", 3, "新到期日", None), ("时效事件", 3, "新到期日", "new_maturity_required"),
      id="extension-without-new-maturity"),
    P(cell("时效事件", 2, "新到期日", "2027-01-01"), ("时效事件", 2, "新到期日", "new_maturity_not_allowed"),
      id="new-maturity-on-other-event"),
    P(cell("时效事件", 2, "工号", None), ("时效事件", 2, "工号", "event_staff_required"),
      id="event-without-staff"),
    P(cell("时效事件", 2, "截止日期", "2025-12-01"), ("时效事件", 2, "截止日期", "until_not_allowed"),
      id="until-on-acknowledgement"),
    P(rows("时效事件", ["L1", "2025-08-20", "时效中止", "S1", None, None, "2025-08-19", None]),
      ("时效事件", 5, "截止日期", "until_before_date"), id="until-before-date"),
    P(cell("时效事件", 4, "保证人", None), ("时效事件", 4, "保证人", "guarantor_required"),
      id="guarantor-demand-without-guarantor"),
    P(cell("时效事件", 2, "保证人", "王保"), ("时效事件", 2, "保证人", "guarantor_not_allowed"),
      id="guarantor-on-other-event"),
    P(cell("担保", 2, "保证期间月数", 121), ("担保", 2, "保证期间月数", "guarantee_months_range"),
      id="guarantee-months-over-120"),
    P(cell("担保", 2, "保证期间月数", 0), ("担保", 2, "保证期间月数", "must_be_positive"),
      id="guarantee-months-zero"),
    P(cell("参数", 2, "参数", "floating.base"), ("参数", 2, "参数", "unknown_parameter"),
      id="unknown-parameter"),
    P(cell("参数", 2, "值", "一千"), ("参数", 2, "值", "bad_parameter"), id="parameter-not-number"),
    P(cell("参数", 2, "值", "1000.001"), ("参数", 2, "值", "bad_parameter"),
      id="parameter-3-decimals"),
    P(cell("参数", 2, "值", None), ("参数", 2, "值", "bad_parameter"), id="parameter-empty"),
    P(cell("参数", 3, "值", "-1.5‰"), ("参数", 3, "值", "bad_parameter"), id="parameter-negative"),
    P(cell("参数", 3, "值", "1e99"), ("参数", 3, "值", "bad_parameter"), id="parameter-huge"),
    P(rows("参数", ["limitation.switch_date", "2017-13-01", "2025-01-01"]), ("参数", 4, "值", "bad_parameter"),
      id="parameter-bad-date"),
    P(rows("参数", ["composite.floating_twice", "maybe", "2025-01-01"]), ("参数", 4, "值", "bad_parameter"),
      id="parameter-bad-boolean"),
]

REFERENCES = [
    P(cell("贷款", 2, "管户工号", "S9"), ("贷款", 2, "管户工号", "unknown_staff"), id="loan-manager"),
    P(cell("营销分成", 5, "工号", "S9"), ("营销分成", 5, "工号", "unknown_staff"), id="credit-staff"),
    P(cell("管户变更", 2, "工号", "S9"), ("管户变更", 2, "工号", "unknown_staff"), id="reassign-staff"),
    P(cell("存款日均", 3, "工号", "S9"), ("存款日均", 3, "工号", "unknown_staff"), id="deposit-staff"),
    P(cell("中间业务", 3, "工号", "S9"), ("中间业务", 3, "工号", "unknown_staff"), id="item-staff"),
    P(cell("不良清收", 2, "工号", "S9"), ("不良清收", 2, "工号", "unknown_staff"), id="recovery-staff"),
    P(cell("时效事件", 2, "工号", "S9"), ("时效事件", 2, "工号", "unknown_staff"), id="event-staff"),
    P(cell("任务目标", 2, "工号", "S9"), ("任务目标", 2, "工号", "unknown_staff"), id="target-staff"),
    P(cell("调整", 2, "工号", "s1"), ("调整", 2, "工号", "unknown_staff"), id="adjustment-staff-case"),
    P(cell("贷款", 4, "客户号", "H9"), ("贷款", 4, "客户号", "unknown_household"), id="loan-household"),
    P(cell("管户变更", 2, "合同号", "L9"), ("管户变更", 2, "合同号", "unknown_loan"), id="reassign-loan"),
    P(cell("月末台账", 3, "合同号", "L9"), ("月末台账", 3, "合同号", "unknown_loan"), id="snapshot-loan"),
    P(cell("利息收入", 2, "合同号", "L9"), ("利息收入", 2, "合同号", "unknown_loan"), id="interest-loan"),
    P(cell("不良清收", 2, "合同号", "L9"), ("不良清收", 2, "合同号", "unknown_loan"), id="recovery-loan"),
    P(cell("时效事件", 3, "合同号", "L9"), ("时效事件", 3, "合同号", "unknown_loan"), id="event-loan"),
    P(rows("营销分成", ["L9", "S1", 100]), ("营销分成", 6, "合同号", "unknown_loan"), id="credit-loan"),
    P(cell("担保", 2, "合同号", "L9"), ("担保", 2, "合同号", "unknown_loan"), id="guarantee-loan"),
    P(cell("时效事件", 4, "保证人", "李某"), ("时效事件", 4, "保证人", "unknown_guarantor"),
      id="demand-of-someone-not-a-guarantor"),
    # a loan of the database, a staff member of the workbook: resolves
]

CREDIT_RULES = [
    P(cell("营销分成", 2, "计奖比例", "90%"), ("营销分成", 2, "计奖比例", "credit_self"),
      id="self-not-100"),
    P(rows("营销分成", ["L1", "S2", "10%"]), ("营销分成", 2, "计奖比例", "credit_self"),
      id="self-two-credits"),
    P(cell("营销分成", 4, "计奖比例", "39.99%"), ("营销分成", 3, "计奖比例", "credit_joint"),
      id="joint-sum-under-100"),
    P(cell("营销分成", 4, "计奖比例", 0.41), ("营销分成", 3, "计奖比例", "credit_joint"),
      id="joint-sum-over-100"),
    P(both(rows("贷款", ["L4", "H1", 1000, "2025-09-01", "2026-09-01", "新增", None, "联合型", "S1"]),
           rows("营销分成", ["L4", "S1", "100%"])),
      ("营销分成", 6, "计奖比例", "credit_joint"), id="joint-one-credit"),
    P(both(rows("贷款", ["L4", "H1", 1000, "2025-09-01", "2026-09-01", "新增", None, "联合型", "S1"]),
           rows("营销分成", ["L4", "S1", "50%"], ["L4", "S1", "50%"])),
      ("营销分成", 7, "合同号", "duplicate_key"), id="joint-same-staff-twice"),
    P(cell("营销分成", 5, "计奖比例", "30.01%"), ("营销分成", 5, "计奖比例", "credit_assist"),
      id="linked-over-max"),
    P(cell("营销分成", 5, "计奖比例", "9.99%"), ("营销分成", 5, "计奖比例", "credit_assist"),
      id="linked-under-min"),
    P(both(cell("贷款", 4, "客户类型", "接管型"), cell("营销分成", 5, "计奖比例", 0.5)),
      ("营销分成", 5, "计奖比例", "credit_assist"), id="taken-over-over-max"),
    # Checked on the credits as they will be after the import, with the database's credits:
    P(only(贷款=[["合同号", "客户号", "贷款金额", "发放日期", "到期日期", "贷款性质", "客户类型", "管户工号"],
                ["L1", "H1", 50000, "2025-07-10", "2026-07-09", "新增", "联合型", "S1"]]),
      ("贷款", 2, "客户类型", "credit_joint"), id="type-changed-credits-in-db"),
    P(only(营销分成=[["合同号", "工号", "计奖比例"], ["L2", "S2", "50%"]]),
      ("营销分成", 2, "计奖比例", "credit_joint"), id="credit-changed-other-in-db"),
    P(only(营销分成=[["合同号", "工号", "计奖比例"], ["L1", "S3", "100%"]]),
      ("营销分成", 2, "计奖比例", "credit_self"), id="self-second-credit-in-db"),
]


@pytest.mark.parametrize("break_it, expected",
                         CELL_TYPES + STRUCTURE + ROW_RULES + REFERENCES + CREDIT_RULES)
def test_bad_workbook_is_rejected_at_the_exact_place(base_ws, base_db, import_sheets,
                                                     break_it, expected):
    sheets = minimal()
    _valid_change(sheets)
    result = break_it(sheets)
    sheets = result if isinstance(result, dict) else sheets
    before = dump(base_db)

    report = import_sheets(base_ws, sheets)

    assert located(report.errors) == [expected], [p.message("en") for p in report.errors]
    assert not report.ok and report.counts == {} and not report.changed
    assert report.errors[0].code in MESSAGES
    assert dump(base_db) == before


def test_every_error_is_reported_not_just_the_first(base_ws, base_db, import_sheets):
    sheets = minimal()
    set_cell(sheets, "贷款", 2, "贷款金额", "x")
    set_cell(sheets, "贷款", 3, "发放日期", "x")
    set_cell(sheets, "调整", 2, "金额", 1.001)
    before = dump(base_db)
    report = import_sheets(base_ws, sheets)
    assert located(report.errors) == [("贷款", 2, "贷款金额", "not_a_number"),
                                      ("贷款", 3, "发放日期", "not_a_date"),
                                      ("调整", 2, "金额", "too_many_decimals")]
    assert dump(base_db) == before


def test_reference_errors_are_all_reported(base_ws, base_db, import_sheets):
    sheets = minimal()
    set_cell(sheets, "贷款", 2, "管户工号", "S8")
    set_cell(sheets, "存款日均", 2, "工号", "S9")
    set_cell(sheets, "利息收入", 3, "合同号", "L9")
    before = dump(base_db)
    report = import_sheets(base_ws, sheets)
    assert sorted(located(report.errors)) == sorted([("贷款", 2, "管户工号", "unknown_staff"),
                                                     ("存款日均", 2, "工号", "unknown_staff"),
                                                     ("利息收入", 3, "合同号", "unknown_loan")])
    assert dump(base_db) == before


def test_empty_workbook_is_rejected(base_ws, base_db, import_sheets):
    before = dump(base_db)
    report = import_sheets(base_ws, {"Sheet1": [["a", "b"], [1, 2]]})
    assert located(report.errors) == [("", None, None, "empty_workbook")]
    assert located(report.warnings) == [("Sheet1", None, None, "unknown_sheet")]
    assert dump(base_db) == before


def test_every_sheet_with_a_row_rule_is_named_for_it():
    """`_parse_sheet` calls `_row_rules` only for ROW_RULE_SHEETS (a ledger's million rows skip
    it): a rule added for another sheet must add the sheet there too."""
    import inspect
    import re

    from ruralperf.io import parse

    named = set(re.findall(r'key == "(\w+)"', inspect.getsource(parse._row_rules)))
    assert named == parse.ROW_RULE_SHEETS
