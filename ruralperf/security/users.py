"""Users, roles and permissions. Roles are enforced in the core (Workspace methods call
`require`), not only by hiding buttons. Passwords are stored as Argon2id hashes."""
from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from ruralperf.errors import UserError

ROLES = ("admin", "officer", "auditor")
ROLE_LABELS = {"admin": ("管理员", "Administrator"), "officer": ("客户经理", "Credit officer"),
               "auditor": ("审计员", "Auditor")}

# What each role may do. "view" covers reading every page; officers see only their own
# statements ("own_statement").
PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": frozenset({"view", "enter_data", "import", "edit_parameters", "compute", "submit",
                        "approve", "reopen", "confirm", "clawback", "manage_users", "backup",
                        "restore", "statements",
                        "own_statement", "export", "audit"}),
    "officer": frozenset({"view", "enter_data", "own_statement"}),
    "auditor": frozenset({"view", "statements", "own_statement", "export", "audit"}),
}

_hasher = PasswordHasher()  # Argon2id with the library's defaults
MIN_PASSWORD = 6


@dataclass(frozen=True)
class User:
    username: str
    display_name: str
    role: str
    staff_no: str | None = None  # the staff record of a credit officer, for own statements
    active: bool = True  # a disabled account cannot sign in

    def can(self, action: str) -> bool:
        return action in PERMISSIONS.get(self.role, frozenset())


SYSTEM_ADMIN = User("admin", "管理员", "admin")


class AccessDenied(UserError):
    """The current user's role does not allow the action."""

    def __init__(self, user: User, action: str):
        super().__init__("access_denied", user=user.username, role=user.role, action=action)
        self.user = user
        self.action = action


class LoginFailed(UserError):
    code = "login_failed"


class LoginLocked(LoginFailed):
    """Too many failed sign-ins for this name: locked for a while."""

    def __init__(self, minutes: int):
        UserError.__init__(self, "login_locked", minutes=minutes)


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
