"""Passwords and the permission check. Roles are enforced in the core (Workspace methods call
`require`), not only by hiding buttons. Passwords are stored as Argon2id hashes. The user and
role values are declared in domain.users, the refusals in ruralperf.errors (the window uses
both); their names are importable from here as before."""
from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from ruralperf.domain.users import (MIN_PASSWORD, PERMISSIONS, ROLE_LABELS, ROLES,  # noqa: F401
                                    SYSTEM_ADMIN, User)
from ruralperf.errors import AccessDenied, LoginFailed, LoginLocked  # noqa: F401

_hasher = PasswordHasher()  # Argon2id with the library's defaults


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ValueError("password too short")
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def require(user: User, action: str) -> None:
    if not user.can(action):
        raise AccessDenied(user, action)
