"""The branch summary's comparison for a reopened quarter (DOMAIN.md 9.2): per staff member what
the replaced version paid (实发), what the new one pays and the difference to pay out (补发) or
take back (扣回), with the totals. Nothing when the run replaces no version."""
from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, LongTable, Spacer

from ruralperf.domain.money import ZERO, money_display
from ruralperf.reports.labels import label
from ruralperf.reports.pdf_common import SHADE, para, table_style
from ruralperf.reports.statement_deferral import difference, difference_text, text


# (staff_no, name, old paid, new paid, difference)
Compared = tuple[str, str, Decimal, Decimal, Decimal]


def comparison(run) -> list[Compared]:
    """(staff_no, name, old paid, new paid, difference) of everyone in either version."""
    replaced = getattr(run, "replaced", None)
    if replaced is None:
        return []
    out: list[Compared] = []
    new_by = {s.staff_no: s for s in run.result.staff}
    for sid in sorted(new_by | {s.staff_no: s for s in replaced.staff}):
        new, old = new_by.get(sid), replaced.for_staff(sid)
        name = (new or old).name
        new_paid = new.paid if new is not None else ZERO
        diff = difference(old, new) if new is not None else -old.paid
        out.append((sid, name, old.paid if old is not None else ZERO, new_paid, diff))
    return out


def _totals(rows: list[Compared]) -> tuple[Decimal, Decimal, Decimal]:
    """The old paid, new paid and difference columns summed."""
    return (sum((r[2] for r in rows), ZERO), sum((r[3] for r in rows), ZERO),
            sum((r[4] for r in rows), ZERO))


def reopened_summary(run, lang: str, width: float) -> list:
    rows = comparison(run)
    if not rows:
        return []
    title = text("sec_reopened", lang, old=getattr(run, "replaced_version", "") or "",
                 new=getattr(run, "version", ""))
    header = [label("staff_no", lang), label("name", lang), text("old_paid", lang),
              text("new_paid", lang), text("top_up", lang) + " / " + text("take_back", lang)]
    body = [[sid, name, money_display(old), money_display(new), difference_text(diff, lang)]
            for sid, name, old, new, diff in rows]
    totals = _totals(rows)
    body.append([label("total_staff", lang, n=len(rows)), "", money_display(totals[0]),
                 money_display(totals[1]), difference_text(totals[2], lang)])
    widths = [24 * mm, 36 * mm, 36 * mm, 36 * mm, 44 * mm]
    table = LongTable([header] + body, colWidths=widths, repeatRows=1, hAlign="LEFT")
    st = table_style(8, right_cols=(2, 3, 4))
    st.add("SPAN", (0, -1), (1, -1))
    st.add("BACKGROUND", (0, -1), (-1, -1), SHADE)
    table.setStyle(st)
    return [Spacer(1, 3 * mm), KeepTogether([para(title, 10), Spacer(1, 1 * mm), table])]


def reopened_sheet(wb, run, lang: str) -> None:
    """The same comparison as a sheet of the summary workbook (none without a replaced version):
    the difference as a signed amount (> 0 补发, < 0 扣回) and in words."""
    from ruralperf.io.xlsx_safe import MONEY_FORMAT, set_widths, style_body, style_header, \
        write_row

    rows = comparison(run)
    if not rows:
        return
    ws = wb.create_sheet(text("sheet_reopened", lang))
    headers = [label("staff_no", lang), label("name", lang), text("old_paid", lang),
               text("new_paid", lang), text("difference", lang), text("top_up", lang) + " / "
               + text("take_back", lang)]
    formats = [None, None, MONEY_FORMAT, MONEY_FORMAT, MONEY_FORMAT, None]
    style_header(write_row(ws, 1, headers))
    for r, (sid, name, old, new, diff) in enumerate(rows, 2):
        style_body(write_row(ws, r, [sid, name, old, new, diff, difference_text(diff, lang)],
                             formats))
    totals = _totals(rows)
    style_body(write_row(ws, len(rows) + 2,
                         [label("total_staff", lang, n=len(rows)), None, *totals,
                          difference_text(totals[2], lang)], formats), total=True)
    set_widths(ws, [9, 10, 14, 14, 14, 18])
