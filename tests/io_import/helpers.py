"""Helpers for import tests: write small workbooks, dump a database, summarise problems."""
from __future__ import annotations

import copy
import sqlite3
from pathlib import Path

import openpyxl

from tests import pg_databases as pg

# A small valid workbook touching every sheet (Chinese sheet names and headers, as canonical).
# Each sheet is [header, *rows]; row n of the list is Excel row n + 1.
MINIMAL: dict[str, list[list]] = {
    "参数": [["参数", "值", "生效日期"],
           ["floating.base_monthly", "1000", "2025-01-01"],
           ["loan_marketing.rate", "1.5‰", "2025-01-01"]],
    "员工": [["工号", "姓名", "岗位", "岗位系数"],
           ["S1", "张三", "客户经理", 1.2],
           ["S2", "李四", "客户经理", 1],
           ["S3", "王五", "客户经理", "0.8"]],
    "借款户": [["客户号", "户名", "证件号码", "类型"],
            ["H1", "刘建国", "11010519491231002X", "农户"],
            ["H2", "陈秀英", None, None]],
    "贷款": [["合同号", "客户号", "贷款金额", "发放日期", "到期日期", "贷款性质", "扩大新增额", "客户类型",
            "管户工号"],
           ["L1", "H1", 50000, "2025-07-10", "2026-07-09", "新增", None, "自主开发型", "S1"],
           ["L2", "H2", 120000, "2025-08-05", "2027-08-04", "存量扩大", 40000, "联合型", "S2"],
           ["L3", "H2", 80000.5, "2025-09-01", "2026-08-31", "新增", None, "联动型", "S3"]],
    "营销分成": [["合同号", "工号", "计奖比例"],
             ["L1", "S1", "100%"],
             ["L2", "S1", 60],
             ["L2", "S2", 0.4],
             ["L3", "S3", "25%"]],
    "管户变更": [["合同号", "工号", "生效日期"],
             ["L1", "S2", "2025-08-15"]],
    "月末台账": [["合同号", "月份", "贷款余额", "逾期天数", "欠息月数", "五级分类"],
             ["L1", "2025-09", 50000, 0, 0, "正常"],
             ["L2", "2025-09", 110000.25, 3, 1, "关注"]],
    "利息收入": [["合同号", "月份", "利息收入"],
             ["L1", "2025-08", 123.45],
             ["L2", "2025-09", 300]],
    "存款日均": [["工号", "月份", "日均余额"],
             ["S1", "2025-07", 1000000.01],
             ["S2", "2025-07", 0]],
    "中间业务": [["工号", "日期", "项目", "数量", "卡内余额"],
             ["S1", "2025-07-05", "银行卡", 3, 150],
             ["S1", "2025-08-20", "POS", 1, None]],
    "不良清收": [["合同号", "工号", "日期", "收回金额"],
             ["L2", "S2", "2025-08-18", 2000]],
    "时效事件": [["合同号", "日期", "事件", "工号", "金额", "新到期日", "截止日期", "保证人"],
             ["L1", "2025-08-12", "债务确认", "S1", 28000, None, None, None],
             ["L1", "2025-09-01", "展期", None, None, "2027-01-31", None, None],
             ["L1", "2025-09-02", "催收保证人", "S1", None, None, None, "王保"]],
    "担保": [["合同号", "保证人", "证件号码", "保证方式", "保证期间月数"],
           ["L1", "王保", None, "连带责任保证", None]],
    "任务目标": [["工号", "季度", "收息任务", "存款任务", "不良压降任务", "中间业务任务", "工作质量得分"],
             ["S1", "2025Q3", 3000, 150000, 5000, 10, 95]],
    "调整": [["工号", "季度", "金额", "事由"],
           ["S1", "2025Q3", -150.5, "退回多发绩效"]],
}


def minimal() -> dict[str, list[list]]:
    """A fresh deep copy of MINIMAL, to break one thing in."""
    return copy.deepcopy(MINIMAL)


def write_workbook(path: Path, sheets: dict[str, list[list]]) -> Path:
    """Write {sheet title: [header, *rows]} as an .xlsx (a string starting with "=" becomes a
    formula without a cached value, as openpyxl saves it)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return path


def dump(db_path: Path) -> list[str]:
    """Every table's contents (schema and rows) as SQL text, for before/after comparison."""
    if pg.is_url(db_path):
        return [f"{t}: {row}" for t in pg.tables(db_path)
                for row in sorted(map(repr, pg.query(db_path, f'SELECT * FROM "{t}"')))]
    conn = sqlite3.connect(str(db_path))
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def data_dump(db_path: Path) -> dict[str, list[tuple]]:
    """The rows of every table an import writes (ordered by id), to compare two databases;
    unlike dump(), it leaves out the audit trail (timestamps, file names) and the calendar."""
    from ruralperf.io.apply import MODELS

    return {model.__tablename__: pg.query(db_path,
                                          f'SELECT * FROM "{model.__tablename__}" ORDER BY id')
            for model in MODELS.values()}


def table_rows(db_path: Path, sql: str, *params) -> list[tuple]:
    return pg.query(db_path, sql, *params)


def located(problems) -> list[tuple]:
    """(sheet, row, column, code) of each problem, in report order."""
    return [(p.sheet, p.row, p.column, p.code) for p in problems]


def set_cell(sheets: dict, title: str, row: int, header: str, value) -> None:
    """Set the cell of Excel row `row` (2 = first data row) under `header`."""
    rows = sheets[title]
    col = rows[0].index(header)
    while len(rows) < row:
        rows.append([None] * len(rows[0]))
    rows[row - 1][col] = value


def drop_column(sheets: dict, title: str, header: str) -> None:
    col = sheets[title][0].index(header)
    for row in sheets[title]:
        del row[col]


def add_row(sheets: dict, title: str, *values) -> int:
    """Append a data row; returns its Excel row number."""
    sheets[title].append(list(values))
    return len(sheets[title])
