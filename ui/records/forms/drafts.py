"""Unsaved input of entry forms kept on disk, so a crash (or a window closed while a form was
open) never loses what a clerk typed: the next start offers it back.

Each open form with changes writes its input, shortly after every change, to the user's
settings (QSettings, synced to disk at once) under the database and the user name; saving the
form or discarding its changes removes the draft. A restored draft opens the same form (an
edit form against the record as it was loaded, so a record changed meanwhile is still caught
by the optimistic check) with the typed values, not yet saved.
"""
from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QSettings

ROOT = "drafts"


def _encode(value):
    if isinstance(value, Decimal):
        return {"__decimal__": str(value)}
    if isinstance(value, datetime):
        return {"__datetime__": value.isoformat()}
    if isinstance(value, date):
        return {"__date__": value.isoformat()}
    raise TypeError(f"cannot keep {type(value).__name__} in a draft")


def _decode(obj: dict):
    if "__decimal__" in obj:
        return Decimal(obj["__decimal__"])
    if "__datetime__" in obj:
        return datetime.fromisoformat(obj["__datetime__"])
    if "__date__" in obj:
        return date.fromisoformat(obj["__date__"])
    return obj


def dumps(payload: dict) -> str:
    return json.dumps(payload, default=_encode, ensure_ascii=False, sort_keys=True)


def loads(text: str) -> dict:
    return json.loads(text, object_hook=_decode)


@dataclass(frozen=True)
class Draft:
    key: str
    table: str
    row: dict | None  # the record as the form loaded it (None: a new record)
    loaded_extra: dict  # what was loaded with it (a loan's credits), for the conflict check
    fixed: dict
    values: dict  # what was typed
    extra: dict
    title: str
    saved_at: str

    def payload(self) -> dict:
        return {"table": self.table, "row": self.row, "loaded_extra": self.loaded_extra,
                "fixed": self.fixed, "values": self.values, "extra": self.extra,
                "title": self.title, "saved_at": self.saved_at}


class DraftStore:
    """The drafts of one database and one user in the user's settings."""

    def __init__(self, settings: QSettings, database: str, username: str):
        self.settings = settings
        digest = hashlib.sha256(database.encode("utf-8")).hexdigest()[:16]
        user = hashlib.sha256(username.encode("utf-8")).hexdigest()[:12]
        self.group = f"{ROOT}/{digest}/{user}"

    @staticmethod
    def new_key() -> str:
        return uuid.uuid4().hex

    def save(self, draft: Draft) -> None:
        self.settings.setValue(f"{self.group}/{draft.key}", dumps(draft.payload()))
        self.settings.sync()

    def discard(self, key: str) -> None:
        path = f"{self.group}/{key}"
        if self.settings.contains(path):
            self.settings.remove(path)
            self.settings.sync()

    def pending(self) -> list[Draft]:
        self.settings.beginGroup(self.group)
        try:
            keys = list(self.settings.childKeys())
            texts = {key: self.settings.value(key) for key in keys}
        finally:
            self.settings.endGroup()
        drafts = []
        for key, text in texts.items():
            try:
                data = loads(str(text))
                drafts.append(Draft(key=key, **data))
            except (ValueError, TypeError):  # unreadable: never offered, never kept
                self.discard(key)
        return sorted(drafts, key=lambda d: d.saved_at)


def store_for(ctx) -> DraftStore:
    ws = ctx.workspace
    return DraftStore(ctx.settings, str(ws.db), ws.username)


def now_text() -> str:
    return datetime.now().strftime("%Y-%m-%d %H:%M")
