"""The write half of `records.py`, run inside one write transaction: role and lock checks,
references and credit rules against the database as it would be after the change, the upsert
of the import, credits removed from a loan, and the audit trail entry."""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select

from ruralperf.services import confirming, duties
from ruralperf.db import periods
from ruralperf.db import repository as repo
from ruralperf.domain.numbers import parse_fraction
from ruralperf.domain.parameters import ParameterBook
from ruralperf.domain.periods import Quarter
from ruralperf.i18n import tr
from ruralperf.services.importing import fill_initials, known_records
from ruralperf.io.apply import MODELS, upsert_sheet
from ruralperf.io.parse import Parsed
from ruralperf.io.references import check_references
from ruralperf.io.sheets import SHEETS, SHEETS_BY_KEY
from ruralperf.services.payruns import Locks
from ruralperf.services.record_guard import log_change, record_key, row_values
from ruralperf.services.record_messages import MESSAGES, say
from ruralperf.services.record_refs import referenced_message
from ruralperf.services.record_results import FieldProblem, SaveResult, error, field_problems


def _locked(table: str, quarter: Quarter, index: int | None = None) -> SaveResult:
    return error(table, None, "record_locked", tr("record_locked", quarter=quarter), index)


def _denied(table: str, denied) -> SaveResult:
    return error(table, None, denied.code, tr(denied.code, **denied.as_dict()), index=None)


def _lock_problems(locks: Locks, parsed: Parsed) -> SaveResult:
    return SaveResult([FieldProblem(sheet, row - 2, None, "record_locked",
                                    tr("record_locked", quarter=q))
                       for sheet, row, q in locks.parsed_conflicts(parsed)])


def checked(ws, s, parsed: Parsed, drop_credits_of: str | None = None) -> SaveResult:
    """References and credit rules against the database as it would be after the save."""
    known = known_records(s, ws.branch_id, parsed)
    if drop_credits_of is not None:
        known.credits.pop(drop_credits_of, None)  # the form gives the complete list
    book = ParameterBook(repo.parameter_values(s, ws.branch_id))
    known.book = book
    check_references(parsed, known, book.at(date.today()))
    return SaveResult(field_problems(parsed))


def _credits(s, branch_id: int, contract: str) -> dict[str, str]:
    credit = MODELS["credits"]
    return {r.staff_no: format(r.share, "f") for r in s.execute(
        select(credit.staff_no, credit.share).where(credit.branch_id == branch_id,
                                                    credit.contract_no == contract))}


def _shares(credits) -> dict[str, str]:
    """A loan's credits as stored ({staff_no: share}, see `_credits`) or as a form lists them
    ([{"staff_no", "share"}], the share a Decimal or "60%"), in one form for comparing."""
    pairs = credits.items() if isinstance(credits, dict) else \
        ((c["staff_no"], c["share"]) for c in credits or ())
    out = {}
    for staff_no, share in pairs:
        try:
            out[staff_no] = format(parse_fraction(share).normalize(), "f")
        except (ValueError, ArithmeticError):  # not a share: compared as text
            out[staff_no] = str(share)
    return out


def _comparable(key: str, value):
    return _shares(value) if key == "credits" else value


def changed_since(current: dict, expected: dict | None) -> bool:
    """True when the stored record no longer has the values the form was opened with (another
    client saved it meanwhile): saving over it would silently undo that change. A loan's
    `current` holds its credits too, so a change of only the credits counts."""
    return expected is not None and any(
        key in current and _comparable(key, current[key]) != _comparable(key, value)
        for key, value in expected.items())


def targets_changed(current: dict[str, dict], expected: list[dict] | None) -> bool:
    """True when the quarter's stored targets (`current`, by staff number) are no longer the
    ones a grid loaded (`expected`; a row with "id" None is a staff member shown without
    targets): one changed, added or removed since."""
    if expected is None:
        return False
    shown = {r["staff_no"]: r for r in expected if "id" not in r or r["id"] is not None}
    return shown.keys() != current.keys() or any(
        changed_since(current[k], row) for k, row in shown.items())


def lock_reason(ws, s, table: str, row_id: int) -> str | None:
    """Why the stored record cannot be changed (the approved quarter it belongs to), or None."""
    old = s.get(MODELS[table], row_id)
    if old is None or old.branch_id != ws.branch_id:
        return None
    quarter = Locks(s, ws.branch_id).conflict(table, row_values(table, old))
    return tr("record_locked", quarter=quarter) if quarter else None


