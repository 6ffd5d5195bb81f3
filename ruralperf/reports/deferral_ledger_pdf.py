"""The deferral ledger printout (延期支付台账, DOMAIN.md 9), A4 portrait: per staff member every
deferred part (origin quarter, due quarter, amount, released, clawed back, balance), the totals,
and the reconciliation with the approved pay runs, with a signature line. One section (own page
numbering) per staff member.

`deferral_ledger_pdf(ledgers, branch, lang) -> bytes` takes `Workspace.deferral_ledger()`.
"""
from __future__ import annotations

from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, LongTable, PageBreak, Spacer, Table, TableStyle

from ruralperf.domain.money import money_display
from ruralperf.reports import fonts
from ruralperf.reports.labels import en, label, quarter_text
from ruralperf.reports.pdf_common import (MUTED, SHADE, Section, SectionInfo, build_pdf, para,
                                          table_style)
from ruralperf.services.deferral_view import StaffLedger

TEXT = {
    "title": ("延期支付台账", "Deferred Pay Ledger"),
    "origin": ("延期季度", "Deferred in"), "due": ("应发季度", "Due in"),
    "amount": ("延期金额", "Amount"), "released": ("已发放", "Released"),
    "clawed_back": ("已追索扣回", "Clawed back"), "balance": ("余额", "Balance"),
    "total": ("合计", "Total"),
    "reconciled": ("与已审批的绩效核算核对一致：延期合计 {deferred}，发放合计 {released}，"
                   "从延期扣回合计 {clawed}，余额 {balance}。",
                   "Agrees with the approved pay runs: deferred {deferred}, released {released}, "
                   "clawed back from deferral {clawed}, balance {balance}."),
    "not_reconciled": ("与已审批的绩效核算不一致（核算：延期 {deferred}，发放 {released}，扣回 {clawed}，"
                       "余额 {balance}），请核查。",
                       "Does NOT agree with the approved pay runs (runs: deferred {deferred}, "
                       "released {released}, clawed back {clawed}, balance {balance}); check it."),
    "none": ("没有延期支付记录", "No deferred pay"),
    "printed": ("打印日期", "Printed"),
}


def text(key: str, lang: str, **params) -> str:
    zh, english = TEXT[key]
    return (english if en(lang) else zh).format(**params)


def _table(ledger: StaffLedger, lang: str) -> LongTable:
    keys = ("origin", "due", "amount", "released", "clawed_back", "balance")
    rows: list[list] = [[text(k, lang) for k in keys]]
    for p in ledger.parts:
        rows.append([quarter_text(p.origin, lang), quarter_text(p.due, lang),
                     money_display(p.amount), money_display(p.released),
                     money_display(p.clawed_back), money_display(p.remaining)])
    rows.append([text("total", lang), "", money_display(ledger.total("amount")),
                 money_display(ledger.total("released")),
                 money_display(ledger.total("clawed_back")), money_display(ledger.balance)])
    t = LongTable(rows, colWidths=[34 * mm, 34 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm],
                  repeatRows=1)
    st = table_style(8.5, right_cols=(2, 3, 4, 5))
    st.add("SPAN", (0, -1), (1, -1))
    st.add("BACKGROUND", (0, -1), (-1, -1), SHADE)
    t.setStyle(st)
    return t


def _signatures(lang: str) -> Table:
    line = "＿＿＿＿＿＿＿＿" if not en(lang) else "________________"
    colon = "：" if not en(lang) else ": "
    t = Table([[f"{label(k, lang)}{colon}{line}" for k in ("preparer", "reviewer", "employee")]],
              colWidths=[60 * mm] * 3, rowHeights=[10 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.register(), 9),
                           ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def ledger_story(ledger: StaffLedger, branch: tuple[str, str], lang: str,
                 today: date | None = None) -> list:
    title = text("title", lang)
    branch_text = f"{branch[1]} ({branch[0]})" if en(lang) else f"{branch[1]}（{branch[0]}）"
    info = SectionInfo(header=f"{title} · {ledger.staff_no} {ledger.name}",
                       footer_left=f"{branch_text} · {ledger.staff_no} {ledger.name}",
                       page_label=lambda page, pages: label("page", lang, page=page, pages=pages),
                       continued=label("continued", lang), extra={"person": (ledger.staff_no,
                                                                               ledger.name)})
    printed = (today or date.today()).isoformat()
    story: list = [Section(info), para(title, 16, "center"), Spacer(1, 1 * mm),
                   para(f"{branch_text} · {ledger.staff_no} {ledger.name} · "
                        f"{text('printed', lang)} {printed}", 9, "center", MUTED),
                   Spacer(1, 4 * mm)]
    story.append(_table(ledger, lang) if ledger.parts else para(text("none", lang), 9))
    figures = dict(deferred=money_display(ledger.runs_deferred),
                   released=money_display(ledger.runs_released),
                   clawed=money_display(ledger.runs_clawed),
                   balance=money_display(ledger.last_balance))
    story += [Spacer(1, 3 * mm),
              para(text("reconciled" if ledger.reconciles else "not_reconciled", lang, **figures),
                   9),
              KeepTogether([Spacer(1, 6 * mm), _signatures(lang)])]
    return story


def deferral_ledger_pdf(ledgers: list[StaffLedger], branch: tuple[str, str],
                        lang: str = "zh_CN", today: date | None = None) -> bytes:
    story: list = []
    for ledger in ledgers:
        if story:
            story.append(PageBreak())
        story += ledger_story(ledger, branch, lang, today)
    if not story:
        story = [para(text("none", lang), 10)]
    return build_pdf(story, A4, title=text("title", lang))
