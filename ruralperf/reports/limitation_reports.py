"""Statute-of-limitations lists, as PDF (A4 portrait) and Excel.

- Warning list (诉讼时效预警清单): loans whose running limitation period ends within `days`
  days of the as-of date (status running, warning or restored), grouped by manager, soonest
  first.
- Accountability list (失时效追责清单): lapsed loans listed for accountability (DOMAIN.md 7.4),
  by responsible staff member.

`names` maps staff numbers to names (optional; numbers alone are printed without it).
"""
from __future__ import annotations

import io
from datetime import date
from itertools import groupby
from pathlib import Path

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Spacer

from ruralperf.domain.results import LimitationReport, LoanLimitation
from ruralperf.domain.money import money_display
from ruralperf.reports.files import write_bytes
from ruralperf.reports.labels import (STATUS, colon, en, file_name, guarantee_text, label, pick,
                                      staff_label)
from ruralperf.reports.pdf_common import (MUTED, SHADE, Section, SectionInfo, build_pdf, para,
                                          table_style)
from ruralperf.io.xlsx_safe import (DATE_FORMAT, INTEGER_FORMAT, MONEY_FORMAT, fit_columns,
                                    print_landscape, set_widths, style_body, style_header,
                                    title_rows, write_row)

RUNNING = ("running", "warning", "restored")
WIDTH = 180 * mm


def days_left(loan: LoanLimitation, as_of: date) -> int | None:
    if loan.expiry is None or loan.status not in RUNNING:
        return None
    return (loan.expiry - as_of).days


def warning_loans(report: LimitationReport, days: int = 90) -> list[LoanLimitation]:
    """Loans due within `days` days, by manager, then days left, then contract."""
    due = [x for x in report.loans
           if (d := days_left(x, report.as_of)) is not None and 0 <= d <= days]
    return sorted(due, key=lambda x: (x.manager or "~", days_left(x, report.as_of),
                                      x.contract_no))


def accountability_loans(report: LimitationReport) -> list[LoanLimitation]:
    return sorted((x for x in report.loans if x.accountability),
                  key=lambda x: (x.responsible or "~", x.contract_no))


def accountable_from(loan: LoanLimitation) -> date | None:
    """1 January of the second year after the lapse year (DOMAIN.md 7.4)."""
    return date(loan.lapse_date.year + 2, 1, 1) if loan.lapse_date else None


def _d(x: date | None) -> str:
    return x.isoformat() if x else ""


def _m(x) -> str:
    return money_display(x) if x is not None else ""


def _branch_text(branch: tuple[str, str] | None, lang: str) -> str:
    if not branch:
        return ""
    return f"{branch[1]} ({branch[0]})" if en(lang) else f"{branch[1]}（{branch[0]}）"


def _story(title: str, subtitle: str, footer: str, headers: list[str], groups, widths,
           lang: str, right_cols=()) -> list:
    info = SectionInfo(header=title, footer_left=footer,
                       page_label=lambda page, pages: label("page", lang, page=page, pages=pages),
                       continued=label("continued", lang))
    rows: list[list] = [headers]
    group_rows = []
    for heading, items in groups:
        if heading:
            group_rows.append(len(rows))
            rows.append([para(heading, 8.5)] + [""] * (len(headers) - 1))
        rows += items
    if len(rows) == 1:
        group_rows.append(1)
        rows.append([label("nothing_listed", lang)] + [""] * (len(headers) - 1))
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    st = table_style(8.5, right_cols=right_cols)
    for r in group_rows:
        st.add("SPAN", (0, r), (-1, r))
        st.add("BACKGROUND", (0, r), (-1, r), SHADE)
    table.setStyle(st)
    return [Section(info), para(title, 15, "center"), Spacer(1, 1 * mm),
            para(subtitle, 8.5, "center", MUTED), Spacer(1, 4 * mm), table]


def warning_list_pdf(report: LimitationReport, days: int = 90, lang: str = "zh_CN",
                     names: dict[str, str] | None = None,
                     branch: tuple[str, str] | None = None) -> bytes:
    loans = warning_loans(report, days)
    headers = [label(k, lang) for k in ("contract_no", "household_no", "balance", "maturity",
                                        "expiry", "days_left", "status", "guarantees")]
    groups = []
    for manager, grouped in groupby(loans, key=lambda x: x.manager):
        items = list(grouped)
        who = staff_label(manager, names) or label("unassigned", lang)
        heading = f"{label('manager', lang)}{colon(lang)}{who}（{label('loans_n', lang, n=len(items))}）" \
            if not en(lang) else f"{label('manager', lang)}: {who} ({label('loans_n', lang, n=len(items))})"
        groups.append((heading, [[x.contract_no, x.household_no, _m(x.balance), _d(x.maturity),
                                  _d(x.expiry), str(days_left(x, report.as_of)),
                                  pick(STATUS, x.status, lang),
                                  para(guarantee_text(x.guarantees, lang), 8)] for x in items]))
    title = label("warning_title", lang)
    subtitle = " · ".join(filter(None, [_branch_text(branch, lang),
                                        f"{label('as_of', lang)} {report.as_of}",
                                        label("within_days", lang, days=days),
                                        label("loans_n", lang, n=len(loans))]))
    story = _story(title, subtitle, f"{title} · {label('as_of', lang)} {report.as_of}", headers,
                   groups, [26 * mm, 22 * mm, 24 * mm, 21 * mm, 21 * mm, 14 * mm, 20 * mm, 32 * mm],
                   lang, right_cols=(2, 5))
    return build_pdf(story, A4, title=f"{title} {report.as_of}")


