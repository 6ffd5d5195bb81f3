"""Search keys for names: pinyin initials, so "zw" finds 张伟 and both "zw" and "cw" find 曾伟
(surnames with several readings keep each reading of their first character)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def initials(name: str) -> str:
    """Space-separated variants of the pinyin initials of `name`, lower case."""
    from pypinyin import Style, pinyin

    if not name:
        return ""
    letters = pinyin(name, style=Style.FIRST_LETTER, heteronym=True, errors="default")
    if not letters:
        return ""
    first = list(dict.fromkeys(x.lower()[:1] for x in letters[0] if x))[:3] or [""]
    rest = "".join(x[0].lower()[:1] for x in letters[1:] if x)
    return " ".join(f + rest for f in first)
