"""The statement's deferral section (DOMAIN.md 9): clawbacks, the quarter's deferral, releases,
实发 and the deferred balance; and, for a reopened quarter's new version, what the replaced
version paid, what this one pays and the difference (补发 / 扣回).

Printed only when there is something to say: a run without deferral parameters, clawbacks or a
replaced version prints exactly as before (`paid = net`).
"""
from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from ruralperf.domain.money import ZERO, money_display
from ruralperf.domain.results import StaffPay
from ruralperf.reports import fonts
from ruralperf.reports.labels import en, quarter_text
from ruralperf.reports.pdf_common import SHADE, cell, heading_style, table_style

TEXT = {
    "sec_deferral": ("延期支付与追索扣回", "Deferral and clawback"),
    "item": ("项目", "Item"), "cause": ("说明", "Note"), "amount": ("金额", "Amount"),
    "clawback": ("追索扣回", "Clawback"),
    "clawback_cause": ("{date} {reason}{contracts}：从延期支付余额扣回 {from_deferral}，从本季绩效扣减 {from_pay}",
                       "{date} {reason}{contracts}: {from_deferral} from the deferred balance, "
                       "{from_pay} from this quarter's pay"),
    "contracts": ("（合同 {value}）", " (contracts {value})"),
    "clawback_from_pay": ("减：追索扣回（从本季绩效扣减）", "Less: clawback from this quarter's pay"),
    "net": ("本季绩效工资", "This quarter's performance pay"),
    "deferred": ("减：本季延期支付", "Less: deferred this quarter"),
    "deferred_cause": ("分 {n} 期于 {dues} 发放：{parts}", "released in {n} parts in {dues}: {parts}"),
    "released": ("加：到期发放的延期支付", "Add: deferred pay released"),
    "released_cause": ("{origin} 延期部分", "deferred in {origin}"),
    "paid": ("实发绩效工资", "Performance pay paid out"),
    "balance": ("延期支付余额（本季后）", "Deferred balance (after this quarter)"),
    "sec_reopened": ("重新核算对比（第 {old} 版 → 第 {new} 版）",
                     "Recomputation (version {old} → version {new})"),
    "old_paid": ("原版本实发", "Paid by the replaced version"),
    "new_paid": ("本版本实发", "Paid by this version"),
    "top_up": ("补发", "To pay out"), "take_back": ("扣回", "To take back"),
    "difference": ("差额", "Difference"), "sheet_reopened": ("重新核算对比", "Recomputation"),
    "no_difference": ("无差额", "No difference"),
}


def text(key: str, lang: str, **params) -> str:
    zh, english = TEXT[key]
    return (english if en(lang) else zh).format(**params)


def has_deferral(s: StaffPay) -> bool:
    return bool(s.clawback or s.deferred or s.released or s.deferred_balance)


def difference(old: StaffPay | None, new: StaffPay) -> Decimal:
    """补发 (> 0) or 扣回 (< 0): what this version pays beyond the replaced one."""
    return new.paid - (old.paid if old is not None else ZERO)


def difference_text(amount: Decimal, lang: str) -> str:
    if amount == 0:
        return text("no_difference", lang)
    return f"{text('top_up' if amount > 0 else 'take_back', lang)} {money_display(abs(amount))}"


def clawback_rows(s: StaffPay, lang: str) -> list[list]:
    """Rows for the deductions table: the clawback taken from this quarter's pay (step 5)."""
    if not s.clawback_from_pay:
        return []
    causes = "；".join(_clawback_cause(x, lang) for x in s.clawback_lines if x.from_pay)
    return [[text("clawback_from_pay", lang), causes, money_display(s.clawback_from_pay)]]


def _clawback_cause(x, lang: str) -> str:
    contracts = text("contracts", lang, value="、".join(x.contracts)) if x.contracts else ""
    return text("clawback_cause", lang, date=x.date.isoformat(), reason=x.reason,
                contracts=contracts, from_deferral=money_display(x.from_deferral),
                from_pay=money_display(x.from_pay))


def _table(rows: list[list], shaded: list[int]) -> Table:
    for row in rows[1:]:
        row[0] = cell(row[0], 48 * mm)
        row[1] = cell(row[1], 98 * mm, 8)
    t = Table(rows, colWidths=[48 * mm, 98 * mm, 34 * mm])
    st = table_style(8.5, right_cols=(2,))
    st.add("FONT", (1, 1), (1, -1), fonts.register(), 8)
    for r in shaded:
        st.add("BACKGROUND", (0, r), (-1, r), SHADE)
    t.setStyle(st)
    return t


def deferral_section(s: StaffPay, lang: str) -> list:
    """The section's flowables, or nothing when the run neither defers nor claws back."""
    if not has_deferral(s):
        return []
    rows: list[list] = [[text(k, lang) for k in ("item", "cause", "amount")]]
    for x in s.clawback_lines:
        rows.append([text("clawback", lang), _clawback_cause(x, lang), money_display(x.amount)])
    rows.append([text("net", lang), "", money_display(s.net)])
    dues = "、".join(quarter_text(p.due, lang) for p in s.new_parts)
    parts = "、".join(money_display(p.amount) for p in s.new_parts)
    rows.append([text("deferred", lang),
                 text("deferred_cause", lang, n=len(s.new_parts), dues=dues, parts=parts)
                 if s.new_parts else "", money_display(s.deferred)])
    released = [m for m in s.part_moves if m.kind == "release"]
    rows.append([text("released", lang),
                 "、".join(text("released_cause", lang, origin=quarter_text(m.origin, lang)) + " "
                          + money_display(m.amount) for m in released),
                 money_display(s.released)])
    rows.append([text("paid", lang), "", money_display(s.paid)])
    shaded = [len(rows) - 1]
    rows.append([text("balance", lang), "", money_display(s.deferred_balance)])
    return [Paragraph(fonts.markup(text("sec_deferral", lang)), heading_style()),
            _table(rows, shaded)]


def reopened_section(run, s: StaffPay, lang: str) -> list:
    """For a reopened quarter's new version: the replaced version's 实发, this one's, and the
    difference to pay out or take back."""
    replaced = getattr(run, "replaced", None)
    if replaced is None:
        return []
    old = replaced.for_staff(s.staff_no)
    diff = difference(old, s)
    rows = [[text(k, lang) for k in ("item", "cause", "amount")],
            [text("old_paid", lang), "", money_display(old.paid if old else ZERO)],
            [text("new_paid", lang), "", money_display(s.paid)],
            [text("top_up" if diff >= 0 else "take_back", lang), difference_text(diff, lang),
             money_display(abs(diff))]]
    title = text("sec_reopened", lang, old=getattr(run, "replaced_version", "") or "",
                 new=getattr(run, "version", ""))
    return [Paragraph(fonts.markup(title), heading_style()), _table(rows, [3])]
