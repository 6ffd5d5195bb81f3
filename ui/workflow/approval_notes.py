"""What the approver must see before approving: the open findings the committee decides
(restorations in the committee tier: the reward is entered as an adjustment, DOMAIN.md 7.4)."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ruralperf.i18n import current_lang, finding_text


def committee_findings(result) -> list[tuple[str, object]]:
    """(who, finding) for every warning whose code names the committee, staff order first."""
    found = [(f"{pay.staff_no} {pay.name}", f) for pay in result.staff for f in pay.warnings
             if "committee" in f.code]
    found += [("", f) for f in result.warnings if "committee" in f.code]
    return found


def committee_html(result) -> str:
    """The committee's open items as a list for the approve dialog ("" when there are none)."""
    found = committee_findings(result)
    if not found:
        return ""
    lang = current_lang()
    sep = ": " if lang == "en" else "："
    items = "".join(f"<li>{escape(who + sep if who else '')}{escape(finding_text(f, lang))}</li>"
                    for who, f in found)
    head = QCoreApplication.translate(
        "ApprovalNotes", "须由考核委员会决定的事项（%1 项），审批前请确认已按委员会的决定录入调整：") \
        .replace("%1", str(len(found)))
    return f"<p><b>{escape(head)}</b></p><ul>{items}</ul>"
