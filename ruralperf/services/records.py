"""Entering, editing and deleting records with exactly the import's rules.

A form's values become a one-row sheet with English headers (`ruralperf.io.reader.RawSheet`)
and go through the import's own stages: `parse_workbook` (cells and row rules),
`check_references` (references and the credit rules of DOMAIN.md 6.3, against the database as
it would be after the save) and the upsert of `ruralperf.io.apply`, in one write transaction.
Problems come back as values keyed by sheet, row index and column so a form can show each
message next to its field. A loan is saved with its complete list of credits: credits left
out are deleted in the same transaction. Nothing here imports Qt.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from typing import Any, Iterable

from sqlalchemy.exc import IntegrityError, OperationalError

from ruralperf.db.engine import read_session, write_session
from ruralperf.domain.parameters import ParameterBook, Scheme
from ruralperf.domain.periods import Quarter
from ruralperf.i18n import tr
from ruralperf.io.cells import CellProblem, convert
from ruralperf.io.parse import Parsed, Row, parse_workbook
from ruralperf.io.reader import RawSheet
from ruralperf.io.references import Known, check_references
from ruralperf.io.sheets import SHEETS_BY_KEY, Column
from ruralperf.services import record_write as w
from ruralperf.services.record_results import (CREDIT_CODES, FieldProblem, SaveResult, error,
                                               field_problems)
from ruralperf.services.record_guard import permission_problem
from ruralperf.security.privacy import is_masked, keep_unmasked
from ruralperf.services.record_messages import say

log = logging.getLogger("ruralperf.records")
REFERENCE_CODES = frozenset({"unknown_staff", "unknown_household", "unknown_loan"})


class _Rollback(Exception):
    def __init__(self, result: SaveResult):
        super().__init__("rollback")
        self.result = result


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip() or None
    return value


def raw_sheet(table: str, rows: Iterable[dict]) -> RawSheet:
    """A sheet with English headers (the column keys) and one data row per dict."""
    keys = [c.key for c in SHEETS_BY_KEY[table].columns]
    data = [(i + 2, tuple(_cell(r.get(k)) for k in keys)) for i, r in enumerate(rows)]
    return RawSheet(table, [(1, tuple(keys))] + data)


class Records:
    def __init__(self, ws):
        self.ws = ws

    # -- rules without the database (safe to call as the user types) --------------------------
    @staticmethod
    def columns(table: str) -> tuple[Column, ...]:
        """The record's fields as the import defines them: key, kind, required."""
        return SHEETS_BY_KEY[table].columns

    @staticmethod
    def check_value(table: str, column: str, value: Any) -> str | None:
        """The message for one field's value under the import's cell rules, or None if valid."""
        col = SHEETS_BY_KEY[table].column(column)
        if column == "id_number" and is_masked(value):
            return None  # the stored number, shown masked
        value = _cell(value)
        if value is None:
            return tr("required") if col.required else None
        try:
            convert(value, col.kind)
        except CellProblem as problem:
            return tr(problem.code, **problem.params)
        return None

    def validate(self, table: str, values: dict, *, credits: list[dict] | None = None,
                 scheme: Scheme | None = None) -> list[FieldProblem]:
        """Cell, row and credit rules of a record, as the import applies them; references to
        other records are not looked up (the save does that)."""
        if table == "households" and is_masked(values.get("id_number")):
            values = {**values, "id_number": None}  # shown masked, unchanged: checked on save
        parsed = parse_workbook(self._sheets(table, values, credits))
        if table == "loans" and parsed.errors:
            return [p for p in field_problems(parsed) if p.code not in REFERENCE_CODES] \
                + self._credit_rules_alone(parsed, values, scheme)
        if not parsed.errors and (table == "loans" or table == "credits"):
            known = Known()
            for sheet in parsed.sheets.values():
                for row in sheet.rows:
                    for key in ("staff_no", "manager_no"):
                        if row.values.get(key):
                            known.staff.add(row.values[key])
                    if row.values.get("household_no"):
                        known.households.add(row.values["household_no"])
            check_references(parsed, known, scheme or ParameterBook([]).at(date.today()))
        return [p for p in field_problems(parsed) if p.code not in REFERENCE_CODES]

    @staticmethod
    def _credit_rules_alone(parsed: Parsed, values: dict, scheme: Scheme | None
                            ) -> list[FieldProblem]:
        """The credit rules while other fields of the loan are still wrong: they only need the
        customer type and the credits, so they are checked on those alone."""
        loans, credits = parsed.sheets.get("loans"), parsed.sheets.get("credits")
        if loans is None or credits is None or any(
                p.sheet == "credits" and not p.warning for p in parsed.problems):
            return []
        rows = loans.rows
        if not rows:
            try:
                ctype = convert(_cell(values.get("customer_type")), "enum:customer_type")
            except (CellProblem, TypeError, AttributeError):
                return []
            contract = str(_cell(values.get("contract_no")) or "?")
            rows = [Row(2, {"contract_no": contract, "customer_type": ctype,
                            "household_no": None, "manager_no": None})]
        alone = Parsed(sheets={"loans": replace(loans, rows=rows), "credits": credits})
        known = Known(staff={r.values["staff_no"] for r in credits.rows})
        check_references(alone, known, scheme or ParameterBook([]).at(date.today()))
        return [p for p in field_problems(alone) if p.sheet == "credits"
                and p.code in CREDIT_CODES]

    @staticmethod
    def _sheets(table: str, values: dict, credits: list[dict] | None) -> list[RawSheet]:
        sheets = [raw_sheet(table, [values])]
        if table == "loans":
            contract = values.get("contract_no")
            sheets.append(raw_sheet("credits", [{**c, "contract_no": contract}
                                                for c in credits or []]))
        return sheets

    def scheme(self, on: date | None = None) -> Scheme:
        """The parameters in force (for the credit rules shown while typing)."""
        return self.ws.scheme_on(on or date.today())

    def locked_reason(self, table: str, row_id: int) -> str | None:
        """Why a stored record cannot be changed now (it belongs to an approved quarter), in
        the user's language; None when it can. A form opens such a record read-only."""
        with read_session(self.ws.engine) as s:
            return w.lock_reason(self.ws, s, table, row_id)

    # -- writes ------------------------------------------------------------------------------
    def save(self, table: str, values: dict, *, row_id: int | None = None,
             credits: list[dict] | None = None, expected: dict | None = None,
             note: dict | None = None) -> SaveResult:
        """Insert (row_id None) or update one record; a loan with its complete credits.
        `expected`: the record's values as the form loaded them; when another client has
        changed it since, nothing is saved ("record_changed") instead of undoing that change."""
        values, expected = self._unmasked(table, values, row_id, expected)
        parsed = parse_workbook(self._sheets(table, values, credits))
        if parsed.errors:
            return SaveResult(field_problems(parsed))
        return self._transaction(table, lambda s: w.write_record(self.ws, s, table, parsed,
                                                                 row_id, expected, note))

    def _unmasked(self, table: str, values: dict, row_id: int | None,
                  expected: dict | None) -> tuple[dict, dict | None]:
        """A household saved back with its ID number as shown masked keeps the stored number
        (security.privacy); a masked value that is not the stored one stays and is rejected."""
        if table != "households" or row_id is None or not (
                is_masked(values.get("id_number")) or is_masked((expected or {}).get("id_number"))):
            return values, expected
        from ruralperf.db import models as m
        from ruralperf.db.engine import read_session

        with read_session(self.ws.engine) as s:
            row = s.get(m.HouseholdRow, row_id)
            stored = row.id_number if row is not None else None
        values = {**values, "id_number": keep_unmasked(values.get("id_number"), stored)}
        if expected is not None and "id_number" in expected:
            expected = {**expected,
                        "id_number": keep_unmasked(expected.get("id_number"), stored)}
        return values, expected

    def save_targets(self, quarter: Quarter, rows: list[dict], clear: Iterable[str] = (),
                     expected: list[dict] | None = None) -> SaveResult:
        """Upsert the quarter's targets of several staff at once; `clear` lists staff whose
        targets for the quarter are removed. One transaction: all or nothing.
        `expected`: the quarter's targets as the grid loaded them (`Browse.targets_grid` rows,
        a row with "id" None having none); when one was changed, added or removed since,
        nothing is saved ("record_changed")."""
        rows = [{**r, "quarter": quarter} for r in rows]
        parsed = parse_workbook([raw_sheet("targets", rows)]) if rows else Parsed()
        if parsed.errors:
            return SaveResult(field_problems(parsed))
        expected = None if expected is None else [dict(r) for r in expected]
        return self._transaction("targets", lambda s: w.write_targets(
            self.ws, s, quarter, parsed, sorted(set(clear)), expected))

    def delete(self, table: str, row_id: int, expected: dict | None = None) -> SaveResult:
        """Delete one record; refused with a clear message while other records refer to it
        (or, given `expected`, when someone else changed it since it was shown)."""
        return self._transaction(table, lambda s: w.delete_record(self.ws, s, table, row_id,
                                                                  expected))

    def _transaction(self, table: str, write) -> SaveResult:
        denied = permission_problem(self.ws, table)
        if denied:
            return error(table, None, denied[0], tr(denied[0], **denied[1]), index=None)
        try:
            with write_session(self.ws.engine) as s:
                result = write(s)
                if not result.ok:
                    raise _Rollback(result)
                return result
        except _Rollback as rollback:
            return rollback.result
        except IntegrityError:
            log.warning("integrity error saving %s", table, exc_info=True)
            return error(table, None, "referenced_generic", index=None)
        except OperationalError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                return error(table, None, "db_locked", tr("db_locked"), index=None)
            log.exception("database error saving %s", table)
            return error(table, None, "save_failed", say("save_failed", value=type(exc).__name__),
                         index=None)
        except Exception as exc:  # a bug: logged with its traceback, worded for the user
            log.exception("saving %s failed", table)
            return error(table, None, "save_failed", say("save_failed", value=type(exc).__name__),
                         index=None)
