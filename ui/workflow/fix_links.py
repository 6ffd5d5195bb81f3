"""Where the user fixes what a finding reports: a page key and a record to focus."""
from __future__ import annotations

from ruralperf.domain.results import Finding

_PAGES = {
    "targets_missing": "targets",
    "deposit_missing": "deposits",
    "committee": "adjustments",
    "npl_rate_not_configured": "parameters",
    "floating_not_configured": "parameters",
    "restorer_not_manager": "loans",
    "no_credits": "loans",
    "calendar_missing": "holidays",  # the year to enter
}


def fix_target(finding: Finding, staff_no: str = "") -> tuple[str, str] | None:
    """(page key, record key) for a finding, or None when no page can fix it."""
    page = _PAGES.get(finding.code)
    if page is None:
        return None
    if page == "holidays":
        return page, finding.subject
    if page == "loans":
        return page, finding.subject or finding.param("contract")
    if page == "parameters":
        return page, {"npl_rate_not_configured": "npl_recovery.rate",
                      "floating_not_configured": "floating.base_monthly"}[finding.code]
    return page, finding.param("staff_no") or staff_no


def findings_html(findings, lang: str, link_text: str) -> str:
    """Warnings as rich text for a label, each one that a page can fix followed by a link
    whose href is "page:record" (see `follow_link`)."""
    from html import escape

    from ruralperf.i18n import finding_text

    lines = []
    for f in findings:
        line = escape(finding_text(f, lang))
        target = fix_target(f)
        if target is not None:
            line += f' <a href="{escape(target[0])}:{escape(target[1] or "")}">{escape(link_text)} →</a>'
        lines.append(line)
    return "<br>".join(lines)


def follow_link(navigate, href: str) -> None:
    page, _, record = href.partition(":")
    navigate(page, record)
