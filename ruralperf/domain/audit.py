"""What the audit trail viewer asks for (Workspace.audit_view): entries by user, table, action,
dates and a text searched in the record key and the source."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class AuditFilter:
    user: str | None = None
    table: str | None = None
    action: str | None = None
    since: date | None = None
    until: date | None = None
    text: str = ""  # searched in the record key and the source (and a bulk entry's keys)
