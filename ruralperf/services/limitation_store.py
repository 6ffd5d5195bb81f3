"""Stored limitation lists (issues 17 and 22): a branch's list on an as-of date, kept with the
data version it was computed at (`data_version`, moved on by database triggers at any change of
the rows the list reads, migration 0009) and the fingerprint of the rules that computed it.
Shown again only while both are the same, so a second view, or the home page at the next start
on the same day, costs a read instead of a replay of every due loan.

The body is JSON (no code runs when it is read), zlib-compressed: one array per loan. It holds
the list twice: first the few rows the home page's summary reads (`in_summary`: due within 90
days, lapsed, accountable, in litigation, to be signed), then every row; the summary decodes only
the first part, so the next start shows it at once (issue 22: a county's 198,000 rows took
seconds to decode)."""
from __future__ import annotations

import hashlib
import json
import struct
import zlib
from datetime import date
from decimal import Decimal
from pathlib import Path

import logging
import threading

from sqlalchemy import delete, select

from ruralperf import __version__
from ruralperf.db import models as m
from ruralperf.errors import UserError
from ruralperf.services.collector import paused_collection
from ruralperf.domain.results import (Finding, GuaranteeLimitation, LimitationReport,
                                      LoanLimitation, Restoration)

log = logging.getLogger(__name__)
FORMAT = 2
MAGIC = b"RPL2"
SUMMARY_DAYS = 90  # the home page's longest due bucket (services.overview.DUE_BUCKETS)
_LOCKS: dict = {}
_LOCKS_LOCK = threading.Lock()
_RULE_FILES = ("limitation_report.py", "limitation_store.py", "rules/limitation.py",
               "rules/limitation_replay.py", "rules/limitation_quiet.py", "rules/guarantees.py",
               "domain/calendar.py", "domain/histories.py", "db/limitation_loads.py",
               "db/ledger_loads.py", "domain/results.py", "domain/parameters.py")


def _fingerprint() -> str:
    """Of the code that computes a list: a stored list from other rules is not shown."""
    digest = hashlib.sha1(f"{FORMAT} {__version__}".encode())
    root = Path(__file__).resolve().parent
    for name in _RULE_FILES:
        try:
            digest.update((root / name).read_bytes())
        except OSError:  # a build without sources: the version alone
            pass
    return digest.hexdigest()


RULES = _fingerprint()


def cached(engine, branch_id: int, as_of: date, compute, memory: dict,
           progress=None, summary: bool = False) -> LimitationReport:
    """The list on `as_of`: from `memory` (as_of -> (version, rules, report)) or the stored
    lists while the data version has not moved, else `compute()`d and stored. The version is
    read before computing: a change made meanwhile leaves an older version beside newer data,
    which is only computed again, never shown stale. One computation of a list at a time (the
    home page's, in the background, and the limitation page's): the second waits and reads.
    `summary`: only the rows the home page's summary reads (`in_summary`), read from the
    stored list's first part when it is stored."""
    from ruralperf.db.engine import read_session, write_session

    with _LOCKS_LOCK:
        lock = _LOCKS.setdefault((id(memory), as_of), threading.Lock())
    with lock:
        with read_session(engine) as s:
            version = data_version(s)
            kept = memory.get(as_of)
            if kept is not None and kept[0] == version and kept[1] == RULES:
                report = kept[2]
            else:
                report = load(s, branch_id, as_of, version, summary)
                if report is not None and summary:  # a part: not kept in memory
                    if progress is not None:
                        progress(len(report.loans), len(report.loans), "limitation")
                    return report
        if report is None:
            report = compute()
            try:
                with write_session(engine) as s:
                    save(s, branch_id, report, version)
            except UserError as exc:  # writes refused meanwhile (the file's check, issue 22)
                log.info("limitation list of %s not stored: %s", as_of, exc.code)
            except Exception:  # a read-only or busy file: shown all the same, not kept
                log.warning("limitation list of %s not stored", as_of, exc_info=True)
        elif progress is not None:
            progress(len(report.loans), len(report.loans), "limitation")
        with _LOCKS_LOCK:
            memory[as_of] = (version, RULES, report)
            for old in list(memory)[:-4]:
                del memory[old]
    return summary_part(report) if summary else report


def in_summary(row: LoanLimitation) -> bool:
    """A row the home page's summary reads (services.overview.limitation_summary)."""
    if row.status in ("lapsed", "litigation", "warning") or row.accountability:
        return True
    if row.status in ("running", "restored") and row.days_left is not None \
            and row.days_left <= SUMMARY_DAYS:
        return True
    return any(g.status == "warning" for g in row.guarantees)


