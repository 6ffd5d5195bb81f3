"""The audit chain's key travels with the database (and so with every backup) wrapped with
each administrator's password, so that a database opened on another computer (a restored
backup, a new PC) can be verified again after one administrator signs in there.

Wrapping: a key-encryption key is derived from the password with Argon2id (a fresh 16-byte
salt each time; 64 MiB, 3 passes); the 32-byte audit key is XORed with HMAC-SHA256(KEK,
"wrap"), and HMAC-SHA256(KEK, "tag" | salt | ciphertext | key id) authenticates it (encrypt-
then-MAC, standard library and argon2-cffi only). Written in `users.key_wrap` whenever an
administrator's password is set and at his sign-in when missing or stale.

What it protects against: someone holding the file (or a backup) but no administrator's
password cannot read the key, so cannot recompute a valid chain. What it does not: a guessable
administrator password (the file holds the Argon2 hash anyway), and a file forged from nothing
by someone who also set the administrator's password himself, then carried to a computer that
never had the key: such a computer has nothing to compare with (keep a copy of audit.key)."""
from __future__ import annotations

import hashlib
import hmac
import json
import secrets

from argon2.low_level import Type, hash_secret_raw
from ruralperf.db import models as m
from ruralperf.security import audit, audit_key


def _kek(password: str, salt: bytes) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=3, memory_cost=65536,
                           parallelism=4, hash_len=32, type=Type.ID)


def _tag(kek: bytes, salt: bytes, sealed: bytes, ident: str) -> str:
    return hmac.new(kek, b"tag" + salt + sealed + ident.encode("ascii"),
                    hashlib.sha256).hexdigest()


def wrap(key: bytes, password: str) -> str:
    salt = secrets.token_bytes(16)
    kek = _kek(password, salt)
    pad = hmac.new(kek, b"wrap", hashlib.sha256).digest()
    sealed = bytes(a ^ b for a, b in zip(key[:32], pad))
    ident = audit_key.key_id(key)
    return json.dumps({"v": 1, "key_id": ident, "salt": salt.hex(), "key": sealed.hex(),
                       "tag": _tag(kek, salt, sealed, ident)})


def wrapped_id(text: str | None) -> str | None:
    try:
        return json.loads(text)["key_id"] if text else None
    except (ValueError, KeyError, TypeError):
        return None


def unwrap(text: str | None, password: str) -> bytes | None:
    """The key, or None (no wrap, a wrong password, or an edited wrap)."""
    try:
        body = json.loads(text or "")
        salt, sealed, ident = bytes.fromhex(body["salt"]), bytes.fromhex(body["key"]), \
            str(body["key_id"])
        kek = _kek(password, salt)
        if not hmac.compare_digest(_tag(kek, salt, sealed, ident), str(body["tag"])):
            return None
    except (ValueError, KeyError, TypeError):
        return None
    pad = hmac.new(kek, b"wrap", hashlib.sha256).digest()
    key = bytes(a ^ b for a, b in zip(sealed, pad))
    return key if audit_key.key_id(key) == ident else None


def on_password(s, row: m.UserRow, password: str) -> None:
    """An administrator's password is known (sign-in, set, changed): take the chain's key
    from his wrap when this computer lacks it, else (re)wrap it when missing or stale."""
    if row.role != "admin" or s.get_bind().dialect.name == "postgresql":
        # PostgreSQL: each client is given the key by the union's administrator (a file or an
        # environment variable); it is never stored in the database, not even wrapped (issue 14)
        row.key_wrap = None
        return
    ids = audit.chain_key_ids(s)
    wrapped = wrapped_id(row.key_wrap)
    if wrapped in ids and audit_key.find(wrapped) is None:
        taken = unwrap(row.key_wrap, password)
        if taken is not None:
            audit_key.keep(taken)
    current = ids[-1] if ids else None
    key = audit_key.find(current) if current else None
    if key is not None and wrapped != current and (wrapped is None
                                                    or audit_key.find(wrapped) is not None):
        row.key_wrap = wrap(key, password)  # never overwrites a key this computer lacks

