"""The audit chain's head (last sequence number and hash) kept outside the database file, in
the user's data folder (`chain_heads.json`, one entry per database): deleting the last entries
of the trail, or all of them, is found at the next start because the entry the head names is
gone or different. The head only moves forward with the application's own commits; a restore
sets it to the restored trail's head (an administrator's audited act). A mismatch is reported
and the head is then left as it was (never silently repaired) until an administrator accepts
the trail as it is (`ruralperf audit accept`, an audited act).

Every write of the trail (ruralperf.security.audit.append) first checks that the recorded head
is still there, so a truncated trail followed by new writes never moves the head past the gap;
the head is written after the transaction commits (a rolled-back write leaves it alone)."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from filelock import FileLock
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from ruralperf.db import models as m
from ruralperf.paths import data_dir

FILE_NAME = "chain_heads.json"
_frozen: set[str] = set()  # databases whose head did not match at start: never moved


def _file() -> Path:
    return data_dir() / FILE_NAME


def identity(url) -> str:
    """A database's name in the file: the resolved file path, or the server URL."""
    text = str(url)
    if text.startswith("sqlite:///"):
        return str(Path(text[len("sqlite:///"):]).resolve())
    return text


def _lock() -> FileLock:
    return FileLock(str(_file()) + ".lock", timeout=10)


def _load() -> dict:
    try:
        return json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _save(heads: dict) -> None:
    folder = _file().parent
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".chain_heads.")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(heads, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, _file())


def remember(url, seq: int, hash_: str, force: bool = False) -> None:
    """Record the head after a commit (only forward; `force`: a restore)."""
    name = identity(url)
    if name in _frozen and not force:
        return
    with _lock():
        heads = _load()
        known = heads.get(name)
        if force or known is None or seq >= known.get("seq", 0):
            heads[name] = {"seq": seq, "hash": hash_}
            _save(heads)
    if force:
        _frozen.discard(name)


def recorded(url) -> dict | None:
    """The head recorded for a database ({"seq", "hash"}), or None."""
    return _load().get(identity(url))


def check(session, url) -> bool:
    """True when the trail still holds the recorded head entry (or none is recorded)."""
    return problem(session, url) is None


def problem(session, url) -> dict | None:
    """None, or what is wrong: {"code": "audit_head_missing" | "audit_head_changed", "seq",
    "last"} (the recorded head's number, the trail's last number now, 0 when empty)."""
    name = identity(url)
    known = _load().get(name)
    if known is None:
        return None
    found = session.scalar(select(m.AuditRow.hash).where(m.AuditRow.seq == known["seq"]))
    if found == known["hash"]:
        return None
    _frozen.add(name)
    last = session.scalar(select(m.AuditRow.seq).order_by(m.AuditRow.seq.desc()).limit(1))
    code = "audit_head_missing" if found is None else "audit_head_changed"
    return {"code": code, "seq": known["seq"], "last": last or 0}


def after_append(session: Session, seq: int, hash_: str) -> None:
    """Called by audit.append inside the write: the head is remembered once it commits, unless
    the recorded head is no longer in the trail (then it stays as it was)."""
    if session.info.get("untracked"):
        return
    url = session.connection().engine.url
    if problem(session, url) is None:
        session.info["audit_head"] = (url, seq, hash_)


@event.listens_for(Session, "after_commit")
def _committed(session: Session) -> None:
    head = session.info.pop("audit_head", None)
    if head is not None:
        remember(*head)


@event.listens_for(Session, "after_rollback")
def _rolled_back(session: Session) -> None:
    session.info.pop("audit_head", None)