def summary_part(report: LimitationReport) -> LimitationReport:
    return LimitationReport(report.as_of, tuple(r for r in report.loans if in_summary(r)),
                            report.warnings, report.pending)


def data_version(session) -> int:
    return session.scalar(select(m.DataVersionRow.version).where(m.DataVersionRow.id == 1)) or 0


def load(session, branch_id: int, as_of: date, version: int,
         summary: bool = False) -> LimitationReport | None:
    row = session.execute(select(m.LimitationResultRow.version, m.LimitationResultRow.rules,
                                 m.LimitationResultRow.body)
                          .where(m.LimitationResultRow.branch_id == branch_id,
                                 m.LimitationResultRow.as_of == as_of)).first()
    if row is None or row.version != version or row.rules != RULES:
        return None
    try:
        return decode(row.body, summary)
    except (ValueError, KeyError, TypeError, IndexError, zlib.error, struct.error):
        return None  # unreadable: computed again


def save(session, branch_id: int, report: LimitationReport, version: int, keep: int = 8) -> None:
    """Store the list (replacing that date's), keeping the `keep` latest dates computed."""
    t = m.LimitationResultRow
    session.execute(delete(t).where(t.branch_id == branch_id, t.as_of == report.as_of))
    session.add(t(branch_id=branch_id, as_of=report.as_of, version=version, rules=RULES,
                  body=encode(report)))
    session.flush()
    stale = session.scalars(select(t.as_of).where(t.branch_id == branch_id)
                            .order_by(t.version.desc(), t.as_of.desc()).offset(keep)).all()
    if stale:
        session.execute(delete(t).where(t.branch_id == branch_id, t.as_of.in_(stale)))


# -- the body ---------------------------------------------------------------------------------
def _d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _m(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def encode(report: LimitationReport) -> bytes:
    """MAGIC, the length of the summary part, the summary part, the whole list."""
    with paused_collection():
        head = _encode(summary_part(report))
        return MAGIC + struct.pack(">I", len(head)) + head + _encode(report)


def decode(blob: bytes, summary: bool = False) -> LimitationReport:
    if blob[:4] != MAGIC:
        raise ValueError("not a stored limitation list")
    size = struct.unpack(">I", blob[4:8])[0]
    with paused_collection():
        return _decode(blob[8:8 + size] if summary else blob[8 + size:])


def _encode(report: LimitationReport) -> bytes:
    loans = [[r.contract_no, r.household_no, r.manager, r.status, _d(r.expiry), r.days_left,
              _d(r.lapse_date), r.responsible,
              [[x.contract_no, x.household_no, _d(x.date), x.staff_no, _m(x.amount),
                _d(x.lapse_date), x.responsible] for x in r.restorations],
              r.accountability, _d(r.maturity), _m(r.balance), r.limit, _d(r.maximum_date),
              _d(r.execution_deadline),
              [[g.guarantor, g.kind, _d(g.guarantee_end), g.status, g.days_left, _d(g.expiry),
                g.responsible, g.accountability] for g in r.guarantees]]
             for r in report.loans]
    body = {"as_of": _d(report.as_of), "loans": loans,
            "warnings": [[f.code, f.subject, [list(p) for p in f.params]]
                         for f in report.warnings],
            "pending": sorted(report.pending)}
    return zlib.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":"))
                         .encode("utf-8"), 1)


def _decode(blob: bytes) -> LimitationReport:
    body = json.loads(zlib.decompress(blob).decode("utf-8"))
    days: dict = {None: None}
    money: dict = {None: None}

    def d(text):
        v = days.get(text)
        if v is None and text is not None:
            v = days[text] = date.fromisoformat(text)
        return v

    def mo(text):
        v = money.get(text)
        if v is None and text is not None:
            v = money[text] = Decimal(text)
        return v

    loans = tuple(LoanLimitation(
        c, h, mgr, status, d(expiry), left, d(lapse), resp,
        tuple(Restoration(a, b, d(on), s, mo(amt), d(lp), rs) for a, b, on, s, amt, lp, rs in rest),
        acc, d(mat), mo(bal), limit, d(maximum), d(deadline),
        tuple(GuaranteeLimitation(g, k, d(end), st, gl, d(ge), gr, ga)
              for g, k, end, st, gl, ge, gr, ga in guar))
        for c, h, mgr, status, expiry, left, lapse, resp, rest, acc, mat, bal, limit, maximum,
        deadline, guar in body["loans"])
    return LimitationReport(d(body["as_of"]), loans,
                            tuple(Finding(code, subject, tuple(tuple(p) for p in params))
                                  for code, subject, params in body["warnings"]),
                            frozenset(body["pending"]))
