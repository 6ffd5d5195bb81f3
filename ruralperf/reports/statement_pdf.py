"""The per-staff quarterly statement (绩效工资明细表), A4 portrait.

`statement_pdf(run, staff_no, branch, lang)` returns one statement as PDF bytes;
`statements_pdf(run, branch, lang)` returns every statement of the run in one file for printing
(page numbers restart for each staff member). `run` is a stored pay run (anything with
`.result`, `.label`, `.status`, `.computed_at`, e.g. `Workspace.stored_pay_run(...)`).
"""
from __future__ import annotations

from typing import Iterable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table

from ruralperf.domain.money import D, ZERO, money_display, ratio_percent, round4
from ruralperf.domain.results import ALL_KEYS, INDICATORS, OUTSIDE_CAP, StaffPay
from ruralperf.i18n import finding_text
from ruralperf.reports import fonts
from ruralperf.reports import statement_deferral as deferral
from ruralperf.reports.cn_amount import cn_capital
from ruralperf.reports.labels import COMPONENTS, INDICATORS as INDICATOR_NAMES, en, label, \
    pick, quarter_text, run_mark, run_status_text
from ruralperf.reports.pdf_common import (MUTED, SHADE, Section, SectionInfo, build_pdf, cell,
                                          heading_style, para, table_style)
from ruralperf.reports.statement_appendix import appendix, signed
from ruralperf.reports.statement_extras import (StatementExtras, history_table, signatures,
                                                sources_flowables)
from ruralperf.reports.verification import run_statement_code

WIDTH = 180 * mm  # A4 width less 15 mm margins


class StaffNotInRun(KeyError):
    """The pay run has no such staff member."""


def _factor(result, s: StaffPay, key: str, lang: str = "zh_CN") -> tuple[str, str]:
    """(factor shown, note) applied to a component's base, from the parameters the engine used
    (`PayRunResult.parameters_used`)."""
    if key != "floating":
        return ratio_percent(s.p), ""
    cap = result.used("floating.completion_cap")
    factor = min(s.p, cap)
    note = label("p_capped", lang, cap=ratio_percent(cap)) if s.p > cap else ""
    if result.used("composite.floating_twice"):
        return f"{ratio_percent(factor)} × {ratio_percent(s.p)}", \
            (note + ("; " if en(lang) else "；") if note else "") + label("p_twice", lang)
    return ratio_percent(factor), note


def _p_effect(s: StaffPay, key: str, lang: str) -> str:
    """What the composite completion rate did to a component: "少计 232.25" / "多计 …"."""
    change = s.assessed.get(key, ZERO) - s.base.get(key, ZERO)
    if not change:
        return ""
    return label("p_less" if change < 0 else "p_more", lang, amount=money_display(abs(change)))


def _note(result, s: StaffPay, key: str, lang: str) -> str:
    parts = [_factor(result, s, key, lang)[1], _p_effect(s, key, lang)]
    if key in OUTSIDE_CAP:
        parts.append(label("outside_cap", lang))
    if any(x.flag == "committee" for x in s.details.get(key, ())):
        parts.append(label("committee", lang))
    return ("; " if en(lang) else "；").join(p for p in parts if p)


def _cap_cause(s: StaffPay, lang: str) -> str:
    """The cap reduction as a worked line: in-cap total − cap = reduction."""
    cap = s.quarter_cap  # None exactly when s.cap is
    if s.cap is None or cap is None:
        return label("cap_none", lang)
    outside = [pick(COMPONENTS, k, lang) for k in sorted(OUTSIDE_CAP)]
    in_cap = sum((v for k, v in s.assessed.items() if k not in OUTSIDE_CAP), ZERO)
    excluded = label("cap_excluded", lang, names=(", " if en(lang) else "、").join(outside))
    months = s.cap_months
    if s.cap_reduction and in_cap - cap == s.cap_reduction:
        return label("cap_worked", lang, in_cap=money_display(in_cap), cap=money_display(s.cap),
                     months=months, reduction=money_display(s.cap_reduction)) + excluded
    if not s.cap_reduction and in_cap <= cap:
        return label("cap_within", lang, in_cap=money_display(in_cap), cap=money_display(s.cap),
                     months=months, quarter_cap=money_display(cap)) + excluded
    return f"{label('cap', lang)} {money_display(s.cap)}{excluded}"


