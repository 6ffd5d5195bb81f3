"""Reading the audit trail: filtered, paged in the database, and exported to .xlsx."""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import and_, func, or_, select

from ruralperf.db import models as m
from ruralperf.db.engine import read_session
from ruralperf.db.repository import contains_pattern
from ruralperf.domain.audit import AuditFilter
from ruralperf.security.audit_bulk import BULK, covering
from ruralperf.security.privacy import mask_in_json

COLUMNS = ("seq", "at", "user", "source", "action", "table_name", "record_key", "old_values",
           "new_values")
HEADERS_ZH = ("序号", "时间", "用户", "来源", "操作", "表", "记录", "原值", "新值")
HEADERS_EN = ("No.", "Time", "User", "Source", "Action", "Table", "Record", "Old values",
              "New values")


def _when(at: str):
    """An entry's time as a datetime (a date cell in the export), or the text if it is odd."""
    try:
        return datetime.fromisoformat(at)
    except (TypeError, ValueError):
        return at


class AuditView:
    def __init__(self, ws):
        self.ws = ws

    def _query(self, f: AuditFilter):
        t = m.AuditRow.__table__
        q = select(*(t.c[c] for c in COLUMNS))
        if f.user:
            q = q.where(t.c.user == f.user)
        if f.table:
            q = q.where(t.c.table_name == f.table)
        if f.action:
            q = q.where(t.c.action == f.action)
        if f.since:
            q = q.where(t.c.at >= f.since.isoformat())
        if f.until:
            q = q.where(t.c.at < (f.until + timedelta(days=1)).isoformat())
        if f.text.strip():
            like = contains_pattern(f.text.strip())
            q = q.where(or_(t.c.record_key.like(like, escape="\\"),
                            t.c.source.like(like, escape="\\"),
                            and_(t.c.action == BULK, t.c.new_values.like(like, escape="\\"))))
        return q

    def page(self, f: AuditFilter = AuditFilter(), offset: int = 0, limit: int = 200
             ) -> tuple[list[dict], int]:
        """Newest first."""
        self.ws.authorize("audit")
        q = self._query(f)
        with read_session(self.ws.engine) as s:
            total = s.scalar(select(func.count()).select_from(q.subquery())) or 0
            rows = [dict(r._mapping) for r in
                    s.execute(q.order_by(m.AuditRow.seq.desc()).offset(offset).limit(limit))]
        if not self.ws.reveal_id_numbers():
            for row in rows:
                row["old_values"] = mask_in_json(row["old_values"])
                row["new_values"] = mask_in_json(row["new_values"])
        return rows, total

    def history(self, table: str, key: str) -> list[dict]:
        """Every entry about one record, oldest first: its own entries and the bulk import
        entries whose key ranges inserted it (security.audit_bulk): who changed the row,
        when, from which file."""
        self.ws.authorize("audit")
        t = m.AuditRow.__table__
        with read_session(self.ws.engine) as s:
            seqs = covering(s, table, key)
            q = select(*(t.c[c] for c in COLUMNS)).where(or_(
                and_(t.c.table_name == table, t.c.record_key == key), t.c.seq.in_(seqs)))
            rows = [dict(r._mapping) for r in s.execute(q.order_by(t.c.seq))]
        if not self.ws.reveal_id_numbers():
            for row in rows:
                row["old_values"] = mask_in_json(row["old_values"])
                row["new_values"] = mask_in_json(row["new_values"])
        return rows

    def choices(self) -> dict[str, list[str]]:
        """Distinct users, tables and actions, for the viewer's filter boxes."""
        self.ws.authorize("audit")
        t = m.AuditRow.__table__
        with read_session(self.ws.engine) as s:
            return {c: [v for v in s.scalars(select(t.c[c]).distinct().order_by(t.c[c]))]
                    for c in ("user", "table_name", "action")}

    def export_xlsx(self, path: Path, f: AuditFilter = AuditFilter(), lang: str = "zh_CN") -> int:
        """All entries matching the filter, as text cells that never become formulas."""
        from openpyxl import Workbook

        from ruralperf.io.xlsx_safe import fit_columns, set_widths, style_header, write_row

        self.ws.authorize("audit")
        wb = Workbook(write_only=False)
        sheet = wb.active
        sheet.title = "审计日志" if not lang.startswith("en") else "Audit trail"
        write_row(sheet, 1, HEADERS_EN if lang.startswith("en") else HEADERS_ZH)
        style_header(sheet[1])
        sheet.freeze_panes = "A2"
        n = 0
        mask = (lambda v: v) if self.ws.reveal_id_numbers() else mask_in_json
        with read_session(self.ws.engine) as s:
            for r in s.execute(self._query(f).order_by(m.AuditRow.seq)).yield_per(5000):
                n += 1
                write_row(sheet, n + 1, [r.seq, _when(r.at), r.user, r.source, r.action,
                                         r.table_name, r.record_key, mask(r.old_values) or "",
                                         mask(r.new_values) or ""],
                          [None, "yyyy-mm-dd hh:mm:ss"] + [None] * 7)
        set_widths(sheet, (8, 20, 12, 24, 10, 16, 24, 50, 50))
        fit_columns(sheet, 1, maximum=80)
        wb.save(path)
        self.ws.record_export("audit", path, n)
        return n
