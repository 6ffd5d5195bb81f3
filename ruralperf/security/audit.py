"""The audit trail: append-only, hash-chained. Each entry's hash covers its content and the
previous entry's hash, so editing or deleting an entry breaks the chain at that point, and
`verify` finds it.

Keyed chain (issue 14.4): from a marker entry (action "chain_key", table "audit_log", key = the
key's id) on, each hash is an HMAC-SHA256 with a secret kept outside the database
(ruralperf.security.audit_key), so an edit followed by a recomputed chain no longer verifies.
Entries before the first marker (databases older than the key) stay plain SHA-256 and keep
verifying; the marker itself is keyed. A write on a computer that lacks the chain's key starts
a new marker with its own key (an entry, never a rewrite); `verify` then reports the earlier
part as keyed with a key it does not have ("key_unknown"). The last entry is also remembered
outside the file (ruralperf.security.chain_head), which catches deleting the last entries."""
from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from json.encoder import encode_basestring
from typing import Any, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ruralperf.db import models as m
from ruralperf.db.bulk import insert_rows
from ruralperf.errors import UserError
from ruralperf.security import audit_key

GENESIS = "0" * 64
MARKER = "chain_key"  # the entry from which the chain is keyed with the key it names
CHUNK = 5000


def _default(value: Any) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def _json_canonical(values: dict) -> str:
    return json.dumps(values, sort_keys=True, ensure_ascii=False, default=_default,
                      separators=(",", ":"))


def _value_text(value) -> str | None:
    """The JSON text `_json_canonical` gives a plain value, or None for any other value."""
    kind = value.__class__
    if kind is str:
        return encode_basestring(value)
    if kind is Decimal:
        return encode_basestring(format(value, "f"))
    if kind is date or kind is datetime:
        return encode_basestring(value.isoformat())
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    return None


def canonical(values: dict | None) -> str | None:
    """The stored (and hashed) JSON of a record's values: keys sorted, no spaces, Decimals and
    dates as text. Built by hand for the plain values a record holds (the same text as
    `json.dumps(..., sort_keys=True)`, several times faster, which matters for an import's
    hundreds of thousands of entries); anything else goes through json.dumps."""
    if values is None:
        return None
    parts = []
    for key in sorted(values):
        text = _value_text(values[key]) if key.__class__ is str else None
        if text is None:
            return _json_canonical(values)
        parts.append(f"{encode_basestring(key)}:{text}")
    return "{" + ",".join(parts) + "}"


@dataclass(frozen=True)
class Change:
    action: str  # insert | update | delete | approve | submit | reopen | compute | login ...
    table: str
    key: str
    old: dict | None = None
    new: dict | None = None


def entry_hash(prev: str, seq: int, at: str, branch_id: int | None, user: str, source: str,
               change_action: str, table: str, key: str, old: str | None, new: str | None,
               mac=None) -> str:
    """SHA-256 of the entry's text, or its HMAC when `mac` (an `hmac.new(key)` to copy)."""
    text = "\x1f".join([prev, str(seq), at, str(branch_id), user, source, change_action, table,
                        key, old or "", new or ""]).encode("utf-8")
    if mac is None:
        return hashlib.sha256(text).hexdigest()
    h = mac.copy()
    h.update(text)
    return h.hexdigest()


def _mac(key: bytes | None):
    return None if key is None else hmac.new(key, digestmod=hashlib.sha256)


def is_marker(action: str, table: str) -> bool:
    return action == MARKER and table == "audit_log"


def chain_key_id(session: Session) -> str | None:
    """The id of the key the chain is keyed with now (its last marker), or None: unkeyed."""
    return session.scalar(select(m.AuditRow.record_key).where(
        m.AuditRow.table_name == "audit_log", m.AuditRow.action == MARKER)
        .order_by(m.AuditRow.seq.desc()).limit(1))


