"""Personal data on screens, printouts and exports.

- Resident ID numbers are shown masked (`3301**********1234`: the first four and last four
  characters) to everyone but administrators, on every page, printout and export; the core masks
  them (`Browse`, the audit view), so no screen can forget. A form that saves a record back with
  the masked value unchanged keeps the stored number (`keep_unmasked`).
- Every export of personal data (a data view, statements, summaries, limitation lists, the
  audit trail, problem lists) is recorded in the audit trail (`Workspace.record_export`).
"""
from __future__ import annotations

import re

SHOWN = 4  # characters shown at each end
MASK = "*"
_ID_IN_TEXT = re.compile(r'("id_number"\s*:\s*")([^"]*)(")')


def mask_id_number(value: str | None) -> str | None:
    """`330102199001011234` -> `3301**********1234`; short or empty values stay as they are
    except that a value of up to eight characters is masked whole."""
    if not value:
        return value
    text = str(value)
    if len(text) <= 2 * SHOWN:
        return MASK * len(text)
    return text[:SHOWN] + MASK * (len(text) - 2 * SHOWN) + text[-SHOWN:]


def is_masked(value: str | None) -> bool:
    return bool(value) and MASK in str(value)


def keep_unmasked(new: str | None, stored: str | None) -> str | None:
    """The value to save when a form sends back `new`: the stored number if `new` is its masked
    form (the user did not retype it)."""
    if stored and is_masked(new) and new == mask_id_number(stored):
        return stored
    return new


def mask_in_json(text: str | None) -> str | None:
    """An audit entry's old/new values (canonical JSON) with any id_number masked."""
    if not text or "id_number" not in text:
        return text
    return _ID_IN_TEXT.sub(lambda m: m.group(1) + (mask_id_number(m.group(2)) or "") + m.group(3),
                           text)


def export_note(kind: str, target: str, rows: int | None) -> dict:
    return {"kind": kind, "file": target, **({"rows": rows} if rows is not None else {})}