def _info_table(run, s: StaffPay, branch: tuple[str, str], code: str, lang: str) -> Table:
    quarter = run.result.quarter
    period = f"{quarter_text(quarter, lang)}（{quarter.start} 至 {quarter.end_date}）" \
        if not en(lang) else f"{quarter_text(quarter, lang)} ({quarter.start} to {quarter.end_date})"
    computed = getattr(run, "computed_at", None)
    run_text = run_status_text(run, lang) + (f" {computed:%Y-%m-%d %H:%M}" if computed else "")
    lab = [cell(label(k, lang), 24 * mm) for k in ("branch", "quarter", "staff_no", "name",
                                                  "position", "coefficient", "run", "code")]
    value = 66 * mm
    branch_text = f"{branch[1]} ({branch[0]})" if en(lang) else f"{branch[1]}（{branch[0]}）"
    rows = [
        [lab[0], cell(branch_text, value), lab[1], cell(period, value)],
        [lab[2], cell(s.staff_no, value), lab[3], cell(s.name, value, 10)],
        [lab[4], cell(s.position, value), lab[5], format(s.coefficient.normalize(), "f")],
        [lab[6], cell(run_text, value), lab[7], code],
    ]
    t = Table(rows, colWidths=[24 * mm, 66 * mm, 24 * mm, 66 * mm])
    st = table_style(8.5, header_rows=0)
    st.add("BACKGROUND", (0, 0), (0, -1), SHADE)
    st.add("BACKGROUND", (2, 0), (2, -1), SHADE)
    st.add("FONT", (3, 1), (3, 1), fonts.register(), 10)
    t.setStyle(st)
    return t


def _indicator_table(s: StaffPay, lang: str) -> Table:
    header = [label(k, lang) for k in ("indicator", "weight", "target", "actual", "completion",
                                       "weighted")]
    rows: list[list] = [header]
    if not s.indicators:
        rows.append([cell(label("no_targets", lang), WIDTH), "", "", "", "", ""])
    for key in INDICATORS:
        ind = s.indicators.get(key)
        if ind is None:
            continue
        if ind.integer:
            target, actual = str(int(ind.target)), str(int(ind.actual))
        else:
            target, actual = money_display(ind.target), money_display(ind.actual)
        rows.append([pick(INDICATOR_NAMES, key, lang), format(ind.weight.normalize(), "f"),
                     target, actual, ratio_percent(ind.completion),
                     ratio_percent(round4(ind.weight * ind.completion))])
    rows.append([label("composite", lang), "", "", "", "", ratio_percent(s.p)])
    t = Table(rows, colWidths=[36 * mm, 18 * mm, 34 * mm, 34 * mm, 26 * mm, 32 * mm])
    st = table_style(8.5, right_cols=(1, 2, 3, 4, 5))
    st.add("SPAN", (0, -1), (4, -1))
    st.add("BACKGROUND", (0, -1), (-1, -1), SHADE)
    if not s.indicators:
        st.add("SPAN", (0, 1), (-1, 1))
    t.setStyle(st)
    return t


def _component_table(result, s: StaffPay, lang: str) -> Table:
    header = [label(k, lang) for k in ("component", "base", "factor", "assessed", "note")]
    rows: list[list] = [header]
    for key in ALL_KEYS:
        factor, note = _factor(result, s, key, lang)[0], _note(result, s, key, lang)
        rows.append([cell(pick(COMPONENTS, key, lang), 40 * mm),
                     money_display(s.base.get(key, ZERO)), factor,
                     money_display(s.assessed.get(key, ZERO)), cell(note, 42 * mm, 7.5)])
    total_base = sum((s.base.get(k, ZERO) for k in ALL_KEYS), ZERO)
    total = sum((s.assessed.get(k, ZERO) for k in ALL_KEYS), ZERO)
    rows.append([label("total_assessed", lang), money_display(total_base), "",
                 money_display(total), ""])
    t = Table(rows, colWidths=[40 * mm, 34 * mm, 30 * mm, 34 * mm, 42 * mm])
    st = table_style(8.5, right_cols=(1, 2, 3))
    st.add("FONT", (4, 1), (4, -1), fonts.register(), 7.5)
    st.add("TEXTCOLOR", (4, 1), (4, -1), MUTED)
    st.add("BACKGROUND", (0, -1), (-1, -1), SHADE)
    t.setStyle(st)
    return t


