"""The audit chain's head (last sequence number and hash) kept outside the database file, in
the user's data folder (`chain_heads.json`, one entry per database): deleting the last entries
of the trail, or all of them, is found at the next start because the entry the head names is
gone or different. The head only moves forward with the application's own commits; a restore
sets it to the restored trail's head (an administrator's audited act). A mismatch is reported
and the head is then left as it was (never silently repaired)."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from sqlalchemy import select

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
    heads = _load()
    known = heads.get(name)
    if force or known is None or seq >= known.get("seq", 0):
        heads[name] = {"seq": seq, "hash": hash_}
        _save(heads)
    if force:
        _frozen.discard(name)


def check(session, url) -> bool:
    """True when the trail still holds the recorded head entry (or none is recorded)."""
    name = identity(url)
    known = _load().get(name)
    if known is None:
        return True
    found = session.scalar(select(m.AuditRow.hash).where(m.AuditRow.seq == known["seq"]))
    if found == known["hash"]:
        return True
    _frozen.add(name)
    return False
