"""Users and roles as values: who is signed in, what each role may do (security.permissions
enforces it per row; security.users checks passwords). Shared by the core and the window."""
from __future__ import annotations

from dataclasses import dataclass

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
