"""The what-if comparison (issue 20) as a workbook and as an A4 landscape PDF: the draft values
beside those in force, then per staff member the pay now and with the draft, the difference
and the lines that moved, largest change first, with totals."""
from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Spacer

from ruralperf.io.xlsx_safe import (MONEY_FORMAT, print_landscape, set_widths, style_body,
                                    style_header, title_rows, write_row)
from ruralperf.reports.files import write_bytes
from ruralperf.reports.labels import en, quarter_text
from ruralperf.reports.pdf_common import (MUTED, Section, SectionInfo, build_pdf, cell, para,
                                          table_style)
from ruralperf.services.simulation import Simulation

HEADERS = {
    "param": ("参数", "Parameter"), "now_value": ("现行值", "In force"),
    "draft_value": ("模拟值", "Draft"), "staff_no": ("工号", "Staff"), "name": ("姓名", "Name"),
    "net_now": ("现行应发", "Net now"), "net_draft": ("模拟应发", "Net, draft"),
    "difference": ("差额", "Change"), "paid_now": ("现行实发", "Paid now"),
    "paid_draft": ("模拟实发", "Paid, draft"), "moved": ("变动项目", "What moved"),
    "total": ("合计", "Total"), "title": ("方案调整模拟测算", "What-if simulation of a scheme change"),
    "note": ("模拟结果，未写入数据库，不作发放依据", "A simulation: nothing was saved; not a basis for payment"),
}
COLUMNS = ("staff_no", "name", "net_now", "net_draft", "difference", "paid_now", "paid_draft",
           "moved")


def _h(key: str, lang: str) -> str:
    zh, english = HEADERS[key]
    return english if en(lang) else zh


def _subtitle(sim: Simulation, lang: str, branch: tuple[str, str] | None) -> str:
    parts = [quarter_text(sim.quarter, lang), _h("note", lang)]
    if branch:
        parts.insert(0, branch[1])
    return " · ".join(parts)


def simulation_xlsx(sim: Simulation, lang: str = "zh_CN",
                    branch: tuple[str, str] | None = None) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "模拟测算" if not en(lang) else "Simulation"
    title_rows(ws, _h("title", lang), _subtitle(sim, lang, branch), len(COLUMNS))
    row = 3
    style_header(write_row(ws, row, [_h(k, lang) for k in ("param", "now_value", "draft_value")]))
    for line in sim.lines(lang):
        row += 1
        style_body(write_row(ws, row, list(line)))
    row += 2
    header_row = row
    style_header(write_row(ws, row, [_h(k, lang) for k in COLUMNS]))
    money = [None, None] + [MONEY_FORMAT] * 5 + [None]
    for s in sim.staff:
        row += 1
        style_body(write_row(ws, row, [s.staff_no, s.name, s.net_now, s.net_draft, s.difference,
                                       s.paid_now, s.paid_draft, s.moved_text(lang)], money))
    row += 1
    style_body(write_row(ws, row, ["", _h("total", lang), sim.total("net_now"),
                                   sim.total("net_draft"), sim.total("difference"),
                                   sim.total("paid_now"), sim.total("paid_draft"), ""], money),
               total=True)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1).coordinate
    set_widths(ws, [10, 10, 14, 14, 14, 14, 14, 60])
    print_landscape(ws, header_row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def simulation_pdf(sim: Simulation, lang: str = "zh_CN",
                   branch: tuple[str, str] | None = None) -> bytes:
    title = _h("title", lang)
    info = SectionInfo(header=title, footer_left=f"{title} · {quarter_text(sim.quarter, lang)}",
                       page_label=lambda page, pages: f"{page}/{pages}")
    params = [[_h(k, lang) for k in ("param", "now_value", "draft_value")]]
    params += [[cell(name, 90 * mm), now, draft] for name, now, draft in sim.lines(lang)]
    param_table = LongTable(params, colWidths=[95 * mm, 40 * mm, 40 * mm], repeatRows=1)
    param_table.setStyle(table_style(8.5))
    widths = [16 * mm, 20 * mm, 24 * mm, 24 * mm, 22 * mm, 24 * mm, 24 * mm, 113 * mm]
    rows = [[_h(k, lang) for k in COLUMNS]]
    for s in sim.staff:
        rows.append([s.staff_no, cell(s.name, widths[1]), f"{s.net_now:,.2f}",
                     f"{s.net_draft:,.2f}", f"{s.difference:+,.2f}", f"{s.paid_now:,.2f}",
                     f"{s.paid_draft:,.2f}", cell(s.moved_text(lang), widths[7], 7.5)])
    rows.append(["", _h("total", lang), f"{sim.total('net_now'):,.2f}",
                 f"{sim.total('net_draft'):,.2f}", f"{sim.total('difference'):+,.2f}",
                 f"{sim.total('paid_now'):,.2f}", f"{sim.total('paid_draft'):,.2f}", ""])
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(table_style(8.5, right_cols=(2, 3, 4, 5, 6)))
    story = [Section(info), para(title, 15, "center"), Spacer(1, 1 * mm),
             para(_subtitle(sim, lang, branch), 8.5, "center", MUTED), Spacer(1, 4 * mm),
             param_table, Spacer(1, 5 * mm), table]
    return build_pdf(story, landscape(A4), title=f"{title} {sim.quarter}")


def write_simulation(sim: Simulation, path: str | Path, lang: str = "zh_CN",
                     branch: tuple[str, str] | None = None) -> Path:
    """The comparison as .xlsx or .pdf, by the file's suffix."""
    path = Path(path)
    data = simulation_pdf(sim, lang, branch) if path.suffix.lower() == ".pdf" \
        else simulation_xlsx(sim, lang, branch)
    return write_bytes(path, data)
