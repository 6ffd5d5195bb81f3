"""Words of the session dialogs shared by several of them."""
from __future__ import annotations

from ruralperf.i18n import current_lang
from ruralperf.domain.users import ROLE_LABELS, ROLES


def role_label(role: str) -> str:
    """The role's name in the interface language (管理员 / Administrator)."""
    zh, en = ROLE_LABELS.get(role, (role, role))
    return en if current_lang().startswith("en") else zh


def role_choices() -> list[tuple[str, str]]:
    return [(role, role_label(role)) for role in ROLES]
