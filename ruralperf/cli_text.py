"""Readable (non-JSON) command-line output in the user's language."""
from __future__ import annotations

from ruralperf.domain.enums import LimitationStatus
from ruralperf.domain.money import ZERO, money_display, ratio_percent
from ruralperf.domain.records import TABLES_BY_KEY
from ruralperf.domain.results import LimitationReport, PayRunResult
from ruralperf.i18n import finding_text, tr
from ruralperf.reports.labels import guarantee_text


def import_summary(report, lang: str) -> str:
    en = lang.startswith("en")
    total = {k: sum(getattr(c, k) for c in report.counts.values())
             for k in ("inserted", "updated", "unchanged")}
    lines = [tr("import_dry_run" if report.dry_run else "import_done", lang, **total)]
    for key, c in report.counts.items():
        label = key if en or key not in TABLES_BY_KEY else TABLES_BY_KEY[key].zh
        lines.append(f"  {label}: +{c.inserted} ~{c.updated} ={c.unchanged}")
    if not report.changed:
        lines.append(tr("import_no_changes", lang))
    return "\n".join(lines)


def _table(headers: list[str], rows: list[list[str]]) -> str:
    import unicodedata

    def width(s: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)

    widths = [max(width(h), *(width(r[i]) for r in rows)) if rows else width(h)
              for i, h in enumerate(headers)]

    def line(cells):
        return "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, widths)).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *map(line, rows)])


def payrun_table(result: PayRunResult, lang: str) -> str:
    en = lang.startswith("en")
    headers = (["staff", "name", "p", "floating", "other", "cap cut", "penalty", "adjust",
                "net", "carry"] if en else
               ["工号", "姓名", "完成率", "浮动工资", "其他绩效", "限额扣减", "时效处罚", "调整",
                "实发", "结转下季"])
    rows = []
    for s in result.staff:
        other = sum((v for k, v in s.assessed.items() if k != "floating"), ZERO)
        rows.append([s.staff_no, s.name, ratio_percent(s.p), money_display(s.assessed["floating"]),
                     money_display(other), money_display(s.cap_reduction),
                     money_display(s.sol_penalty), money_display(s.adjustments),
                     money_display(s.net), money_display(s.carry_to_next)])
    out = [f"{result.quarter}", _table(headers, rows)]
    for s in result.staff:
        for f in s.errors:
            out.append(("ERROR " if en else "错误 ") + f"{s.staff_no}: {finding_text(f, lang)}")
        for f in s.warnings:
            out.append(("warning " if en else "提示 ") + f"{s.staff_no}: {finding_text(f, lang)}")
    for f in result.warnings:
        out.append(("warning: " if en else "提示：") + finding_text(f, lang))
    return "\n".join(out)


def limitation_table(report: LimitationReport, lang: str) -> str:
    en = lang.startswith("en")
    headers = (["contract", "household", "manager", "status", "expiry", "days left", "lapse",
                "responsible", "accountability", "guarantees"] if en else
               ["合同号", "客户号", "管户", "状态", "时效到期日", "剩余天数", "失时效日", "责任人", "追责",
                "担保"])
    rows = [[x.contract_no, x.household_no, x.manager or "",
             x.status if en else LimitationStatus(x.status).zh, str(x.expiry or ""),
             "" if x.days_left is None else str(x.days_left), str(x.lapse_date or ""),
             x.responsible or "", ("yes" if en else "是") if x.accountability else "",
             guarantee_text(x.guarantees, lang)]
            for x in report.loans]
    out = [str(report.as_of), _table(headers, rows)]
    out += [finding_text(f, lang) for f in report.warnings]
    return "\n".join(out)
