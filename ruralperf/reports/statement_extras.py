"""What a payslip carries beyond the run's own figures: the previous quarter's and the year's
paid amounts side by side with this quarter's, who prepared and who approved the run (display
names, not user names), the pay date, and an optional seal area (盖章处).

`extras_for(ws, run, pay_date, seal)` gathers them from the database (on the worker); the
statement works without them (blank lines to fill in by hand).

Readings: the year-to-date total is this run's 实发 plus the 实发 of the newest approved run of
each earlier quarter of the same year (a quarter without an approved run adds nothing and is
not named in the label); the previous quarter is the newest approved run of the quarter before
(also across a year end).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Iterable

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from ruralperf.domain.money import ZERO, money_display
from ruralperf.domain.periods import Quarter
from ruralperf.domain.results import StaffPay
from ruralperf.reports import fonts
from ruralperf.reports.indicator_sources import IndicatorSources, indicator_sources, npl_totals
from ruralperf.reports.labels import en, label, quarter_text
from ruralperf.reports.pdf_common import GRID, SHADE, cell, heading_style, para, table_style

if TYPE_CHECKING:  # annotations only: the use case is imported where it runs
    from ruralperf.services.computing import StoredPayRun


@dataclass(frozen=True)
class StatementExtras:
    preparer: str = ""  # display name of who computed the run
    approver: str = ""  # display name of who approved it ("" while not approved)
    pay_date: date | None = None
    seal: bool = False
    previous_quarter: Quarter | None = None  # None when it has no approved run
    previous: dict[str, Decimal] = field(default_factory=dict)  # staff_no -> paid
    year_quarters: tuple[Quarter, ...] = ()  # the quarters in the year-to-date total
    year_before: dict[str, Decimal] = field(default_factory=dict)  # staff_no -> earlier paid
    sources: IndicatorSources | None = None  # NPL loans at both dates, who gave the score


def _approved_newest(runs: Iterable[StoredPayRun]) -> dict[Quarter, StoredPayRun]:
    out: dict[Quarter, StoredPayRun] = {}
    for run in runs:
        if run.status == "approved" and (run.quarter not in out
                                         or run.version > out[run.quarter].version):
            out[run.quarter] = run
    return out


def extras_for(ws, run, pay_date: date | None = None, seal: bool = False) -> StatementExtras:
    """The extras of `run`'s statements from the database (display names, earlier runs)."""
    from ruralperf.services import computing

    names = {u.username: u.display_name or u.username for u in ws.users()}
    if ws.user is not None:
        names.setdefault(ws.user.username, ws.user.display_name or ws.user.username)
    approved = _approved_newest(computing.all_runs(ws.engine, ws.branch_id))
    previous = approved.get(run.quarter.previous)
    earlier = [approved[q] for q in sorted(approved)
               if q.year == run.quarter.year and q < run.quarter]
    year_before: dict[str, Decimal] = {}
    for r in earlier:
        for s in r.result.staff:
            year_before[s.staff_no] = year_before.get(s.staff_no, ZERO) + s.paid
    approver = getattr(run, "approved_by", None) if run.status == "approved" else None
    return StatementExtras(
        preparer=names.get(run.computed_by, run.computed_by or ""),
        approver=names.get(approver, approver or "") if approver else "",
        pay_date=pay_date, seal=seal,
        previous_quarter=previous.quarter if previous else None,
        previous={s.staff_no: s.paid for s in previous.result.staff} if previous else {},
        year_quarters=tuple(r.quarter for r in earlier) + (run.quarter,),
        year_before=year_before, sources=indicator_sources(ws, run.quarter))


def _quarters_text(quarters: tuple[Quarter, ...], lang: str) -> str:
    numbers = [str(q.q) for q in quarters]
    if en(lang):
        return f"{quarters[-1].year} Q{', Q'.join(numbers)}"
    return f"{quarters[-1].year}年第{'、'.join(numbers)}季度"


def history_table(run, s: StaffPay, extras: StatementExtras | None, lang: str) -> Table:
    """This quarter's 实发 beside the previous quarter's and the year to date."""
    extras = extras or StatementExtras(year_quarters=(run.quarter,))
    quarters = extras.year_quarters or (run.quarter,)
    previous = extras.previous.get(s.staff_no) if extras.previous_quarter else None
    this = quarter_text(run.quarter, lang)
    prev_title = quarter_text(extras.previous_quarter or run.quarter.previous, lang)
    ytd = extras.year_before.get(s.staff_no, ZERO) + s.paid
    rows = [[label("hist_this", lang, quarter=this), label("hist_previous", lang, quarter=prev_title),
             label("hist_ytd", lang, quarters=_quarters_text(quarters, lang))],
            [money_display(s.paid),
             money_display(previous) if previous is not None else label("hist_none", lang),
             money_display(ytd)]]
    t = Table(rows, colWidths=[60 * mm] * 3)
    st = table_style(8.5, right_cols=(0, 1, 2))
    t.setStyle(st)
    return t


