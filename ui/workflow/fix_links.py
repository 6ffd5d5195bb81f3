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
}


def fix_target(finding: Finding, staff_no: str = "") -> tuple[str, str] | None:
    """(page key, record key) for a finding, or None when no page can fix it."""
    page = _PAGES.get(finding.code)
    if page is None:
        return None
    if page == "loans":
        return page, finding.subject or finding.param("contract")
    if page == "parameters":
        return page, {"npl_rate_not_configured": "npl_recovery.rate",
                      "floating_not_configured": "floating.base_monthly"}[finding.code]
    return page, finding.param("staff_no") or staff_no
