"""The branch summary as a formatted Excel workbook.

Sheets: the summary (one row per staff member, the same columns as the summary PDF, a totals
row), every detail line (which loans, months, shares and rates produced each amount, plus
penalties and adjustments), and the indicators with the bases before the composite.

Totals are written as values (Decimal sums of the rounded rows), not formulas: a file read by a
program without a spreadsheet engine sees the same numbers as Excel. All text goes through
`xlsx_safe`, so a name or reason beginning with "=" is never evaluated.

`summary_xlsx(run, branch, lang) -> bytes`; `write_summary_xlsx(run, branch, path, lang) -> Path`.
"""
from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook

from ruralperf.domain.money import round2
from ruralperf.domain.results import ALL_KEYS, INDICATORS, StaffPay
from ruralperf.reports.explain import describe_line, formula_text, params_text
from ruralperf.reports.labels import COMPONENTS, INDICATORS as INDICATOR_NAMES, en, label, \
    pick, quarter_text, run_status_text
from ruralperf.reports.summary_reopened import reopened_sheet
from ruralperf.reports.summary_data import money_headers, money_keys, money_totals, money_values
from ruralperf.reports.verification import run_statement_code, summary_code
from ruralperf.io.xlsx_safe import (INTEGER_FORMAT, MONEY_FORMAT, PERCENT_FORMAT, fit_columns,
                                    print_landscape, set_widths, style_body, style_header,
                                    title_rows, write_row)

HEADER_ROW = 3  # of the summary sheet; data follow


def _subtitle(run, branch, lang, code) -> str:
    sep = " · "
    return sep.join([f"{branch[1]} ({branch[0]})" if en(lang) else f"{branch[1]}（{branch[0]}）",
                     quarter_text(run.result.quarter, lang),
                     f"{label('run', lang)} {run_status_text(run, lang)}",
                     f"{label('code', lang)} {code}"])


def _summary_sheet(ws, run, branch, lang) -> None:
    staff = list(run.result.staff)
    codes = [run_statement_code(run, branch[0], s) for s in staff]
    code = summary_code(run.label, branch[0], staff, codes)
    keys = money_keys(staff)
    headers = [label(k, lang) for k in ("staff_no", "name", "position", "p")] + \
        money_headers(lang, keys) + [label("code", lang)]
    formats = [None, None, None, PERCENT_FORMAT] + [MONEY_FORMAT] * len(keys) + [None]
    title_rows(ws, label("summary_title", lang), _subtitle(run, branch, lang, code), len(headers))
    style_header(write_row(ws, HEADER_ROW, headers))
    ws.row_dimensions[HEADER_ROW].height = 32
    row = HEADER_ROW
    for s, statement in zip(staff, codes):
        row += 1
        style_body(write_row(ws, row, [s.staff_no, s.name, s.position, s.p] + money_values(s, keys)
                             + [statement], formats))
    row += 1
    totals = [label("total_staff", lang, n=len(staff)), None, None, None] + \
        money_totals(staff, keys) + [None]
    style_body(write_row(ws, row, totals, formats), total=True)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=3)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{ws.cell(row=max(row - 1, HEADER_ROW), column=len(headers)).coordinate}"
    set_widths(ws, [9, 10, 14, 8] + [12.5] * len(keys) + [12])
    fit_columns(ws, HEADER_ROW + 1)
    print_landscape(ws, HEADER_ROW, lang)


def _detail_rows(s: StaffPay, lang: str):
    """(component key, rule, detail, formula, params, amount, flag) of every line of a statement."""
    for key in ALL_KEYS:
        for line in s.details.get(key, ()):
            yield (key, line.rule, describe_line(line, lang), formula_text(line, lang),
                   params_text(line, lang), line.amount, line.flag)
    for line in s.penalty_lines:
        yield ("sol_penalty", line.rule, describe_line(line, lang), formula_text(line, lang),
               params_text(line, lang), line.amount, line.flag)
    if s.carried_in:
        yield ("carried_in", "5.3", label("carried_in_cause", lang), "", "", s.carried_in, "")
    for amount, reason in s.adjustment_lines:
        yield ("adjustment", "5.3", reason, "", "", amount, "")