def write_record(ws, s, table: str, parsed: Parsed, row_id: int | None,
                 expected: dict | None = None, note: dict | None = None) -> SaveResult:
    """`note`: facts about the record kept in its audit entry only (who signed a receipt)."""
    b = ws.branch_id
    model, spec = MODELS[table], SHEETS_BY_KEY[table]
    values = parsed.sheets[table].rows[0].values
    old = s.get(model, row_id) if row_id is not None else None
    if row_id is not None and (old is None or old.branch_id != b):
        return error(table, None, "record_missing", index=None)
    old_values = None
    if old is not None:
        old_values = row_values(table, old)
        if table == "loans":  # credits are compared and audited too
            old_values["credits"] = _credits(s, b, old.contract_no)
    if old_values is not None and changed_since(old_values, expected):
        return error(table, None, "record_changed", index=None)
    denied = duties.record_denied(s, b, ws.user, table, values, old_values)
    if denied:
        return _denied(table, denied)
    locks = Locks(s, b)
    if old_values is not None and (quarter := locks.conflict(table, old_values)):
        return _locked(table, quarter, None)
    locked = _lock_problems(locks, parsed)
    if not locked.ok:
        return locked
    natural = spec.natural_key
    if natural:
        key = tuple(values.get(k) for k in natural)
        same = s.scalar(select(model.id).where(
            model.branch_id == b, *(getattr(model, k) == v for k, v in zip(natural, key))))
        if same is not None and same != row_id:
            what = say(f"what_{table}" if f"what_{table}" in MESSAGES else "what_record")
            return error(table, natural[-1], "record_exists",
                         say("record_exists", what=what, key="/".join(map(str, key))))
        if old is not None and tuple(getattr(old, k) for k in natural) != key:
            if len(natural) == 1:
                message = referenced_message(s, b, table, getattr(old, natural[0]),
                                             "key_change_referenced")
                if message:
                    return error(table, natural[0], "key_change_referenced", message)
            s.execute(delete(model).where(model.id == old.id))
    contract = values.get("contract_no") if table == "loans" else None
    result = checked(ws, s, parsed, drop_credits_of=contract)
    if not result.ok:
        return result
    if natural:
        for sheet_spec in SHEETS:  # dependency order: loans before credits
            if sheet_spec.key in parsed.sheets:
                upsert_sheet(s, parsed.sheets[sheet_spec.key], b)
        result.id = s.scalar(select(model.id).where(
            model.branch_id == b, *(getattr(model, k) == values.get(k) for k in natural)))
    else:
        if old is not None:
            s.execute(delete(model).where(model.id == old.id))
        record = {"branch_id": b, **{c.key: values.get(c.key) for c in spec.columns}}
        result.id = s.execute(insert(model.__table__).values(record)).inserted_primary_key[0]
    new_values = {c.key: values.get(c.key) for c in spec.columns}
    if contract is not None:
        keep = [r.values["staff_no"] for r in parsed.sheets["credits"].rows]
        credit = MODELS["credits"]
        s.execute(delete(credit).where(credit.branch_id == b, credit.contract_no == contract,
                                       credit.staff_no.not_in(keep)))
        new_values["credits"] = _credits(s, b, contract)
    fill_initials(s, b, parsed)
    if confirming.pending_on_write(ws.user):
        confirming.mark_pending(s, b, table, [result.id])
        if contract is not None:
            credit = MODELS["credits"]
            confirming.mark_pending(s, b, "credits", s.scalars(select(credit.id).where(
                credit.branch_id == b, credit.contract_no == contract)))
        new_values.update(confirming.MARK)
    log_change(ws, s, "update" if old is not None else "insert", table,
               record_key(table, new_values, result.id), old_values,
               {**new_values, **(note or {})})
    return result


def write_targets(ws, s, quarter: Quarter, parsed: Parsed, clear: list[str],
                  expected: list[dict] | None = None) -> SaveResult:
    b = ws.branch_id
    model = MODELS["targets"]
    old = {r.staff_no: row_values("targets", r) for r in s.scalars(
        select(model).where(model.branch_id == b, periods.is_quarter(model.quarter, quarter)))}
    if targets_changed(old, expected):
        return error("targets", None, "record_changed", index=None)
    for row in parsed.sheets["targets"].rows if "targets" in parsed.sheets else ():
        denied = duties.record_denied(s, b, ws.user, "targets", row.values)
        if denied:
            return _denied("targets", denied)
    for staff_no in clear:
        denied = duties.record_denied(s, b, ws.user, "targets", {"staff_no": staff_no})
        if denied:
            return _denied("targets", denied)
    locks = Locks(s, b)
    if quarter in locks.locked:
        return _locked("targets", quarter, None)
    result = checked(ws, s, parsed)
    if not result.ok:
        return result
    if clear:
        s.execute(delete(model).where(model.branch_id == b,
                                      periods.is_quarter(model.quarter, quarter),
                                      model.staff_no.in_(clear)))
    # (action, staff_no, values before, values after)
    changes: list[tuple[str, str, dict | None, dict | None]] = [
        ("delete", k, old[k], None) for k in clear if k in old]
    sheet = parsed.sheets.get("targets")
    if sheet is not None:
        upsert_sheet(s, sheet, b)
        for row in sheet.rows:
            new: dict[str, Any] = {c.key: row.values.get(c.key) for c in sheet.spec.columns}
            before = old.get(new["staff_no"])
            if before != new:
                changes.append(("update" if before else "insert", new["staff_no"], before, new))
    for action, staff_no, before, after in changes:
        log_change(ws, s, action, "targets", f"{staff_no}/{quarter}", before, after)
    return result


def delete_record(ws, s, table: str, row_id: int, expected: dict | None = None) -> SaveResult:
    b = ws.branch_id
    model = MODELS[table]
    old = s.get(model, row_id)
    if old is None or old.branch_id != b:
        return error(table, None, "record_missing", index=None)
    old_values = row_values(table, old)
    if table == "loans":
        old_values["credits"] = _credits(s, b, old.contract_no)
    if changed_since(old_values, expected):
        return error(table, None, "record_changed", index=None)
    denied = duties.delete_denied(s, b, ws.user, table, old_values, getattr(old, "status", None))
    if denied:
        return _denied(table, denied)
    quarter = Locks(s, b).conflict(table, old_values)
    if quarter:
        return _locked(table, quarter, None)
    natural = SHEETS_BY_KEY[table].natural_key
    if natural and len(natural) == 1:
        message = referenced_message(s, b, table, getattr(old, natural[0]))
        if message:
            return error(table, None, "still_referenced", message, index=None)
    s.execute(delete(model).where(model.id == row_id))
    log_change(ws, s, "delete", table, record_key(table, old_values, row_id), old_values, None)
    return SaveResult(id=row_id)