def _ledger_table(s: StaffPay, lang: str) -> Table:
    rows: list[list] = [[label(k, lang) for k in ("item", "cause", "amount")]]
    total = sum((s.assessed.get(k, ZERO) for k in ALL_KEYS), ZERO)
    shaded = []
    rows.append([label("total_assessed", lang), "", money_display(total)])
    rows.append([label("cap_reduction", lang), _cap_cause(s, lang),
                 money_display(s.cap_reduction)])
    rows.append([label("gross", lang), "", money_display(s.gross)])
    shaded.append(len(rows) - 1)
    if not s.penalty_lines:
        rows.append([label("penalty", lang), label("none", lang), money_display(ZERO)])
    for line in s.penalty_lines:
        values = dict(line.inputs)
        cause = label("penalty_cause", lang, household=values.get("household", ""),
                      contracts=values.get("contracts", ""),
                      lapse=values.get("lapse_dates", ""), restorer=values.get("restorer", ""),
                      amount=money_display(D(values.get("group_amount") or "0")),
                      responsible=values.get("responsible", ""), dates=values.get("dates", ""))
        rows.append([label("penalty", lang), cause, money_display(line.amount)])
    rows.append([label("carried_in", lang),
                 label("carried_in_cause", lang) if s.carried_in else label("none", lang),
                 money_display(s.carried_in)])
    if not s.adjustment_lines:
        rows.append([label("adjustment", lang), label("none", lang), money_display(ZERO)])
    for amount, reason in s.adjustment_lines:
        rows.append([label("adjustment", lang), reason, signed(amount)])
    rows += deferral.clawback_rows(s, lang)
    net_before = s.gross - s.sol_penalty - s.carried_in + s.adjustments - s.clawback_from_pay
    formula = (f"{money_display(s.gross)} − {money_display(s.sol_penalty)} − "
               f"{money_display(s.carried_in)} {'+' if s.adjustments >= 0 else '−'} "
               f"{money_display(abs(s.adjustments))}")
    if s.clawback_from_pay:
        formula += f" − {money_display(s.clawback_from_pay)}"
    rows.append([label("net_before", lang), formula, money_display(net_before)])
    if s.carry_to_next:
        rows.append([label("carry_to_next", lang),
                     label("carry_note", lang, amount=money_display(s.carry_to_next)),
                     money_display(s.carry_to_next)])
    # with deferral, `net` is not what is paid out: the deferral section ends with 实发
    rows.append([deferral.text("net", lang) if s.deferred or s.released else label("net", lang),
                 "", money_display(s.net)])
    shaded.append(len(rows) - 1)
    for row in rows[1:]:
        row[0] = cell(row[0], 40 * mm)
        row[1] = cell(row[1], 106 * mm, 8)
    t = Table(rows, colWidths=[40 * mm, 106 * mm, 34 * mm])
    st = table_style(8.5, right_cols=(2,))
    st.add("FONT", (1, 1), (1, -1), fonts.register(), 8)
    for r in shaded:
        st.add("BACKGROUND", (0, r), (-1, r), SHADE)
    t.setStyle(st)
    return t


def _net_box(s: StaffPay, lang: str) -> Table:
    """实发 (`paid`, DOMAIN.md 5.3 step 6: `net` unless deferral applies) in figures and words."""
    words = ("人民币" if not en(lang) else "RMB ") + cn_capital(s.paid)
    rows = [[label("net_figures", lang), f"¥{money_display(s.paid)}"],
            [label("net_words", lang), para(words, 11)]]
    t = Table(rows, colWidths=[40 * mm, 140 * mm])
    st = table_style(11, header_rows=0)
    st.add("BACKGROUND", (0, 0), (0, -1), SHADE)
    st.add("BOX", (0, 0), (-1, -1), 1.2, MUTED)
    st.add("TOPPADDING", (0, 0), (-1, -1), 4)
    st.add("BOTTOMPADDING", (0, 0), (-1, -1), 5)
    t.setStyle(st)
    return t