def signatures(extras: StatementExtras | None, lang: str) -> Table:
    """Preparer and approver by display name (a line to sign when unknown), reviewer, the
    employee's signature and date, the pay date, and the seal area when asked for."""
    extras = extras or StatementExtras()
    line = "＿＿＿＿＿＿＿＿" if not en(lang) else "________________"
    colon = "：" if not en(lang) else ": "

    def named(key: str, name: str) -> str:
        return f"{label(key, lang)}{colon}{name or line}"

    pay_date = (f"{extras.pay_date:%Y-%m-%d}" if extras.pay_date
                else label("date_blank", lang))
    rows = [[named("preparer", extras.preparer), named("reviewer", ""),
             named("approver", extras.approver)],
            [named("employee", ""), f"{label('date', lang)}{colon}{label('date_blank', lang)}",
             f"{label('pay_date', lang)}{colon}{pay_date}"]]
    widths = [60 * mm] * 3
    if extras.seal:
        widths = [50 * mm, 50 * mm, 50 * mm, 30 * mm]
        rows[0].append(label("seal", lang))
        rows[1].append("")
    t = Table(rows, colWidths=widths, rowHeights=[9 * mm, 9 * mm])
    style: list[tuple] = [("FONT", (0, 0), (-1, -1), fonts.register(), 9),  # TableStyle's
                          ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0)]
    if extras.seal:
        style += [("SPAN", (3, 0), (3, 1)), ("BOX", (3, 0), (3, 1), 0.6, GRID),
                  ("VALIGN", (3, 0), (3, 1), "TOP"), ("ALIGN", (3, 0), (3, 1), "CENTER"),
                  ("TEXTCOLOR", (3, 0), (3, 1), GRID)]
    t.setStyle(TableStyle(style))
    return t


def sources_flowables(s: StaffPay, extras: StatementExtras | None, lang: str) -> list:
    """附：任务完成情况明细 — the NPL loans behind the NPL decrease at both dates, and who gave
    the quality score (interest, deposits and items are itemised by the detail lines)."""
    src = extras.sources if extras is not None else None
    if src is None or not s.indicators:
        return []
    colon = "：" if not en(lang) else ": "
    out: list = [Paragraph(fonts.markup(label("sources_title", lang)), heading_style())]
    loans = src.npl.get(s.staff_no, ())
    if "npl" in s.indicators:
        rows: list[list] = [[label("contract_no", lang), label("household_no", lang),
                             label("npl_at", lang, month=src.base_month),
                             label("npl_at", lang, month=src.end_month)]]
        for x in loans:
            rows.append([x.contract_no, x.household_no,
                         money_display(x.base) if x.base is not None else "—",
                         money_display(x.end) if x.end is not None else "—"])
        base, end = npl_totals(loans)
        rows.append([cell(label("npl_decrease", lang, base=money_display(base),
                                end=money_display(end), diff=money_display(base - end)),
                          90 * mm, 8), "", money_display(base), money_display(end)])
        t = Table(rows, colWidths=[45 * mm, 45 * mm, 45 * mm, 45 * mm], repeatRows=1)
        st = table_style(8, right_cols=(2, 3))
        st.add("SPAN", (0, -1), (1, -1))
        st.add("BACKGROUND", (0, -1), (-1, -1), SHADE)
        t.setStyle(st)
        out.append(KeepTogether([para(label("npl_loans", lang), 8.5), t]))
    quality = s.indicators.get("quality")
    if quality is not None:
        who = src.quality.get(s.staff_no)
        how = ""
        if who is not None:
            kind = label("by_form", lang) if who.source == "form" else \
                label("by_import", lang, file=who.source.split(":", 1)[-1])
            how = label("score_by", lang, user=who.user, at=who.at, how=kind)
        out.append(para(f"{label('quality_score', lang)}{colon}{int(quality.actual)}"
                        + (f"{'；' if not en(lang) else '; '}{how}" if how else ""), 8.5))
    return out