def chain_key_ids(session: Session) -> list[str]:
    """The ids of every key the chain was ever keyed with, oldest first."""
    return list(dict.fromkeys(session.scalars(select(m.AuditRow.record_key).where(
        m.AuditRow.table_name == "audit_log", m.AuditRow.action == MARKER)
        .order_by(m.AuditRow.seq))))


def _writing_key(session: Session, changes: list) -> bytes | None:
    """The key to write with; a marker is put first when the chain is unkeyed (or keyed with
    a key this computer lacks) and this computer has a key."""
    current = chain_key_id(session)
    key = audit_key.find(current) if current else None
    if key is not None:
        return key
    own = audit_key.key_for(session.connection().engine.url)
    if own is None:
        if current:  # e.g. a PostgreSQL client that was not given the union's key
            raise UserError("audit_key_missing", value=current)
        return None
    ident = audit_key.key_id(own)
    changes.insert(0, Change(MARKER, "audit_log", ident, None, {
        "algorithm": "HMAC-SHA256", "key_id": ident, "previous_key_id": current}))
    return own


def append(session: Session, branch_id: int | None, user: str, source: str,
           changes: Iterable[Change], at: datetime | None = None) -> int:
    """Add entries at the end of the chain (call inside the write transaction of the change)."""
    from ruralperf.security import chain_head

    last = session.execute(select(m.AuditRow.seq, m.AuditRow.hash)
                           .order_by(m.AuditRow.seq.desc()).limit(1)).first()
    seq, prev = (last.seq, last.hash) if last else (0, GENESIS)
    stamp = (at or datetime.now()).replace(microsecond=0).isoformat(sep=" ")
    first: list[Change] = []
    mac = _mac(_writing_key(session, first))
    rows, count = [], 0
    for ch in (*first, *changes) if first else changes:
        seq += 1
        old, new = canonical(ch.old), canonical(ch.new)
        prev = entry_hash(prev, seq, stamp, branch_id, user, source, ch.action, ch.table, ch.key,
                          old, new, mac)
        rows.append({"seq": seq, "at": stamp, "branch_id": branch_id, "user": user,
                     "source": source, "action": ch.action, "table_name": ch.table,
                     "record_key": ch.key, "old_values": old, "new_values": new, "hash": prev})
        if len(rows) == CHUNK:  # written as they are made: an import's entries never all wait
            count += insert_rows(session.connection(), m.AuditRow.__table__, rows)
            rows = []
    count += insert_rows(session.connection(), m.AuditRow.__table__, rows)
    chain_head.after_append(session, seq, prev)
    return count


def last_entry(session: Session) -> tuple[int, str]:
    """(seq, hash) of the chain's last entry, read after an `append` (so there is one)."""
    last = session.execute(select(m.AuditRow.seq, m.AuditRow.hash)
                           .order_by(m.AuditRow.seq.desc()).limit(1)).first()
    if last is None:
        raise RuntimeError("the audit trail has no entry")
    return last.seq, last.hash


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    reason: str = ""


def verify(session: Session) -> VerifyResult:
    """Walk the whole chain. Reasons: "missing" (a sequence number is skipped), "altered" (an
    entry does not hash to its stored hash), "key_unknown" (from this entry on the chain is
    keyed with a key this computer does not have: it cannot be checked here)."""
    prev, expected_seq, n, mac = GENESIS, 1, 0, None
    t = m.AuditRow.__table__
    for r in session.execute(select(t).order_by(t.c.seq)).yield_per(10_000):
        n += 1
        if r.seq != expected_seq:
            return VerifyResult(False, n, expected_seq, "missing")
        if is_marker(r.action, r.table_name):
            key = audit_key.find(r.record_key)
            if key is None:
                return VerifyResult(False, n, r.seq, "key_unknown")
            mac = _mac(key)
        h = entry_hash(prev, r.seq, r.at, r.branch_id, r.user, r.source, r.action, r.table_name,
                       r.record_key, r.old_values, r.new_values, mac)
        if h != r.hash:
            return VerifyResult(False, n, r.seq, "altered")
        prev, expected_seq = r.hash, expected_seq + 1
    return VerifyResult(True, n)
