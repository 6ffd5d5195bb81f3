"""A column of a data view as exported to .xlsx (Workspace.browse.export): the row's key, the
heading shown on the page and how its values are written."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExportColumn:
    key: str  # the row-dict key of Browse.page
    header: str  # as shown on the page (in the user's language)
    kind: str  # text | money | date | int | enum | decimal | share | month | quarter
