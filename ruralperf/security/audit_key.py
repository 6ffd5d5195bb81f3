"""The secret that keys the audit trail's hash chain (HMAC-SHA256), kept outside the database
file so that whoever can edit the file cannot recompute a valid chain.

Where it comes from, first found wins:
1. `RURALPERF_AUDIT_KEY`: 64 hexadecimal digits (for a county union's PostgreSQL clients the
   union's administrator hands it to each client, or as a file:)
2. `RURALPERF_AUDIT_KEY_FILE`: a file holding those digits;
3. SQLite only: `audit.key` in the user's data folder, created (random, readable by the user
   only) on first use.
A PostgreSQL client without a key writes and checks an unkeyed (plain SHA-256) chain."""
from __future__ import annotations

import os
import secrets
from pathlib import Path

from ruralperf.paths import data_dir

FILE_NAME = "audit.key"


def _parse(text: str) -> bytes | None:
    text = text.strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        return None
    return key if len(key) >= 16 else None


def _profile_key() -> bytes:
    path = data_dir() / FILE_NAME
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, secrets.token_hex(32).encode("ascii"))
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
    return _parse(path.read_text(encoding="ascii")) or b""


def key_for(url: str) -> bytes | None:
    """The key for a database (its SQLAlchemy URL or path); None: the chain stays unkeyed."""
    given = os.environ.get("RURALPERF_AUDIT_KEY")
    if given:
        return _parse(given)
    given_file = os.environ.get("RURALPERF_AUDIT_KEY_FILE")
    if given_file:
        try:
            return _parse(Path(given_file).read_text(encoding="ascii"))
        except OSError:
            return None
    if str(url).startswith("postgresql"):
        return None
    return _profile_key() or None