def _detail_sheet(ws, run, lang) -> None:
    headers = [label(k, lang) for k in ("staff_no", "name", "component", "component_key", "rule",
                                        "detail", "formula", "params", "amount", "flag")]
    formats = [None] * 8 + [MONEY_FORMAT, None]
    style_header(write_row(ws, 1, headers))
    row = 1
    names = dict(COMPONENTS, carried_in=("上季结转扣减", "Carried in"))
    for s in run.result.staff:
        for key, rule, detail, formula, params, amount, flag in _detail_rows(s, lang):
            row += 1
            write_row(ws, row, [s.staff_no, s.name, pick(names, key, lang), key, rule, detail,
                                formula, params, amount, flag], formats)
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:J{max(row, 1)}"
    set_widths(ws, [9, 10, 16, 16, 6, 60, 34, 40, 13, 10])
    fit_columns(ws, 2)
    print_landscape(ws, 1, lang)


def _indicator_sheet(ws, run, lang) -> None:
    headers = [label(k, lang) for k in ("staff_no", "name", "position", "coefficient")]
    formats: list = [None, None, None, None]
    for key in INDICATORS:
        name = pick(INDICATOR_NAMES, key, lang)
        headers += [f"{name}·{label(k, lang)}" for k in ("weight", "target", "actual",
                                                         "completion")]
        money = key not in ("intermediate", "quality")
        formats += [None, MONEY_FORMAT if money else INTEGER_FORMAT,
                    MONEY_FORMAT if money else INTEGER_FORMAT, PERCENT_FORMAT]
    headers.append(label("p", lang))
    formats.append(PERCENT_FORMAT)
    headers += [f"{label('base', lang)}·{pick(COMPONENTS, k, lang)}" for k in ALL_KEYS]
    formats += [MONEY_FORMAT] * len(ALL_KEYS)
    style_header(write_row(ws, 1, headers))
    ws.row_dimensions[1].height = 45
    for row, s in enumerate(run.result.staff, 2):
        values: list = [s.staff_no, s.name, s.position, s.coefficient]
        for key in INDICATORS:
            ind = s.indicators.get(key)
            if ind is None:
                values += [None] * 4
            elif ind.integer:
                values += [ind.weight, int(ind.target), int(ind.actual), ind.completion]
            else:
                values += [ind.weight, round2(ind.target), round2(ind.actual), ind.completion]
        values.append(s.p)
        values += [s.base.get(k) for k in ALL_KEYS]
        style_body(write_row(ws, row, values, formats))
    ws.freeze_panes = "C2"
    set_widths(ws, [9, 10, 14, 8] + [11] * (len(headers) - 4))
    fit_columns(ws, 2)
    print_landscape(ws, 1, lang)


def summary_workbook(run, branch: tuple[str, str], lang: str = "zh_CN") -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = label("sheet_summary", lang)
    _summary_sheet(ws, run, branch, lang)
    _detail_sheet(wb.create_sheet(label("sheet_details", lang)), run, lang)
    _indicator_sheet(wb.create_sheet(label("sheet_indicators", lang)), run, lang)
    reopened_sheet(wb, run, lang)
    wb.properties.title = f"{label('summary_title', lang)} {run.label}"
    wb.properties.creator = "ruralperf"
    return wb


def summary_xlsx(run, branch: tuple[str, str], lang: str = "zh_CN") -> bytes:
    buffer = io.BytesIO()
    summary_workbook(run, branch, lang).save(buffer)
    return buffer.getvalue()


def write_summary_xlsx(run, branch: tuple[str, str], path: str | Path,
                       lang: str = "zh_CN") -> Path:
    from ruralperf.reports.files import write_bytes

    return write_bytes(Path(path), summary_xlsx(run, branch, lang))