def statement_story(run, s: StaffPay, branch: tuple[str, str], lang: str = "zh_CN",
                    extras: StatementExtras | None = None) -> list:
    """The flowables of one statement, starting with its page-numbering section. Raises
    fonts.MissingGlyph naming the staff member if a character of it cannot be printed.
    `extras`: previous quarter and year to date, display names, pay date, seal area."""
    try:
        return _statement_story(run, s, branch, lang, extras)
    except fonts.MissingGlyph as exc:
        if exc.code != "glyph_missing":
            raise
        raise exc.for_person(s.staff_no, s.name) from None


def _statement_story(run, s: StaffPay, branch: tuple[str, str], lang: str,
                     extras: StatementExtras | None) -> list:
    code = run_statement_code(run, branch[0], s)
    mark, note = run_mark(getattr(run, "status", "draft"), lang)
    title = label("statement_title", lang)
    info = SectionInfo(
        header=f"{title} · {quarter_text(run.result.quarter, lang)} · {s.staff_no} {s.name}",
        footer_left=f"{label('run', lang)} {run_status_text(run, lang)} · {label('code', lang)} {code}",
        footer_center=f"{branch[1]} · {s.staff_no} {s.name}",
        draft_mark=mark,
        page_label=lambda page, pages: label("page", lang, page=page, pages=pages),
        continued=label("continued", lang), blank=label("blank_page", lang),
        extra={"person": (s.staff_no, s.name)})
    heading = heading_style()
    story: list = [Section(info), para(title, 16, "center"), Spacer(1, 1 * mm),
                   para(quarter_text(run.result.quarter, lang), 10, "center", MUTED),
                   Spacer(1, 3 * mm), _info_table(run, s, branch, code, lang)]
    if note:
        story += [Spacer(1, 1.5 * mm), para(note, 7.5, color=MUTED)]
    story += [Paragraph(fonts.markup(label("sec_indicators", lang)), heading),
              _indicator_table(s, lang),
              Paragraph(fonts.markup(label("sec_components", lang)), heading),
              _component_table(run.result, s, lang),
              Paragraph(fonts.markup(label("sec_deductions", lang)), heading),
              _ledger_table(s, lang)]
    story += deferral.deferral_section(s, lang)
    story += [Spacer(1, 2.5 * mm), _net_box(s, lang)]
    story += deferral.reopened_section(run, s, lang)
    if s.errors or s.warnings:
        story.append(Paragraph(fonts.markup(label("sec_findings", lang)), heading))
        for key, findings in (("errors", s.errors), ("warnings", s.warnings)):
            if findings:
                story.append(para(label(key, lang) + ("：" if not en(lang) else ":"), 8))
                story += [para(f"· {finding_text(f, lang)}", 8) for f in findings]
    story += [KeepTogether([Paragraph(fonts.markup(label("sec_history", lang)), heading),
                            history_table(run, s, extras, lang)]),
              KeepTogether([Spacer(1, 1 * mm), signatures(extras, lang)])]
    story += appendix(s, lang)
    story += sources_flowables(s, extras, lang)
    return story


def _staff(run, staff_no: str) -> StaffPay:
    s = run.result.for_staff(staff_no)
    if s is None:
        raise StaffNotInRun(staff_no)
    return s


def statement_pdf(run, staff_no: str, branch: tuple[str, str], lang: str = "zh_CN",
                  extras: StatementExtras | None = None) -> bytes:
    """One staff member's statement as PDF bytes."""
    s = _staff(run, staff_no)
    return build_pdf(statement_story(run, s, branch, lang, extras), A4,
                     title=f"{label('statement_title', lang)} {run.label} {s.staff_no} {s.name}")


def statements_pdf(run, branch: tuple[str, str], lang: str = "zh_CN",
                   staff_nos: Iterable[str] | None = None, *, duplex: bool = False,
                   copies: int = 1, extras: StatementExtras | None = None) -> bytes:
    """Several statements in one PDF (for printing); each starts on a new page. `copies` of
    each person's statement follow one another; with `duplex` every statement (every copy) is
    padded with a blank page to an even page count, so no sheet carries two people."""
    chosen = [_staff(run, n) for n in staff_nos] if staff_nos is not None else list(run.result.staff)
    story: list = []
    for s in chosen:
        for _copy in range(max(1, copies)):
            if story:
                story.append(PageBreak())
            story += statement_story(run, s, branch, lang, extras)
    return build_pdf(story, A4, title=f"{label('statement_title', lang)} {run.label}",
                     duplex=duplex)
