"""须签收清单 (issue 17): per credit officer, the loans and guarantees whose signature is due
(DOMAIN.md 7.3, 7.7), soonest first, with an empty column for the date the receipt came back.
One officer's list starts on a new page, so each can be handed to its officer. A4 portrait,
the statements' fonts (reports.pdf_common)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import groupby

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, PageBreak, Spacer

from ruralperf.domain.money import money_display
from ruralperf.reports.labels import en, label, staff_label
from ruralperf.reports.pdf_common import MUTED, SHADE, Section, SectionInfo, build_pdf, para, \
    table_style

MONTH_DAYS = 30  # lines due within this many days are shaded: to be signed this month
WIDTHS = [10 * mm, 28 * mm, 34 * mm, 16 * mm, 26 * mm, 22 * mm, 16 * mm, 28 * mm]


@dataclass(frozen=True)
class SignLine:
    """One signature due: the borrower's (guarantor None) or a guarantor's."""
    officer: str | None  # staff number of the officer responsible today
    contract_no: str
    borrower: str  # the borrower's name
    guarantor: str | None
    balance: Decimal | None
    deadline: date
    days_left: int


def _signer(line: SignLine, lang: str) -> str:
    if line.guarantor is None:
        return f"{line.borrower}（{label('borrower', lang)}）" if not en(lang) \
            else f"{line.borrower} ({label('borrower', lang)})"
    return f"{line.guarantor}（{label('guarantor', lang)}，{label('borrower', lang)} " \
        f"{line.borrower}）" if not en(lang) \
        else f"{line.guarantor} ({label('guarantor', lang)} of {line.borrower})"


def to_sign_pdf(lines: list[SignLine], as_of: date, branch: str, lang: str = "zh_CN",
                names: dict[str, str] | None = None) -> bytes:
    """The lines grouped by officer (each from a new page), soonest first within each."""
    title = label("to_sign_title", lang)
    headers = ["#", label("contract_no", lang), label("signer", lang), label("days_left", lang),
               label("deadline", lang), label("balance", lang), label("signed_on", lang),
               label("remark", lang)]
    ordered = sorted(lines, key=lambda x: (x.officer or "~", x.days_left, x.contract_no,
                                           x.guarantor or ""))
    story: list = []
    groups = [(k, list(v)) for k, v in groupby(ordered, key=lambda x: x.officer)] or [(None, [])]
    for i, (officer, items) in enumerate(groups):
        who = staff_label(officer, names) or label("unassigned", lang)
        info = SectionInfo(header=f"{title} · {branch}",
                           footer_left=f"{title} · {label('officer', lang)} {who} · "
                                       f"{label('as_of', lang)} {as_of}",
                           page_label=lambda page, pages: label("page", lang, page=page,
                                                                pages=pages),
                           continued=label("continued", lang))
        if i:
            story.append(PageBreak())
        subtitle = " · ".join([branch, f"{label('as_of', lang)} {as_of}",
                               label("items_n", lang, n=len(items))])
        story += [Section(info), para(title, 15, "center"), Spacer(1, 1 * mm),
                  para(subtitle, 8.5, "center", MUTED), Spacer(1, 4 * mm),
                  para(f"{label('officer', lang)}{'：' if not en(lang) else ': '}{who}", 11),
                  Spacer(1, 2 * mm)]
        rows: list[list] = [headers]
        for n, x in enumerate(items, 1):
            rows.append([str(n), x.contract_no, para(_signer(x, lang), 8.5), str(x.days_left),
                         x.deadline.isoformat(),
                         money_display(x.balance) if x.balance is not None else "", "", ""])
        if not items:
            rows.append(["", label("nothing_listed", lang)] + [""] * (len(headers) - 2))
        # room for a handwritten date in each line
        table = LongTable(rows, colWidths=WIDTHS, repeatRows=1,
                          rowHeights=[None] + [9 * mm] * (len(rows) - 1))
        style = table_style(8.5, right_cols=(0, 3, 5))
        for r, x in enumerate(items, 1):
            if x.days_left <= MONTH_DAYS:  # due within the month: shaded
                style.add("BACKGROUND", (0, r), (-1, r), SHADE)
        table.setStyle(style)
        story += [table, Spacer(1, 4 * mm), para(label("to_sign_note", lang), 8.5, "left", MUTED)]
    return build_pdf(story, A4, title=f"{title} {as_of}")
