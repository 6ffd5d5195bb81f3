"""Paged, sorted and filtered listing of the branch's records, executed by the database.

    rows, total = ws.browse.page("loans", search="zw", sort="amount", descending=True,
                                 offset=0, limit=200)

Rows are plain dicts of domain values (Decimal amounts, `date`s, enum identifiers) with the
record's `id`. Searching matches every word of the search text (contains, case-insensitive)
against the table's number, name and pinyin-initials columns; a record matches when each word
is found in one of them. Filters are equality (a list or tuple means "one of"; None means
empty). Sorting uses the column's sort expression and the record id as a tie-breaker, so pages
never overlap. Nothing here imports Qt; call it from the UI's background worker.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Iterator

from sqlalchemy import and_, func, literal, or_, select, tuple_

from ruralperf.db import periods
from ruralperf.db.engine import read_session
from ruralperf.db.repository import contains_pattern
from ruralperf.security.privacy import mask_id_number
from ruralperf.domain.parameters import BUILTIN_FROM, CAP_PREFIX, DEFINITIONS, ParameterBook, \
    definition
from ruralperf.domain.periods import Quarter
from ruralperf.security.permissions import reads_only_own
from ruralperf.services.record_tables import TABLES, TableDef

MAX_LIMIT = 10_000


class Browse:
    def __init__(self, ws):
        self.ws = ws

    # -- the generic listing ----------------------------------------------------------------
    @staticmethod
    def table(table_key: str) -> TableDef:
        try:
            return TABLES[table_key]
        except KeyError:
            raise KeyError(f"unknown table {table_key!r}") from None

    @staticmethod
    def columns(table_key: str) -> list[tuple[str, str]]:
        """(column key, kind) of a table, in display order."""
        return [(f.key, f.kind) for f in Browse.table(table_key).fields]

    def _visible(self, t: TableDef) -> list:
        """Who may read what (ruralperf.security.permissions): a login, and for a credit
        officer only his own rows of the tables that pay people."""
        user = self.ws.authorize("view")
        clauses = [t.model.branch_id == self.ws.branch_id]
        own = reads_only_own(user, t.key)
        if own:
            clauses.append(getattr(t.model, own) == user.staff_no)
        return clauses

    def _where(self, t: TableDef, search: str, filters: dict | None) -> list:
        clauses = self._visible(t)
        for word in (search or "").split():
            pattern = contains_pattern(word)
            clauses.append(or_(*(expr.ilike(pattern, escape="\\") for expr in t.search)))
        for key, value in (filters or {}).items():
            expr = self._filter_expr(t, key)
            if value is None:
                clauses.append(expr.is_(None))
            elif isinstance(value, (list, tuple, set, frozenset)):
                clauses.append(expr.in_(list(value)))
            else:
                clauses.append(expr == value)
        return clauses

    @staticmethod
    def _filter_expr(t: TableDef, key: str):
        try:
            return t.field(key).expr
        except KeyError:
            columns = t.model.__table__.c
            if key in columns:
                return getattr(t.model, key)
            raise KeyError(f"unknown filter {key!r} for {t.key}") from None

    def _joined(self, t: TableDef, query):
        for target, on in t.joins:
            query = query.outerjoin(target, on())
        return query

    def _count(self, s, t: TableDef, search: str, filters: dict | None) -> int:
        query = select(func.count()).select_from(t.model)
        if search.strip() or filters:
            query = self._joined(t, query)
        return s.scalar(query.where(and_(*self._where(t, search, filters)))) or 0

    def count(self, table_key: str, *, search: str = "", filters: dict | None = None) -> int:
        t = self.table(table_key)
        with read_session(self.ws.engine) as s:
            return self._count(s, t, search or "", filters)

    @staticmethod
    def keyset_column(t: TableDef, sort: str | None):
        """The sort field's column when a page can start after the previous page's last row
        (keyset paging, issue 22): a non-null column of the table itself, ordered by itself,
        nothing ordered between it and the id; else None (OFFSET paging)."""
        f = t.field(sort or t.default_sort)
        columns = t.model.__table__.c
        if f.sort is not None or t.then or f.key not in columns or columns[f.key].nullable \
                or getattr(t.model, f.key) is not f.expr:
            return None
        return f.expr

    def _select(self, t: TableDef, search: str, filters, sort: str | None, descending: bool,
                after: tuple | None = None):
        sort_field = t.field(sort or t.default_sort)
        if sort is None:
            descending = t.default_descending
        order = sort_field.order_expr
        query = select(t.model.id.label("id"), *(f.expr.label(f.key) for f in t.fields))
        query = self._joined(t, query.select_from(t.model))
        query = query.where(and_(*self._where(t, search, filters)))
        if after is not None:
            value, row_id = after
            key = tuple_(order, t.model.id)
            start = tuple_(literal(value, order.type), literal(row_id, t.model.id.type))
            query = query.where(key < start if descending else key > start)
        then = [t.field(k).order_expr.asc() for k in t.then if k != sort_field.key]
        tie = t.model.id.desc() if descending else t.model.id.asc()
        return query.order_by(order.desc() if descending else order.asc(), *then, tie)

    def page(self, table_key: str, *, search: str = "", filters: dict | None = None,
             sort: str | None = None, descending: bool = False, offset: int = 0,
             limit: int = 200, with_total: bool = True, guarantees: bool = True,
             after: dict | None = None) -> tuple[list[dict], int]:
        """One page of rows and the number of rows matching (-1 when `with_total` is false).
        A loan's `guarantees` is a GuaranteeCell, or its bare count when `guarantees` is
        false (skips computing the statuses). `after`: the previous page's last row; the page
        then starts right after it through the sort column's index where it has one (keyset
        paging: the same rows as `offset`, without reading the rows before)."""
        t = self.table(table_key)
        limit = max(1, min(int(limit), MAX_LIMIT))
        column = self.keyset_column(t, sort) if after is not None else None
        key = (after[(sort or t.default_sort)], after["id"]) \
            if column is not None and after is not None else None
        query = self._select(t, search or "", filters, sort, descending, key)
        if key is None:
            query = query.offset(max(0, int(offset)))
        with read_session(self.ws.engine) as s:
            rows = [dict(r._mapping) for r in s.execute(query.limit(limit))]
            total = self._count(s, t, search or "", filters) if with_total else -1
        if rows and "id_number" in rows[0] and not self.ws.reveal_id_numbers():
            for row in rows:
                row["id_number"] = mask_id_number(row["id_number"])
        if table_key == "loans" and guarantees:
            self._with_guarantees(rows)
        return rows, total

    def _with_guarantees(self, rows: list[dict]) -> None:
        """The 担保 cell of each guaranteed loan: the guarantors and the worst status of their
        guarantee periods today (loan_guarantees.GuaranteeCell); None without guarantees."""
        from ruralperf.services.loan_guarantees import guarantee_cells

        wanted = {r["contract_no"] for r in rows if r.get("guarantees")}
        cells = guarantee_cells(self.ws.engine, self.ws.branch_id, wanted, date.today()) \
            if wanted else {}
        for row in rows:
            row["guarantees"] = cells.get(row["contract_no"])

    def iter_rows(self, table_key: str, *, search: str = "", filters: dict | None = None,
                  sort: str | None = None, descending: bool = False,
                  chunk: int = 5000) -> Iterator[list[dict]]:
        """Every matching row, in chunks (for exports)."""
        offset = 0
        while True:
            rows, _ = self.page(table_key, search=search, filters=filters, sort=sort,
                                descending=descending, offset=offset, limit=chunk,
                                with_total=False)
            if rows:
                yield rows
            if len(rows) < chunk:
                return
            offset += len(rows)

    def row(self, table_key: str, row_id: int) -> dict | None:
        t = self.table(table_key)
        rows, _ = self.page(table_key, filters={"id": row_id}, limit=1, with_total=False) \
            if "id" in t.model.__table__.c else ([], 0)
        return rows[0] if rows else None

    def find(self, table_key: str, **keys) -> dict | None:
        """The row with these column values (e.g. contract_no="C1"), or None."""
        rows, _ = self.page(table_key, filters=keys, limit=1, with_total=False)
        return rows[0] if rows else None

    def lookup(self, table_key: str, text: str, limit: int = 20) -> list[dict]:
        """Candidates for a picker: search by number, name or pinyin initials; exact number
        matches first."""
        rows, _ = self.page(table_key, search=text, limit=limit, with_total=False,
                            guarantees=False)
        key = self.table(table_key).fields[0].key
        text = (text or "").strip().lower()
        return sorted(rows, key=lambda r: (str(r[key]).lower() != text,
                                           not str(r[key]).lower().startswith(text)))

    def distinct(self, table_key: str, column: str, descending: bool = True) -> list[Any]:
        """Distinct values of a column (e.g. the months that have ledgers), for filter lists."""
        t = self.table(table_key)
        expr = t.field(column).expr
        with read_session(self.ws.engine) as s:
            query = select(expr).where(*self._visible(t)).distinct()
            return list(s.scalars(query.order_by(expr.desc() if descending else expr)))

    # -- targets grid and parameter histories -------------------------------------------------
    def newest_targets_quarter(self) -> Quarter | None:
        """The newest quarter with targets entered (that the user may read), or None."""
        newest = max(self.distinct("targets", "quarter"), default=None)
        return periods.quarter_of(newest) if newest else None

    def targets_grid(self, quarter: Quarter) -> list[dict]:
        """Every staff member with their targets for the quarter (None where not entered)."""
        staff, _ = self.page("staff", limit=MAX_LIMIT, with_total=False)
        entered, _ = self.page("targets", filters={"quarter": periods.code(quarter)}, limit=MAX_LIMIT,
                               with_total=False)
        by_staff = {r["staff_no"]: r for r in entered}
        out = []
        for st in staff:
            row = {"staff_no": st["staff_no"], "staff_name": st["name"],
                   "position": st["position"]}
            t = by_staff.get(st["staff_no"])
            for key in ("interest", "deposit", "npl", "intermediate", "quality"):
                row[key] = t[key] if t else None
            row["id"] = t["id"] if t else None
            out.append(row)
        return out

    def parameter_keys(self, on: date | None = None) -> list[dict]:
        """Every parameter key (built-in ones, caps of existing positions, any stored key) with
        its value in force on `on` and the date it took effect."""
        on = on or date.today()
        stored, _ = self.page("parameters", limit=MAX_LIMIT, with_total=False)
        positions = self.distinct("staff", "position", descending=False)
        from ruralperf.domain.entities import ParameterValue

        book = ParameterBook(ParameterValue(r["key"], r["value"], r["effective_from"])
                             for r in stored)
        keys = list(DEFINITIONS) + sorted({CAP_PREFIX + p for p in positions}
                                          | {r["key"] for r in stored} - set(DEFINITIONS))
        out = []
        for key in keys:
            spec = definition(key)  # None only for a stored key no longer defined: it has a history
            history = book.history(key) or [(BUILTIN_FROM, spec.default if spec else "")]
            current = [h for h in history if h[0] <= on]
            since, value = current[-1] if current else (None, "")
            out.append({"key": key, "label_zh": spec.label_zh if spec else key,
                        "label_en": spec.label_en if spec else key, "value": value,
                        "since": None if since == BUILTIN_FROM else since,
                        "changes": sum(1 for r in stored if r["key"] == key)})
        return out

    def parameter_history(self, key: str) -> list[dict]:
        """The dated values of a key, the built-in default first (id None, builtin True)."""
        spec = definition(key)
        out = [{"id": None, "key": key, "effective_from": None, "builtin": True,
                "value": spec.default if spec else ""}]
        rows, _ = self.page("parameters", filters={"key": key}, sort="effective_from",
                            limit=MAX_LIMIT, with_total=False)
        out += [{**r, "builtin": False} for r in rows]
        return out

    # -- one loan ----------------------------------------------------------------------------
    def loan_detail(self, contract_no: str, as_of: date | None = None):
        """Everything about one loan for the detail pane (see loan_detail.LoanDetail)."""
        from ruralperf.services.loan_detail import load_loan_detail

        return load_loan_detail(self.ws, contract_no, as_of or date.today())

    def export(self, table_key: str, path, columns: list, **options) -> int:
        """Every row of the view (search, filters, sort as on the page) written to an .xlsx at
        `path` as `columns` (domain.exports.ExportColumn), the export recorded; returns the
        number of rows. Options: see `services.export.export_view` (progress, cancelled: then
        errors.ExportCancelled)."""
        from ruralperf.services.export import export_view

        return export_view(self.ws, table_key, path, columns, **options)