def accountability_pdf(report: LimitationReport, lang: str = "zh_CN",
                       names: dict[str, str] | None = None,
                       branch: tuple[str, str] | None = None) -> bytes:
    loans = accountability_loans(report)
    headers = [label(k, lang) for k in ("contract_no", "household_no", "responsible", "manager",
                                        "lapse_date", "accountable_from", "balance",
                                        "guarantees")]
    rows = [[x.contract_no, x.household_no, staff_label(x.responsible, names),
             staff_label(x.manager, names), _d(x.lapse_date), _d(accountable_from(x)),
             _m(x.balance), para(guarantee_text(x.guarantees, lang), 8)] for x in loans]
    title = label("accountability_title", lang)
    subtitle = " · ".join(filter(None, [_branch_text(branch, lang),
                                        f"{label('as_of', lang)} {report.as_of}",
                                        label("loans_n", lang, n=len(loans))]))
    story = _story(title, subtitle, f"{title} · {label('as_of', lang)} {report.as_of}", headers,
                   [(None, rows)], [22 * mm, 20 * mm, 24 * mm, 24 * mm, 20 * mm, 20 * mm, 22 * mm, 28 * mm],
                   lang, right_cols=(6,))
    return build_pdf(story, A4, title=f"{title} {report.as_of}")


def limitation_xlsx(report: LimitationReport, days: int = 90, lang: str = "zh_CN",
                    names: dict[str, str] | None = None,
                    branch: tuple[str, str] | None = None) -> bytes:
    """Both lists in one workbook: one sheet each, header row frozen, filters on."""
    names = names or {}
    wb = Workbook()
    sheets = [
        (wb.active, "sheet_warning", "warning_title", warning_loans(report, days),
         ["manager", "name", "contract_no", "household_no", "balance", "maturity", "expiry",
          "days_left", "status", "guarantees"],
         lambda x: [x.manager or "", names.get(x.manager or "", ""), x.contract_no,
                    x.household_no, x.balance, x.maturity, x.expiry,
                    days_left(x, report.as_of), pick(STATUS, x.status, lang),
                    guarantee_text(x.guarantees, lang)],
         [None, None, None, None, MONEY_FORMAT, DATE_FORMAT, DATE_FORMAT, INTEGER_FORMAT, None,
          None]),
        (wb.create_sheet(), "sheet_accountability", "accountability_title",
         accountability_loans(report),
         ["responsible", "name", "manager", "contract_no", "household_no", "lapse_date",
          "accountable_from", "balance", "guarantees"],
         lambda x: [x.responsible or "", names.get(x.responsible or "", ""), x.manager or "",
                    x.contract_no, x.household_no, x.lapse_date, accountable_from(x), x.balance,
                    guarantee_text(x.guarantees, lang)],
         [None, None, None, None, None, DATE_FORMAT, DATE_FORMAT, MONEY_FORMAT, None]),
    ]
    for ws, sheet_key, title_key, loans, columns, values, formats in sheets:
        ws.title = label(sheet_key, lang)
        subtitle = " · ".join(filter(None, [_branch_text(branch, lang),
                                            f"{label('as_of', lang)} {report.as_of}"]
                                     + ([label("within_days", lang, days=days)]
                                        if sheet_key == "sheet_warning" else [])))
        title_rows(ws, label(title_key, lang), subtitle, len(columns))
        style_header(write_row(ws, 3, [label(c, lang) for c in columns]))
        for row, loan in enumerate(loans, 4):
            style_body(write_row(ws, row, values(loan), formats))
        ws.freeze_panes = "A4"
        last = ws.cell(row=max(3, 3 + len(loans)), column=len(columns)).coordinate
        ws.auto_filter.ref = f"A3:{last}"
        set_widths(ws, [10, 10, 12, 12, 14, 12, 12, 10, 10, 16])
        fit_columns(ws, 4)
        print_landscape(ws, 3, lang)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def write_limitation_reports(report: LimitationReport, out_dir: str | Path, days: int = 90,
                             lang: str = "zh_CN", names: dict[str, str] | None = None,
                             branch: tuple[str, str] | None = None) -> list[Path]:
    """Write the warning list PDF, the accountability list PDF and the .xlsx of both."""
    out = Path(out_dir)
    stamp = report.as_of.isoformat()
    return [
        write_bytes(out / file_name("warnings_pdf", lang, as_of=stamp),
                    warning_list_pdf(report, days, lang, names, branch)),
        write_bytes(out / file_name("accountability_pdf", lang, as_of=stamp),
                    accountability_pdf(report, lang, names, branch)),
        write_bytes(out / file_name("limitation_xlsx", lang, as_of=stamp),
                    limitation_xlsx(report, days, lang, names, branch)),
    ]
