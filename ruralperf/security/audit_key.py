"""The secret that keys the audit trail's hash chain (HMAC-SHA256), kept outside the database
file so that whoever can edit the file cannot recompute a valid chain.

This computer's key, first found wins:
1. `RURALPERF_AUDIT_KEY`: 64 hexadecimal digits (for a county union's PostgreSQL clients the
   union's administrator hands it to each client, or as a file:)
2. `RURALPERF_AUDIT_KEY_FILE`: a file holding those digits;
3. SQLite only: `audit.key` in the user's data folder, created (random, readable by the user
   only) on first use.
A PostgreSQL client without a key writes and checks an unkeyed (plain SHA-256) chain.

Keys of other computers (taken from a database with an administrator's password, see
ruralperf.security.key_wrap) are kept in `audit_keys/<key id>.key` beside it. A chain names
its key by `key_id`, a one-way commitment: the id tells nothing about the key."""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path
from typing import Literal

from ruralperf.paths import data_dir

FILE_NAME = "audit.key"
OTHERS = "audit_keys"


def _parse(text: str) -> bytes | None:
    text = text.strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        return None
    return key if len(key) >= 16 else None


def _write_new(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, text.encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)


def _profile_key(create: bool) -> bytes | None:
    path = data_dir() / FILE_NAME
    if not path.exists():
        if not create:
            return None
        try:
            _write_new(path, secrets.token_hex(32))
        except FileExistsError:  # another process made it first
            pass
    return _parse(path.read_text(encoding="ascii"))


def _given() -> bytes | None | Literal[False]:
    """The key given by the environment, None when it is unreadable, False when none is given."""
    given = os.environ.get("RURALPERF_AUDIT_KEY")
    if given:
        return _parse(given)
    given_file = os.environ.get("RURALPERF_AUDIT_KEY_FILE")
    if given_file:
        try:
            return _parse(Path(given_file).read_text(encoding="ascii"))
        except OSError:
            return None
    return False


def key_for(url) -> bytes | None:
    """This computer's key for a database (its SQLAlchemy URL or path), created on first use
    for SQLite; None: the chain stays unkeyed (a PostgreSQL client that was given no key)."""
    given = _given()
    if given is not False:
        return given
    if str(url).startswith("postgresql"):
        return None
    return _profile_key(create=True)


def key_id(key: bytes) -> str:
    """The name of a key in the chain (16 hex digits of an HMAC of a fixed text)."""
    return hmac.new(key, b"ruralperf audit key id", hashlib.sha256).hexdigest()[:16]


def find(wanted: str) -> bytes | None:
    """The key named `wanted` if this computer has it (given, own or taken over)."""
    given = _given()
    candidates: list[bytes | None] = [given] if given else []
    candidates.append(_profile_key(create=False))
    path = data_dir() / OTHERS / f"{wanted}.key"
    if wanted.isalnum() and path.is_file():
        candidates.append(_parse(path.read_text(encoding="ascii")))
    return next((k for k in candidates if k and key_id(k) == wanted), None)


def keep(key: bytes) -> str:
    """Keep another computer's key (taken from a database); returns its id."""
    ident = key_id(key)
    folder = data_dir() / OTHERS
    folder.mkdir(exist_ok=True)
    path = folder / f"{ident}.key"
    if not path.exists():
        try:
            _write_new(path, key.hex())
        except FileExistsError:
            pass
    return ident
