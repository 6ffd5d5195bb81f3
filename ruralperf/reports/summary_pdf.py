"""The branch summary of a quarter's pay run, landscape A4: one row per staff member with every
assessed component and the totals, a totals row, blocking errors, and signature lines.

`summary_pdf(run, branch, lang) -> bytes`; `write_summary_pdf(run, branch, path, lang) -> Path`.
Column widths follow the widest figure, with the font shrinking from 8 pt to 6 pt when needed,
so eight-digit amounts and long names stay on one line.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table, TableStyle

from ruralperf.domain.money import money_display, ratio_percent
from ruralperf.i18n import finding_text
from ruralperf.reports import fonts
from ruralperf.reports.cn_amount import cn_capital
from ruralperf.reports.labels import colon, en, label, quarter_text, run_mark, run_status_text
from ruralperf.reports.pdf_common import (MUTED, SHADE, Section, SectionInfo, build_pdf,
                                          fit_widths, para, table_style)
from ruralperf.reports.summary_data import money_headers, money_keys, money_totals, money_values
from ruralperf.reports.summary_reopened import reopened_summary
from ruralperf.reports.verification import run_statement_code, summary_code

MARGIN_MM = 10
CELL_PADDING = 2
ROWS_PER_PAGE = 24  # staff rows on a page: each page fits, and carries its subtotal
SIGN_WIDTH = 16 * mm  # the 签收 column
AVAILABLE = landscape(A4)[0] - 2 * MARGIN_MM * mm


def _signatures(lang: str) -> Table:
    line = "＿＿＿＿＿＿＿＿" if not en(lang) else "________________"
    c = colon(lang)
    rows = [[f"{label(k, lang)}{c}{line}" for k in ("preparer", "reviewer", "head")]
            + [f"{label('date', lang)}{c}{label('date_blank', lang)}"]]
    t = Table(rows, colWidths=[AVAILABLE / 4] * 4, rowHeights=[10 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.register(), 9),
                           ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def _tables(staff: list, keys: tuple[str, ...], lang: str) -> list:
    """The staff rows, ROWS_PER_PAGE to a page, each page with its own subtotal (本页小计) when
    there are several, the last with the totals; a signature column (签收) on the right."""
    headers = [label("staff_no", lang), label("name", lang), label("p", lang)] + \
        money_headers(lang, keys)
    body = [[s.staff_no, s.name, ratio_percent(s.p)] + [money_display(v) for v in money_values(s, keys)]
            for s in staff]
    total_label = label("total_staff", lang, n=len(staff))
    totals = ["", "", ""] + [money_display(v) for v in money_totals(staff, keys)]
    size, widths = fit_widths(body + [totals], AVAILABLE - SIGN_WIDTH, padding=2 * CELL_PADDING)
    # the totals label spans three columns; shorten it if it does not fit
    if fonts.width(total_label, size) + 2 * CELL_PADDING > sum(widths[:3]):
        total_label = label("total", lang)
    totals[0] = total_label
    head_size = min(size, 7.5)
    header = [para(h, head_size, "center") for h in headers + [label("sign_receipt", lang)]]
    chunks = [list(range(i, min(i + ROWS_PER_PAGE, len(staff))))
              for i in range(0, len(staff), ROWS_PER_PAGE)] or [[]]
    out: list = []
    for n, chunk in enumerate(chunks):
        rows = [header] + [body[i] + [""] for i in chunk]
        shaded = []
        if len(chunks) > 1:
            shaded.append(len(rows))
            rows.append([label("page_total", lang), "", ""]
                        + [money_display(v) for v in money_totals([staff[i] for i in chunk],
                                                                    keys)] + [""])
        if n == len(chunks) - 1:
            shaded.append(len(rows))
            rows.append(totals + [""])
        table = Table(rows, colWidths=widths + [SIGN_WIDTH], repeatRows=1)
        st = table_style(size, right_cols=range(2, len(headers)), padding=CELL_PADDING)
        for r in shaded:
            st.add("SPAN", (0, r), (2, r))
            st.add("BACKGROUND", (0, r), (-1, r), SHADE)
            st.add("LINEABOVE", (0, r), (-1, r), 1, MUTED)
        net_col = 3 + keys.index("net")
        st.add("BACKGROUND", (net_col, 1), (net_col, -1), SHADE)
        table.setStyle(st)
        out.append(table)
        if n < len(chunks) - 1:
            out.append(PageBreak())
    return out


def summary_story(run, branch: tuple[str, str], lang: str = "zh_CN") -> list:
    result = run.result
    staff = list(result.staff)
    code = summary_code(run.label, branch[0], staff,
                        [run_statement_code(run, branch[0], s) for s in staff])
    mark, note = run_mark(getattr(run, "status", "draft"), lang)
    title = label("summary_title", lang)
    branch_text = f"{branch[1]} ({branch[0]})" if en(lang) else f"{branch[1]}（{branch[0]}）"
    run_text = run_status_text(run, lang)
    info = SectionInfo(
        header=f"{title} · {branch[1]} · {quarter_text(result.quarter, lang)}",
        footer_left=f"{label('run', lang)} {run_text} · {label('code', lang)} {code}",
        footer_center=branch_text,
        draft_mark=mark,
        page_label=lambda page, pages: label("page", lang, page=page, pages=pages),
        continued=label("continued", lang))

    keys = money_keys(staff)
    tables = _tables(staff, keys, lang)
    story: list = [Section(info), para(title, 15, "center"), Spacer(1, 1 * mm),
                   para(f"{branch_text} · {quarter_text(result.quarter, lang)} · "
                        f"{label('run', lang)} {run_text} · {label('code', lang)} {code}",
                        8.5, "center", MUTED), Spacer(1, 3 * mm)] + tables
    paid_key = "paid" if "paid" in keys else "net"
    total_paid = money_totals(staff, (paid_key,))[0]
    story += [Spacer(1, 1.5 * mm),
              para(f"{label('total_words', lang)}{colon(lang)}"
                   f"{'人民币' if not en(lang) else 'RMB '}{cn_capital(total_paid)}"
                   f"（¥{money_display(total_paid)}）", 9.5)]
    story += reopened_summary(run, lang, AVAILABLE)
    notes = []
    sep = "; " if en(lang) else "；"
    for s in staff:
        if s.errors:
            notes.append(para(f"{label('errors', lang)} {s.staff_no} {s.name}{colon(lang)}"
                              + sep.join(finding_text(f, lang) for f in s.errors), 7.5))
    for f in result.warnings:
        notes.append(para(f"{label('warnings', lang)}{colon(lang)}{finding_text(f, lang)}", 7.5,
                          color=MUTED))
    if note:
        notes.append(para(note, 7.5, color=MUTED))
    if notes:
        story += [Spacer(1, 2 * mm)] + notes
    story.append(KeepTogether([Spacer(1, 2 * mm), _signatures(lang)]))
    return story


def summary_pdf(run, branch: tuple[str, str], lang: str = "zh_CN") -> bytes:
    """The branch summary of a stored pay run as PDF bytes."""
    return build_pdf(summary_story(run, branch, lang), landscape(A4),
                     margins_mm=(MARGIN_MM, MARGIN_MM, 14, 16),
                     title=f"{label('summary_title', lang)} {run.label}")


def write_summary_pdf(run, branch: tuple[str, str], path: str | Path,
                      lang: str = "zh_CN") -> Path:
    from ruralperf.reports.files import write_bytes

    return write_bytes(Path(path), summary_pdf(run, branch, lang))
