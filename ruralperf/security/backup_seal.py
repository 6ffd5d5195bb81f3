"""The chain head of every backup, kept beside it (`<backup>.seal`, JSON): the backup's last
audit entry (number and hash) and the id of the key its chain is keyed with, authenticated
with an HMAC under that key. Deleting the last entries of a backup's trail (or all of them)
no longer matches its seal, and the seal cannot be rewritten without the key.

A restore accepts a backup whose trail ends exactly at its valid seal, or a backup without a
valid seal whose last entry is also in the current database's trail (an earlier state of the
same database: backups taken before the key, or copied by hand); anything else is refused.
Only a keyed trail is sealed (a plain SHA-256 one has nothing to authenticate with)."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import sqlite3
from pathlib import Path

from ruralperf.security import audit_key

SUFFIX = ".seal"
_MARKER = "select record_key from audit_log where table_name = 'audit_log' " \
          "and action = 'chain_key' order by seq desc limit 1"


def seal_path(backup: Path) -> Path:
    return Path(backup).with_name(Path(backup).name + SUFFIX)


def _mac(key: bytes, seq: int, hash_: str, key_id: str) -> str:
    text = f"ruralperf backup seal\x1f{seq}\x1f{hash_}\x1f{key_id}".encode("utf-8")
    return hmac.new(key, text, hashlib.sha256).hexdigest()


def last_entry(con: sqlite3.Connection) -> tuple[int, str] | None:
    row = con.execute("select seq, hash from audit_log order by seq desc limit 1").fetchone()
    return (row[0], row[1]) if row else None


def write(backup: Path) -> Path | None:
    """Seal a backup just taken (nothing for an unkeyed trail or a key not on this computer)."""
    from ruralperf.safety.backup import readonly_uri

    try:
        con = sqlite3.connect(readonly_uri(backup), uri=True)
        try:
            marker, last = con.execute(_MARKER).fetchone(), last_entry(con)
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None
    key = audit_key.find(marker[0]) if marker else None
    if key is None or last is None:
        return None
    seq, hash_ = last
    body = {"seq": seq, "hash": hash_, "key_id": marker[0],
            "mac": _mac(key, seq, hash_, marker[0])}
    target = seal_path(backup)
    partial = target.with_name(target.name + ".partial")
    with open(partial, "w", encoding="utf-8") as f:
        json.dump(body, f)
        f.flush()
        os.fsync(f.fileno())
    partial.replace(target)
    return target


def read(backup: Path) -> dict | None:
    """The backup's seal if it is authentic (its HMAC checks with a key this computer has)."""
    try:
        body = json.loads(seal_path(backup).read_text(encoding="utf-8"))
        seq, hash_, ident, mac = int(body["seq"]), str(body["hash"]), str(body["key_id"]), \
            str(body["mac"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    key = audit_key.find(ident)
    if key is None or not hmac.compare_digest(mac, _mac(key, seq, hash_, ident)):
        return None
    return {"seq": seq, "hash": hash_, "key_id": ident}


def verdict(backup: Path, last: tuple[int, str] | None) -> str:
    """"sealed" (the trail ends at its seal), "broken" (an authentic seal the trail no longer
    matches: entries were deleted or changed since) or "none" (no authentic seal)."""
    seal = read(backup)
    if seal is None:
        return "none"
    return "sealed" if last == (seal["seq"], seal["hash"]) else "broken"
