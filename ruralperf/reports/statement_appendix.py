"""The statement's appendix (附：计算明细): every detail line behind the amounts, grouped by
component with the parameter values it used (in words: no rule numbers or parameter syntax), so a staff member can check each figure: which
loans, months, shares and rates produced it."""
from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, LongTable, Paragraph

from ruralperf.domain.money import ZERO, money_display
from ruralperf.domain.results import ALL_KEYS, StaffPay
from ruralperf.reports import fonts
from ruralperf.reports.explain import describe_line, formula_text, params_text
from ruralperf.reports.labels import COMPONENTS, label, pick
from ruralperf.reports.pdf_common import MUTED, SHADE, cell, heading_style, table_style

ROW_CHARS = 600  # characters of a detail line per table row (about 17 lines of 7.5 pt)


def signed(amount: Decimal) -> str:
    """An adjustment with its sign: "+150.00", "-6,000.00"."""
    return ("+" if amount > 0 else "") + money_display(amount)


def _pieces(text: str, size: int = ROW_CHARS) -> list[str]:
    """A long description (the households an officer maintains: hundreds at a county branch)
    as several table rows: a row taller than a page cannot be drawn. Lists break between items."""
    if len(text) <= size:
        return [text]
    pieces, current = [], ""
    for item in text.split(", "):
        candidate = f"{current}, {item}" if current else item
        if current and len(candidate) > size:
            pieces.append(current + ",")
            current = item
        else:
            current = candidate
    pieces.append(current)
    return [p[i:i + size] for p in pieces for i in range(0, len(p), size)]


def appendix(s: StaffPay, lang: str) -> list:
    """The appendix flowables: a heading and one table of every detail line, grouped by
    component (subtotal = the component's base), then penalties and adjustments."""
    header = ["#", label("detail", lang), label("formula", lang), label("amount", lang)]
    rows: list[list] = [header]
    groups = []
    for key in ALL_KEYS:
        lines = s.details.get(key, ())
        if lines:
            groups.append((key, lines, s.base.get(key, ZERO)))
    if s.penalty_lines:
        groups.append(("sol_penalty", s.penalty_lines, s.sol_penalty))
    group_rows = []
    for key, lines, subtotal in groups:
        group_rows.append(len(rows))
        rows.append([cell(pick(COMPONENTS, key, lang), 104 * mm, 8), "",
                     cell(params_text(lines[0], lang), 52 * mm, 6.5), money_display(subtotal)])
        for i, line in enumerate(lines, 1):
            first, *more = _pieces(describe_line(line, lang))
            rows.append([str(i), cell(first, 95 * mm, 7.5),
                         cell(formula_text(line, lang), 52 * mm, 7.5),
                         money_display(line.amount)])
            rows += [["", cell(piece, 95 * mm, 7.5), "", ""] for piece in more]
    if s.adjustment_lines:
        group_rows.append(len(rows))
        rows.append([cell(pick(COMPONENTS, "adjustment", lang), 104 * mm, 8), "", "",
                     signed(s.adjustments)])
        for i, (amount, reason) in enumerate(s.adjustment_lines, 1):
            rows.append([str(i), cell(reason, 95 * mm, 7.5), "", signed(amount)])
    t = LongTable(rows, colWidths=[9 * mm, 95 * mm, 52 * mm, 24 * mm], repeatRows=1)
    st = table_style(7.5, right_cols=(3,), center_cols=(0,))
    for r in group_rows:
        st.add("SPAN", (0, r), (1, r))
        st.add("ALIGN", (0, r), (1, r), "LEFT")
        st.add("FONT", (0, r), (1, r), fonts.register(), 8)
        st.add("FONT", (2, r), (2, r), fonts.register(), 6.5)
        st.add("TEXTCOLOR", (2, r), (2, r), MUTED)
        st.add("BACKGROUND", (0, r), (-1, r), SHADE)
    t.setStyle(st)
    return [CondPageBreak(40 * mm), Paragraph(fonts.markup(label("appendix", lang)),
                                               heading_style()), t]
